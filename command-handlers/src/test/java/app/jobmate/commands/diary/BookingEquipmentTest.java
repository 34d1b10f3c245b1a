package app.jobmate.commands.diary;

import static app.jobmate.commands.diary.BookingAppointmentsTest.ACME;
import static app.jobmate.commands.diary.BookingAppointmentsTest.NOW;
import static app.jobmate.commands.diary.BookingAppointmentsTest.OWNER;
import static app.jobmate.commands.diary.BookingAppointmentsTest.OWNER_ACTOR;
import static app.jobmate.commands.diary.BookingAppointmentsTest.PRIYA;
import static app.jobmate.commands.diary.BookingAppointmentsTest.SAM;
import static app.jobmate.commands.diary.BookingAppointmentsTest.SAM_ACTOR;
import static app.jobmate.commands.diary.BookingAppointmentsTest.booking;
import static app.jobmate.commands.diary.BookingAppointmentsTest.context;
import static app.jobmate.commands.diary.BookingAppointmentsTest.newId;
import static app.jobmate.commands.diary.BookingAppointmentsTest.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.AppointmentCommand.MoveAppointment;
import app.jobmate.commands.resources.ResourceCommand.AddResource;
import app.jobmate.commands.resources.ResourceCommand.RetireResource;
import app.jobmate.commands.resources.ResourceService;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.BookedResource;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Booking equipment and vehicles with people (docs/decisions/diary-equipment.md): a busy one is reserved on its
 * own day schedules like a member, one not busy is only recorded; each must exist in the business and be in use.
 */
class BookingEquipmentTest {

  static final ResourceId VAN = ResourceId.of("0193b2a0-6666-7abc-8def-000000000001");
  static final ResourceId DUST_SHEETS = ResourceId.of("0193b2a0-6666-7abc-8def-000000000002");
  static final ResourceId OLD_VAN = ResourceId.of("0193b2a0-6666-7abc-8def-000000000003");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final DiaryBookings diary = new DiaryBookings(store, new InMemoryTeamDirectory().with(ACME, OWNER, SAM, PRIYA).with(TenantId.of("t-other"), SAM),
      (tenant, job) -> TaskJobs.Standing.OPEN, new ResourceRecords(store));

  BookingEquipmentTest() {
    ResourceService resources = new ResourceService(new CommandService(store));
    add(resources, VAN, ResourceKind.VEHICLE, new ResourceDetails("Transit van", Registration.of("AB12 CDE"), null, null,
        null, true));
    add(resources, DUST_SHEETS, ResourceKind.EQUIPMENT, new ResourceDetails("Dust sheets", null, null, null, null, false));
    add(resources, OLD_VAN, ResourceKind.VEHICLE, new ResourceDetails("Old van", null, null, null, null, true));
    resources.handle(ACME, new RetireResource(OLD_VAN, OWNER_ACTOR), context(OWNER_ACTOR, "retire-old-van", NOW));
  }

  private static void add(ResourceService resources, ResourceId id, ResourceKind kind, ResourceDetails details) {
    resources.handle(ACME, new AddResource(id, kind, details, OWNER_ACTOR), context(OWNER_ACTOR, "add-" + id, NOW));
  }

  private CommandResult book(TenantId tenant, AppointmentId id, Booking booking, String override, Actor actor,
                             ResourceId... resources) {
    return diary.handle(tenant, new BookAppointment(id, booking, override, List.of(), actor, List.of(resources)),
        context(actor, UUID.randomUUID().toString(), NOW));
  }

  private CommandResult book(AppointmentId id, Booking booking, ResourceId... resources) {
    return book(ACME, id, booking, null, OWNER_ACTOR, resources);
  }

  private CommandResult move(AppointmentId id, String start, String end, List<ResourceId> resources, UserId... members) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    return diary.handle(ACME, new MoveAppointment(id, from, to, from.atZone(Booking.LONDON).toInstant(),
            to.atZone(Booking.LONDON).toInstant(), List.of(members), null, 0, List.of(), OWNER_ACTOR, resources, null),
        context(OWNER_ACTOR, UUID.randomUUID().toString(), NOW));
  }

  private List<AppointmentId> vanOn(String day) {
    return diary.scheduleOf(ACME, VAN, LocalDate.parse(day)).standing().stream().map(TimeReserved::appointmentId).toList();
  }

  private List<AppointmentId> samOn(String day) {
    return diary.scheduleOf(ACME, SAM, LocalDate.parse(day)).standing().stream().map(TimeReserved::appointmentId).toList();
  }

  private static Booking bookedIn(CommandResult result) {
    return ((AppointmentBooked) EventCodec.standard().decode(result.events()).getFirst()).booking();
  }

  @Test
  void a_busy_van_is_reserved_on_its_own_day_and_the_booking_records_it_as_the_resources_context_describes_it() {
    AppointmentId id = newId();

    CommandResult result = book(id, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM), VAN, DUST_SHEETS);

    assertThat(vanOn("2026-12-07")).containsExactly(id);
    assertThat(samOn("2026-12-07")).containsExactly(id);
    assertThat(bookedIn(result).resources()).containsExactly(
        new BookedResource(VAN, ResourceKind.VEHICLE, "Transit van", Registration.of("AB12CDE"), true),
        new BookedResource(DUST_SHEETS, ResourceKind.EQUIPMENT, "Dust sheets", null, false));
  }

  @Test
  void a_van_booked_twice_for_overlapping_time_is_409_naming_the_van_and_the_loser_holds_nothing() {
    AppointmentId first = newId();
    book(first, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM), VAN);
    AppointmentId second = newId();

    assertThatThrownBy(() -> book(second, visit("2026-12-07T11:00", "2026-12-07T12:00", PRIYA), VAN))
        .isInstanceOfSatisfying(Rejection.class, r -> {
          assertThat(r.code()).isEqualTo("appointment.clash");
          assertThat(r.getMessage()).contains("resource \"Transit van\" " + VAN).contains(first.toString());
        });
    assertThat(vanOn("2026-12-07")).containsExactly(first);
    assertThat(diary.scheduleOf(ACME, PRIYA, LocalDate.parse("2026-12-07")).standing()).isEmpty();
    assertThat(store.read(DiaryBookings.appointmentStream(ACME, second))).isEmpty();
  }

  @Test
  void a_van_touching_another_booking_of_it_or_on_another_day_does_not_clash() {
    book(newId(), visit("2026-12-07T09:00", "2026-12-07T11:00", SAM), VAN);

    book(newId(), visit("2026-12-07T11:00", "2026-12-07T12:00", PRIYA), VAN);
    book(newId(), visit("2026-12-08T09:00", "2026-12-08T11:00", PRIYA), VAN);

    assertThat(vanOn("2026-12-07")).hasSize(2);
    assertThat(vanOn("2026-12-08")).hasSize(1);
  }

  @Test
  void dust_sheets_that_are_not_busy_go_on_two_overlapping_visits_and_have_no_schedule() {
    book(newId(), visit("2026-12-07T09:00", "2026-12-07T11:00", SAM), DUST_SHEETS);
    book(newId(), visit("2026-12-07T10:00", "2026-12-07T12:00", PRIYA), DUST_SHEETS);

    assertThat(store.read(DiaryBookings.scheduleStream(ACME, new DiaryBookings.Slot(null, DUST_SHEETS,
        LocalDate.parse("2026-12-07"))))).isEmpty();
  }

  @Test
  void an_owner_books_the_van_over_a_clash_with_a_reason_and_the_override_names_the_clashing_visit() {
    AppointmentId first = newId();
    book(first, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM), VAN);
    AppointmentId second = newId();

    CommandResult result = book(ACME, second, visit("2026-12-07T10:00", "2026-12-07T12:00", PRIYA), "Two drops, one van",
        OWNER_ACTOR, VAN);

    AppointmentBooked booked = (AppointmentBooked) EventCodec.standard().decode(result.events()).getFirst();
    assertThat(booked.override().clashes()).containsExactly(first);
    assertThat(vanOn("2026-12-07")).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void an_unknown_a_retired_or_another_businesss_resource_is_422_naming_resources_and_nothing_is_reserved() {
    ResourceId unknown = ResourceId.of("0193b2a0-6666-7abc-8def-0000000000ff");
    for (var attempt : List.<Runnable>of(
        () -> book(newId(), visit("2026-12-07T09:00", "2026-12-07T10:00", SAM), unknown),
        () -> book(newId(), visit("2026-12-07T09:00", "2026-12-07T10:00", SAM), OLD_VAN),
        () -> book(TenantId.of("t-other"), newId(), visit("2026-12-07T09:00", "2026-12-07T10:00", SAM), null,
            OWNER_ACTOR, VAN))) {
      assertThatThrownBy(attempt::run).isInstanceOfSatisfying(Rejection.class, r -> {
        assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(r.field()).isEqualTo("resources");
      });
    }
    assertThat(samOn("2026-12-07")).isEmpty();
    assertThat(vanOn("2026-12-07")).isEmpty();
  }

  @Test
  void staff_may_not_book_a_van_with_their_own_blocked_time() {
    assertThatThrownBy(() -> book(ACME, newId(), booking(AppointmentKind.BLOCKED, "2026-12-07T09:00", "2026-12-07T10:00",
        SAM), null, SAM_ACTOR, VAN))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.staff-own-blocks-only"));
    assertThat(vanOn("2026-12-07")).isEmpty();
  }

  @Test
  void a_move_takes_the_van_with_it_reserving_its_new_time_and_releasing_the_old() {
    AppointmentId id = newId();
    book(id, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM), VAN);

    move(id, "2026-12-08T13:00", "2026-12-08T15:00", null, SAM);

    assertThat(vanOn("2026-12-07")).isEmpty();
    assertThat(vanOn("2026-12-08")).containsExactly(id);
  }

  @Test
  void a_move_onto_a_time_the_van_is_taken_is_409_and_the_appointment_keeps_its_old_time_and_van() {
    AppointmentId other = newId();
    book(other, visit("2026-12-08T13:00", "2026-12-08T15:00", PRIYA), VAN);
    AppointmentId id = newId();
    book(id, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM), VAN);

    assertThatThrownBy(() -> move(id, "2026-12-08T14:00", "2026-12-08T16:00", null, SAM))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.clash"));

    assertThat(vanOn("2026-12-07")).containsExactly(id);
    assertThat(vanOn("2026-12-08")).containsExactly(other);
    assertThat(samOn("2026-12-08")).isEmpty();
  }

  @Test
  void a_move_naming_no_resources_takes_the_van_off_and_releases_its_time() {
    AppointmentId id = newId();
    book(id, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM), VAN);

    move(id, "2026-12-07T09:00", "2026-12-07T11:30", List.of(), SAM);

    assertThat(vanOn("2026-12-07")).isEmpty();
    assertThat(samOn("2026-12-07")).containsExactly(id);
  }

  @Test
  void cancelling_releases_the_vans_time() {
    AppointmentId id = newId();
    book(id, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM), VAN);

    diary.handle(ACME, new CancelAppointment(id, null, NOW, OWNER_ACTOR), context(OWNER_ACTOR, "cancel", NOW));

    assertThat(vanOn("2026-12-07")).isEmpty();
    assertThat(samOn("2026-12-07")).isEmpty();
  }
}

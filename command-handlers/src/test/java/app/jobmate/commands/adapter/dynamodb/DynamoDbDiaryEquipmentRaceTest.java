package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.DiaryBookings;
import app.jobmate.commands.diary.ResourceRecords;
import app.jobmate.commands.resources.ResourceCommand.AddResource;
import app.jobmate.commands.resources.ResourceService;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A busy van on the real conditional puts (dynalite): its day schedules are reserved like a member's, in the
 * same sorted order, so of two bookings of it at once exactly one wins and the loser leaves nothing reserved,
 * neither the van's time nor its members' (docs/decisions/diary-equipment.md).
 */
class DynamoDbDiaryEquipmentRaceTest {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  private static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  // ids chosen so that Sam's schedule comes before the van's in the one order, and Priya's after it
  private final UserId sam = UserId.of("00000000-" + UUID.randomUUID().toString().substring(9));
  private final UserId priya = UserId.of("ffffffff-" + UUID.randomUUID().toString().substring(9));
  private final ResourceId van = ResourceId.of("88888888-" + UUID.randomUUID().toString().substring(9));
  private final EventStore store = new DynamoDbEventStore(dynamoDb.client(), TemplateTables.EVENTS.name());
  private final DiaryBookings diary = new DiaryBookings(store, new InMemoryTeamDirectory().with(tenant, sam, priya),
      (t, job) -> TaskJobs.Standing.NONE, new ResourceRecords(store));

  DynamoDbDiaryEquipmentRaceTest() {
    new ResourceService(new CommandService(store)).handle(tenant, new AddResource(van, ResourceKind.VEHICLE,
        new ResourceDetails("Transit van", Registration.of("AB12CDE"), null, null, null, true), OWNER), context());
  }

  @Test
  void of_two_bookings_of_the_same_busy_van_at_once_exactly_one_wins_every_time_and_the_loser_leaves_nothing()
      throws Exception {
    for (int round = 0; round < 8; round++) {
      LocalDate day = LocalDate.of(2026, 12, 7).plusDays(round);
      AppointmentId withSam = new AppointmentId(UUID.randomUUID());
      AppointmentId withPriya = new AppointmentId(UUID.randomUUID());

      List<AppointmentId> won = race(
          new BookAppointment(withSam, booking(day.atTime(9, 0), day.atTime(11, 0), sam), null, List.of(), OWNER,
              List.of(van)),
          new BookAppointment(withPriya, booking(day.atTime(10, 0), day.atTime(12, 0), priya), null, List.of(), OWNER,
              List.of(van)));

      assertThat(won).as("round " + round).hasSize(1);
      AppointmentId winner = won.getFirst();
      assertThat(standing(diary.scheduleOf(tenant, van, day).standing())).as("round " + round).containsExactly(winner);
      assertThat(standing(diary.scheduleOf(tenant, sam, day).standing()))
          .containsExactlyElementsOf(winner.equals(withSam) ? List.of(withSam) : List.of());
      assertThat(standing(diary.scheduleOf(tenant, priya, day).standing()))
          .containsExactlyElementsOf(winner.equals(withPriya) ? List.of(withPriya) : List.of());
    }
  }

  @Test
  void a_booking_of_sam_and_the_van_where_the_van_clashes_gives_back_sams_time_it_had_taken_first() {
    LocalDate day = LocalDate.of(2027, 1, 4);
    AppointmentId first = new AppointmentId(UUID.randomUUID());
    diary.handle(tenant, new BookAppointment(first, booking(day.atTime(9, 0), day.atTime(11, 0), priya), null, List.of(),
        OWNER, List.of(van)), context());
    AppointmentId second = new AppointmentId(UUID.randomUUID());

    assertThatThrownBy(() -> diary.handle(tenant, new BookAppointment(second,
        booking(day.atTime(10, 0), day.atTime(12, 0), sam), null, List.of(), OWNER, List.of(van)), context()))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.clash"));

    // Sam's day comes first in the one order: it was reserved, then released when the van clashed
    List<String> samsDay = new ArrayList<>();
    store.read(DiaryBookings.scheduleStream(tenant, sam, day)).forEach(c -> c.events().stream()
        .map(EventEnvelope::eventType).forEach(samsDay::add));
    assertThat(samsDay).containsExactly("TimeReserved", "TimeReleased");
    assertThat(diary.scheduleOf(tenant, sam, day).standing()).isEmpty();
    assertThat(standing(diary.scheduleOf(tenant, van, day).standing())).containsExactly(first);
    assertThat(store.read(DiaryBookings.appointmentStream(tenant, second))).isEmpty();
  }

  private List<AppointmentId> race(BookAppointment... bookings) throws Exception {
    List<Callable<AppointmentId>> contenders = new ArrayList<>();
    for (BookAppointment booking : bookings) {
      contenders.add(() -> {
        try {
          diary.handle(tenant, booking, context());
          return booking.appointmentId();
        } catch (Rejection clash) {
          assertThat(clash.code()).isEqualTo("appointment.clash");
          return null;
        }
      });
    }
    return AtOnce.run(contenders).stream().filter(Objects::nonNull).toList();
  }

  private static List<AppointmentId> standing(List<TimeReserved> reservations) {
    return reservations.stream().map(TimeReserved::appointmentId).toList();
  }

  private static CommandContext context() {
    String key = UUID.randomUUID().toString();
    return new CommandContext(key, "sha256:" + key, OWNER, null, null, NOW, OptionalLong.empty());
  }

  private static Booking booking(LocalDateTime start, LocalDateTime end, UserId... members) {
    return new Booking(AppointmentKind.JOB_VISIT, start, end, start.atZone(Booking.LONDON).toInstant(),
        end.atZone(Booking.LONDON).toInstant(), List.of(members), null, "Visit", null);
  }
}

package app.jobmate.commands.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Booking and cancelling appointments: the process over the members' day schedules and the appointment. */
class BookingAppointmentsTest {

  static final TenantId ACME = TenantId.of("t-acme");
  static final UserId OWNER = UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");
  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");
  static final UserId STRANGER = UserId.of("e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b");
  static final JobId JOB = JobId.of("0193b2a0-3333-7abc-8def-0123456789ab");
  static final Actor OWNER_ACTOR = new Actor(OWNER, List.of(Role.OWNER));
  static final Actor SAM_ACTOR = new Actor(SAM, List.of(Role.STAFF));
  static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final TaskJobs jobs = (tenant, job) -> job.equals(JOB) ? TaskJobs.Standing.OPEN : TaskJobs.Standing.NONE;
  private final DiaryBookings diary = new DiaryBookings(store,
      new InMemoryTeamDirectory().with(ACME, OWNER, SAM, PRIYA), jobs);

  static Booking booking(AppointmentKind kind, String start, String end, UserId... members) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    return new Booking(kind, from, to, from.atZone(Booking.LONDON).toInstant(), to.atZone(Booking.LONDON).toInstant(),
        List.of(members), null, "Visit", null);
  }

  static Booking visit(String start, String end, UserId... members) {
    return booking(AppointmentKind.JOB_VISIT, start, end, members);
  }

  static AppointmentId newId() {
    return new AppointmentId(UUID.randomUUID());
  }

  static CommandContext context(Actor actor, String key, Instant at) {
    return new CommandContext(key, "sha256:" + key, actor, null, null, at, OptionalLong.empty());
  }

  private CommandResult book(AppointmentId id, Booking booking, String override, Actor actor) {
    return diary.handle(ACME, new BookAppointment(id, booking, override, List.of(), actor),
        context(actor, UUID.randomUUID().toString(), NOW));
  }

  private List<AppointmentId> standingOn(UserId member, String day) {
    return diary.scheduleOf(ACME, member, LocalDate.parse(day)).standing().stream().map(TimeReserved::appointmentId).toList();
  }

  private List<EventEnvelope> appointment(AppointmentId id) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(DiaryBookings.appointmentStream(ACME, id)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  @Test
  void a_visit_for_two_people_reserves_each_persons_day_and_is_booked() {
    AppointmentId id = newId();

    CommandResult result = book(id, visit("2026-12-07T09:00", "2026-12-07T11:30", SAM, PRIYA), null, OWNER_ACTOR);

    assertThat(result.events()).extracting(EventEnvelope::eventType).containsExactly("AppointmentBooked");
    assertThat(standingOn(SAM, "2026-12-07")).containsExactly(id);
    assertThat(standingOn(PRIYA, "2026-12-07")).containsExactly(id);
  }

  @Test
  void an_appointment_over_midnight_reserves_both_days_and_one_ending_at_midnight_only_its_own() {
    AppointmentId overnight = newId();
    AppointmentId evening = newId();

    book(overnight, visit("2026-12-07T22:00", "2026-12-08T02:00", SAM), null, OWNER_ACTOR);
    book(evening, visit("2026-12-09T20:00", "2026-12-10T00:00", SAM), null, OWNER_ACTOR);

    assertThat(standingOn(SAM, "2026-12-07")).containsExactly(overnight);
    assertThat(standingOn(SAM, "2026-12-08")).containsExactly(overnight);
    assertThat(standingOn(SAM, "2026-12-09")).containsExactly(evening);
    assertThat(standingOn(SAM, "2026-12-10")).isEmpty();
  }

  @Test
  void touching_appointments_do_not_clash_but_overlapping_ones_do() {
    book(newId(), visit("2026-12-07T09:00", "2026-12-07T11:00", SAM), null, OWNER_ACTOR);

    book(newId(), visit("2026-12-07T11:00", "2026-12-07T12:00", SAM), null, OWNER_ACTOR);
    book(newId(), visit("2026-12-07T08:00", "2026-12-07T09:00", SAM), null, OWNER_ACTOR);
    assertThatThrownBy(() -> book(newId(), visit("2026-12-07T10:59", "2026-12-07T11:00", SAM), null, OWNER_ACTOR))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.clash"));
  }

  @Test
  void a_booking_that_clashes_for_its_second_person_releases_the_first_persons_time_and_names_the_clash() {
    AppointmentId priyas = newId();
    book(priyas, visit("2026-12-07T10:00", "2026-12-07T12:00", PRIYA), null, OWNER_ACTOR);
    AppointmentId both = newId();

    assertThatThrownBy(() -> book(both, visit("2026-12-07T09:00", "2026-12-07T11:00", SAM, PRIYA), null, OWNER_ACTOR))
        .isInstanceOfSatisfying(Rejection.class, r -> {
          assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
          assertThat(r.code()).isEqualTo("appointment.clash");
          assertThat(r.getMessage()).contains(PRIYA.value()).contains(priyas.toString()).contains("10:00 to 12:00");
        });
    assertThat(standingOn(SAM, "2026-12-07")).isEmpty();
    assertThat(standingOn(PRIYA, "2026-12-07")).containsExactly(priyas);
    assertThat(appointment(both)).isEmpty();
  }

  @Test
  void a_multi_day_booking_that_clashes_on_its_last_day_releases_the_days_before() {
    AppointmentId wednesday = newId();
    book(wednesday, visit("2026-12-09T08:00", "2026-12-09T09:00", SAM), null, OWNER_ACTOR);

    assertThatThrownBy(() -> book(newId(), visit("2026-12-07T08:00", "2026-12-09T17:00", SAM), null, OWNER_ACTOR))
        .isInstanceOf(Rejection.class);

    assertThat(standingOn(SAM, "2026-12-07")).isEmpty();
    assertThat(standingOn(SAM, "2026-12-08")).isEmpty();
    assertThat(standingOn(SAM, "2026-12-09")).containsExactly(wednesday);
  }

  @Test
  void an_owner_books_over_a_clash_with_a_reason_and_the_appointment_records_what_it_overrode() {
    AppointmentId first = newId();
    book(first, visit("2026-12-07T09:00", "2026-12-07T11:00", SAM), null, OWNER_ACTOR);
    AppointmentId urgent = newId();

    book(urgent, visit("2026-12-07T10:00", "2026-12-07T10:30", SAM), "Burst pipe at the school", OWNER_ACTOR);

    AppointmentBooked booked = (AppointmentBooked) EventCodec.standard().decode(appointment(urgent)).getFirst();
    assertThat(booked.override().reason()).isEqualTo("Burst pipe at the school");
    assertThat(booked.override().clashes()).containsExactly(first);
    assertThat(standingOn(SAM, "2026-12-07")).containsExactlyInAnyOrder(first, urgent);
  }

  @Test
  void staff_block_out_their_own_time_but_book_nobody_else_and_override_nothing() {
    book(newId(), booking(AppointmentKind.BLOCKED, "2026-12-07T13:00", "2026-12-07T14:00", SAM), null, SAM_ACTOR);

    assertThatThrownBy(() -> book(newId(), booking(AppointmentKind.BLOCKED, "2026-12-08T13:00", "2026-12-08T14:00",
        PRIYA), null, SAM_ACTOR)).isInstanceOfSatisfying(Rejection.class,
        r -> assertThat(r.code()).isEqualTo("appointment.staff-own-blocks-only"));
    assertThatThrownBy(() -> book(newId(), visit("2026-12-08T13:00", "2026-12-08T14:00", SAM), null, SAM_ACTOR))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.FORBIDDEN));
    assertThatThrownBy(() -> book(newId(), booking(AppointmentKind.BLOCKED, "2026-12-07T13:30", "2026-12-07T14:00",
        SAM), "Mine", SAM_ACTOR)).isInstanceOfSatisfying(Rejection.class,
        r -> assertThat(r.code()).isEqualTo("appointment.override-not-allowed"));
    assertThat(standingOn(PRIYA, "2026-12-08")).isEmpty();
    assertThat(standingOn(SAM, "2026-12-08")).isEmpty();
  }

  @Test
  void someone_not_on_the_team_or_a_job_not_in_the_business_is_refused_naming_the_field_and_nothing_is_reserved() {
    assertThatThrownBy(() -> book(newId(), visit("2026-12-07T09:00", "2026-12-07T10:00", SAM, STRANGER), null,
        OWNER_ACTOR)).isInstanceOfSatisfying(Rejection.class, r -> {
          assertThat(r.code()).isEqualTo("appointment.member-not-in-team");
          assertThat(r.field()).isEqualTo("members");
        });
    Booking elsewhere = new Booking(AppointmentKind.JOB_VISIT, LocalDateTime.parse("2026-12-07T09:00"),
        LocalDateTime.parse("2026-12-07T10:00"), Instant.parse("2026-12-07T09:00:00Z"),
        Instant.parse("2026-12-07T10:00:00Z"), List.of(SAM), JobId.of("0193b2a0-9999-7abc-8def-0123456789ab"), "Visit",
        null);
    assertThatThrownBy(() -> book(newId(), elsewhere, null, OWNER_ACTOR)).isInstanceOfSatisfying(Rejection.class, r -> {
      assertThat(r.code()).isEqualTo("appointment.job-not-found");
      assertThat(r.field()).isEqualTo("jobId");
    });
    assertThat(standingOn(SAM, "2026-12-07")).isEmpty();
  }

  @Test
  void a_retry_under_the_same_key_completes_a_booking_whose_process_died_after_reserving() {
    AppointmentId id = newId();
    Booking booking = visit("2026-12-07T09:00", "2026-12-08T11:00", SAM, PRIYA);
    BookAppointment command = new BookAppointment(id, booking, null, List.of(), OWNER_ACTOR);
    DiaryBookings dying = new DiaryBookings(new DiesBooking(store), new InMemoryTeamDirectory().with(ACME, SAM, PRIYA),
        jobs);
    assertThatThrownBy(() -> dying.handle(ACME, command, context(OWNER_ACTOR, "key-1", NOW)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(standingOn(SAM, "2026-12-08")).containsExactly(id);
    assertThat(appointment(id)).isEmpty();

    CommandResult retried = diary.handle(ACME, command, context(OWNER_ACTOR, "key-1", NOW.plusSeconds(5)));
    CommandResult again = diary.handle(ACME, command, context(OWNER_ACTOR, "key-1", NOW.plusSeconds(9)));

    assertThat(retried.events()).extracting(EventEnvelope::eventType).containsExactly("AppointmentBooked");
    assertThat(again.replayed()).isTrue();
    assertThat(appointment(id)).hasSize(1);
    for (String day : List.of("2026-12-07", "2026-12-08")) {
      assertThat(standingOn(SAM, day)).containsExactly(id);
      assertThat(standingOn(PRIYA, day)).containsExactly(id);
    }
  }

  @Test
  void time_a_dead_booking_left_reserved_blocks_others_for_two_minutes_and_is_then_released_by_the_next_booking() {
    AppointmentId dead = newId();
    DiaryBookings dying = new DiaryBookings(new DiesBooking(store), new InMemoryTeamDirectory().with(ACME, SAM), jobs);
    assertThatThrownBy(() -> dying.handle(ACME, new BookAppointment(dead, visit("2026-12-07T09:00", "2026-12-07T11:00",
        SAM), null, List.of(), OWNER_ACTOR), context(OWNER_ACTOR, "dead", NOW))).isInstanceOf(IllegalStateException.class);
    Booking later = visit("2026-12-07T10:00", "2026-12-07T12:00", SAM);

    assertThatThrownBy(() -> diary.handle(ACME, new BookAppointment(newId(), later, null, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, "soon", NOW.plusSeconds(60)))).isInstanceOf(Rejection.class);
    AppointmentId next = newId();
    diary.handle(ACME, new BookAppointment(next, later, null, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, "later", NOW.plusSeconds(150)));

    assertThat(standingOn(SAM, "2026-12-07")).containsExactly(next);
  }

  @Test
  void cancelling_releases_every_members_time_and_the_slot_can_be_booked_again() {
    AppointmentId id = newId();
    book(id, visit("2026-12-07T09:00", "2026-12-08T10:00", SAM, PRIYA), null, OWNER_ACTOR);

    CommandResult cancelled = diary.handle(ACME, new CancelAppointment(id, "Customer away", NOW, OWNER_ACTOR),
        context(OWNER_ACTOR, "cancel", NOW));
    book(newId(), visit("2026-12-07T09:00", "2026-12-07T10:00", SAM), null, OWNER_ACTOR);

    assertThat(cancelled.events()).extracting(EventEnvelope::eventType).containsExactly("AppointmentCancelled");
    assertThat(standingOn(PRIYA, "2026-12-07")).isEmpty();
    assertThat(standingOn(PRIYA, "2026-12-08")).isEmpty();
    assertThat(standingOn(SAM, "2026-12-08")).isEmpty();
  }

  @Test
  void staff_cancel_their_own_blocked_time_but_not_a_visit_they_are_booked_on() {
    AppointmentId block = newId();
    AppointmentId visit = newId();
    book(block, booking(AppointmentKind.BLOCKED, "2026-12-07T13:00", "2026-12-07T14:00", SAM), null, SAM_ACTOR);
    book(visit, visit("2026-12-07T09:00", "2026-12-07T10:00", SAM), null, OWNER_ACTOR);

    diary.handle(ACME, new CancelAppointment(block, null, NOW, SAM_ACTOR), context(SAM_ACTOR, "c1", NOW));
    assertThatThrownBy(() -> diary.handle(ACME, new CancelAppointment(visit, null, NOW, SAM_ACTOR),
        context(SAM_ACTOR, "c2", NOW))).isInstanceOfSatisfying(Rejection.class,
        r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.FORBIDDEN));
    assertThat(standingOn(SAM, "2026-12-07")).containsExactly(visit);
  }

  @Test
  void the_same_appointment_id_booked_by_another_request_is_refused_before_anything_is_reserved() {
    AppointmentId id = newId();
    book(id, visit("2026-12-07T09:00", "2026-12-07T10:00", SAM), null, OWNER_ACTOR);

    assertThatThrownBy(() -> book(id, visit("2026-12-08T09:00", "2026-12-08T10:00", SAM), null, OWNER_ACTOR))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.already-exists"));
    assertThat(standingOn(SAM, "2026-12-08")).isEmpty();
  }

  /** An event store whose process dies as it appends an appointment: every reservation before it was written. */
  static final class DiesBooking implements EventStore {
    private final EventStore store;

    DiesBooking(EventStore store) {
      this.store = store;
    }

    @Override
    public List<Commit> read(StreamId stream) {
      return store.read(stream);
    }

    @Override
    public AppendResult append(Commit commit) {
      if (commit.stream().streamType().equals("appointment")) {
        throw new IllegalStateException("the function timed out");
      }
      return store.append(commit);
    }
  }
}

package app.jobmate.commands.diary;

import static app.jobmate.commands.diary.BookingAppointmentsTest.ACME;
import static app.jobmate.commands.diary.BookingAppointmentsTest.NOW;
import static app.jobmate.commands.diary.BookingAppointmentsTest.OWNER;
import static app.jobmate.commands.diary.BookingAppointmentsTest.OWNER_ACTOR;
import static app.jobmate.commands.diary.BookingAppointmentsTest.PRIYA;
import static app.jobmate.commands.diary.BookingAppointmentsTest.SAM;
import static app.jobmate.commands.diary.BookingAppointmentsTest.SAM_ACTOR;
import static app.jobmate.commands.diary.BookingAppointmentsTest.STRANGER;
import static app.jobmate.commands.diary.BookingAppointmentsTest.booking;
import static app.jobmate.commands.diary.BookingAppointmentsTest.context;
import static app.jobmate.commands.diary.BookingAppointmentsTest.newId;
import static app.jobmate.commands.diary.BookingAppointmentsTest.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.AppointmentCommand.MoveAppointment;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Moving and reassigning appointments: the new time reserved before the old is released. */
class MovingAppointmentsTest {

  private final InMemoryEventStore store = new InMemoryEventStore();
  /** Jobs are open unless closed here. */
  private final Set<JobId> closedJobs = new HashSet<>();
  private final TaskJobs jobs = (tenant, job) -> closedJobs.contains(job) ? TaskJobs.Standing.CLOSED
      : TaskJobs.Standing.OPEN;
  private final InMemoryTeamDirectory team = new InMemoryTeamDirectory().with(ACME, OWNER, SAM, PRIYA);
  private final DiaryBookings diary = new DiaryBookings(store, team, jobs);

  private AppointmentId book(Booking booking) {
    AppointmentId id = newId();
    diary.handle(ACME, new BookAppointment(id, booking, null, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, UUID.randomUUID().toString(), NOW));
    return id;
  }

  static MoveAppointment move(AppointmentId id, String start, String end, String override, Actor actor,
                              UserId... members) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    return new MoveAppointment(id, from, to, from.atZone(Booking.LONDON).toInstant(), to.atZone(Booking.LONDON).toInstant(),
        List.of(members), override, 0, List.of(), actor);
  }

  private CommandResult handle(MoveAppointment move) {
    return diary.handle(ACME, move, context(move.actor(), UUID.randomUUID().toString(), NOW));
  }

  private List<TimeReserved> standingOn(UserId member, String day) {
    return diary.scheduleOf(ACME, member, LocalDate.parse(day)).standing();
  }

  private List<AppointmentId> appointmentsOn(UserId member, String day) {
    return standingOn(member, day).stream().map(TimeReserved::appointmentId).toList();
  }

  private AppointmentMoved lastMove(AppointmentId id) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(DiaryBookings.appointmentStream(ACME, id)).forEach(c -> events.addAll(c.events()));
    return (AppointmentMoved) EventCodec.standard().decode(events).getLast();
  }

  @Test
  void moving_a_visit_to_another_day_reserves_the_new_day_records_both_bookings_and_releases_the_old_day() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM, PRIYA));

    CommandResult moved = handle(move(id, "2026-12-08T13:00", "2026-12-08T15:00", null, OWNER_ACTOR, SAM, PRIYA));

    assertThat(moved.events()).extracting(EventEnvelope::eventType).containsExactly("AppointmentMoved");
    AppointmentMoved event = lastMove(id);
    assertThat(event.revision()).isEqualTo(2);
    assertThat(event.previous().start()).isEqualTo(LocalDateTime.parse("2026-12-07T09:00"));
    assertThat(event.booking().start()).isEqualTo(LocalDateTime.parse("2026-12-08T13:00"));
    assertThat(event.booking().title()).isEqualTo("Visit");
    assertThat(event.movedBy()).isEqualTo(OWNER);
    for (UserId member : List.of(SAM, PRIYA)) {
      assertThat(standingOn(member, "2026-12-07")).isEmpty();
      assertThat(standingOn(member, "2026-12-08")).singleElement()
          .satisfies(r -> assertThat(r.revisionNumber()).isEqualTo(2));
    }
  }

  @Test
  void a_move_within_the_same_day_onto_partly_its_own_time_succeeds_and_leaves_one_reservation() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));

    handle(move(id, "2026-12-07T10:00", "2026-12-07T12:00", null, OWNER_ACTOR, SAM));

    assertThat(standingOn(SAM, "2026-12-07")).singleElement().satisfies(r -> {
      assertThat(r.revisionNumber()).isEqualTo(2);
      assertThat(r.booking().start()).isEqualTo(LocalDateTime.parse("2026-12-07T10:00"));
    });
  }

  @Test
  void the_time_a_move_gave_up_is_free_for_another_booking_at_once() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));
    handle(move(id, "2026-12-07T14:00", "2026-12-07T16:00", null, OWNER_ACTOR, SAM));

    AppointmentId next = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));

    assertThat(appointmentsOn(SAM, "2026-12-07")).containsExactlyInAnyOrder(id, next);
  }

  @Test
  void reassigning_reserves_the_new_members_time_and_releases_the_member_taken_off() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM, PRIYA));

    handle(move(id, "2026-12-07T09:00", "2026-12-07T11:00", null, OWNER_ACTOR, PRIYA, OWNER));

    assertThat(standingOn(SAM, "2026-12-07")).isEmpty();
    assertThat(appointmentsOn(PRIYA, "2026-12-07")).containsExactly(id);
    assertThat(appointmentsOn(OWNER, "2026-12-07")).containsExactly(id);
    assertThat(lastMove(id).previous().members()).containsExactly(SAM, PRIYA);
  }

  @Test
  void a_move_onto_someone_elses_time_is_refused_leaving_the_old_booking_standing_and_nothing_new_reserved() {
    AppointmentId priyas = book(visit("2026-12-08T10:00", "2026-12-08T12:00", PRIYA));
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM, PRIYA));

    assertThatThrownBy(() -> handle(move(id, "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM, PRIYA)))
        .isInstanceOfSatisfying(Rejection.class, r -> {
          assertThat(r.code()).isEqualTo("appointment.clash");
          assertThat(r.getMessage()).contains(priyas.toString());
        });

    assertThat(appointmentsOn(SAM, "2026-12-07")).containsExactly(id);
    assertThat(appointmentsOn(PRIYA, "2026-12-07")).containsExactly(id);
    assertThat(standingOn(SAM, "2026-12-08")).isEmpty();
    assertThat(appointmentsOn(PRIYA, "2026-12-08")).containsExactly(priyas);
  }

  @Test
  void an_owner_moves_over_a_clash_with_a_reason_and_the_move_records_what_it_overrode() {
    AppointmentId sams = book(visit("2026-12-08T10:00", "2026-12-08T12:00", SAM));
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));

    handle(move(id, "2026-12-08T11:00", "2026-12-08T13:00", "Only slot the customer has", OWNER_ACTOR, SAM));

    assertThat(lastMove(id).override().clashes()).containsExactly(sams);
    assertThat(appointmentsOn(SAM, "2026-12-08")).containsExactlyInAnyOrder(sams, id);
  }

  @Test
  void a_cancelled_appointment_cannot_be_moved_and_an_unknown_one_is_not_found() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));
    diary.handle(ACME, new CancelAppointment(id, null, NOW, OWNER_ACTOR), context(OWNER_ACTOR, "cancel", NOW));

    assertThatThrownBy(() -> handle(move(id, "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM)))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.cancelled"));
    assertThatThrownBy(() -> handle(move(newId(), "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM)))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.not-found"));
    assertThat(standingOn(SAM, "2026-12-08")).isEmpty();
  }

  @Test
  void a_visit_of_a_job_completed_or_cancelled_since_is_not_moved_and_keeps_its_time() {
    JobId job = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");
    Booking visit = visit("2026-12-07T09:00", "2026-12-07T11:00", SAM);
    AppointmentId id = book(new Booking(visit.kind(), visit.start(), visit.end(), visit.startsAt(), visit.endsAt(),
        visit.members(), job, "Fit the boiler", null));
    closedJobs.add(job);

    assertThatThrownBy(() -> handle(move(id, "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM)))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.job-closed"));
    assertThat(appointmentsOn(SAM, "2026-12-07")).containsExactly(id);
    assertThat(standingOn(SAM, "2026-12-08")).isEmpty();
  }

  @Test
  void staff_move_their_own_block_but_not_a_visit_nor_give_their_block_to_someone_else_nor_override() {
    AppointmentId block = book(booking(AppointmentKind.BLOCKED, "2026-12-07T13:00", "2026-12-07T14:00", SAM));
    AppointmentId visit = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));

    handle(move(block, "2026-12-07T15:00", "2026-12-07T16:00", null, SAM_ACTOR, SAM));

    assertThat(standingOn(SAM, "2026-12-07")).extracting(r -> r.booking().start().toLocalTime().toString())
        .containsExactlyInAnyOrder("09:00", "15:00");
    for (MoveAppointment refused : List.of(
        move(visit, "2026-12-07T16:00", "2026-12-07T17:00", null, SAM_ACTOR, SAM),
        move(block, "2026-12-07T15:00", "2026-12-07T16:00", null, SAM_ACTOR, PRIYA),
        move(block, "2026-12-07T10:00", "2026-12-07T11:00", "Mine", SAM_ACTOR, SAM))) {
      assertThatThrownBy(() -> handle(refused))
          .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.FORBIDDEN));
    }
  }

  @Test
  void a_member_not_on_the_team_is_refused_naming_members_and_nothing_is_reserved() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));

    assertThatThrownBy(() -> handle(move(id, "2026-12-07T09:00", "2026-12-07T11:00", null, OWNER_ACTOR, STRANGER)))
        .isInstanceOfSatisfying(Rejection.class, r -> {
          assertThat(r.code()).isEqualTo("appointment.member-not-in-team");
          assertThat(r.field()).isEqualTo("members");
        });
    assertThat(appointmentsOn(SAM, "2026-12-07")).containsExactly(id);
  }

  @Test
  void moving_to_the_booking_it_already_has_changes_nothing() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));

    CommandResult same = handle(move(id, "2026-12-07T09:00", "2026-12-07T11:00", null, OWNER_ACTOR, SAM));

    assertThat(same.events()).isEmpty();
    assertThat(standingOn(SAM, "2026-12-07")).singleElement().satisfies(r -> assertThat(r.revisionNumber()).isEqualTo(1));
  }

  @Test
  void a_retry_under_the_same_key_completes_a_move_whose_process_died_before_releasing_the_old_time() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));
    MoveAppointment command = move(id, "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM);
    DiaryBookings dying = new DiaryBookings(new DiesAfterTheAppointment(store), team, jobs);
    assertThatThrownBy(() -> dying.handle(ACME, command, context(OWNER_ACTOR, "move-1", NOW)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(appointmentsOn(SAM, "2026-12-07")).containsExactly(id);
    assertThat(appointmentsOn(SAM, "2026-12-08")).containsExactly(id);

    CommandResult retried = diary.handle(ACME, command, context(OWNER_ACTOR, "move-1", NOW.plusSeconds(5)));

    assertThat(retried.replayed()).isTrue();
    assertThat(standingOn(SAM, "2026-12-07")).isEmpty();
    assertThat(appointmentsOn(SAM, "2026-12-08")).containsExactly(id);
  }

  @Test
  void the_old_time_of_a_move_cut_short_is_released_by_the_next_booking_it_blocks_at_once() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));
    DiaryBookings dying = new DiaryBookings(new DiesAfterTheAppointment(store), team, jobs);
    assertThatThrownBy(() -> dying.handle(ACME, move(id, "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM),
        context(OWNER_ACTOR, "move-1", NOW))).isInstanceOf(IllegalStateException.class);

    AppointmentId next = book(visit("2026-12-07T10:00", "2026-12-07T12:00", SAM));

    assertThat(appointmentsOn(SAM, "2026-12-07")).containsExactly(next);
  }

  @Test
  void the_new_time_of_a_move_never_recorded_blocks_others_for_two_minutes_and_is_then_released() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));
    DiaryBookings dying = new DiaryBookings(new BookingAppointmentsTest.DiesBooking(store), team, jobs);
    assertThatThrownBy(() -> dying.handle(ACME, move(id, "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM),
        context(OWNER_ACTOR, "move-1", NOW))).isInstanceOf(IllegalStateException.class);
    Booking later = visit("2026-12-08T10:00", "2026-12-08T12:00", SAM);

    assertThatThrownBy(() -> diary.handle(ACME, new BookAppointment(newId(), later, null, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, "soon", NOW.plusSeconds(60)))).isInstanceOf(Rejection.class);
    AppointmentId next = newId();
    diary.handle(ACME, new BookAppointment(next, later, null, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, "later", NOW.plusSeconds(150)));

    assertThat(appointmentsOn(SAM, "2026-12-08")).containsExactly(next);
    assertThat(appointmentsOn(SAM, "2026-12-07")).containsExactly(id);
  }

  @Test
  void of_two_different_moves_planned_from_the_same_revision_the_second_is_refused_and_gives_back_its_time() {
    AppointmentId id = book(visit("2026-12-07T09:00", "2026-12-07T11:00", SAM));
    // the second move read revision 1 and reserved its time before the first was recorded
    MoveAppointment second = move(id, "2026-12-09T09:00", "2026-12-09T11:00", null, OWNER_ACTOR, SAM);
    DiaryBookings stalled = new DiaryBookings(new RunsFirst(store, () -> handle(
        move(id, "2026-12-08T09:00", "2026-12-08T11:00", null, OWNER_ACTOR, SAM))), team, jobs);

    assertThatThrownBy(() -> stalled.handle(ACME, second, context(OWNER_ACTOR, "second", NOW)))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.moved-meanwhile"));

    assertThat(lastMove(id).booking().start()).isEqualTo(LocalDateTime.parse("2026-12-08T09:00"));
    assertThat(appointmentsOn(SAM, "2026-12-08")).containsExactly(id);
    assertThat(standingOn(SAM, "2026-12-09")).isEmpty();
    assertThat(standingOn(SAM, "2026-12-07")).isEmpty();
  }

  /** The process dies (the function timed out) on its first schedule append after the appointment's. */
  static final class DiesAfterTheAppointment implements EventStore {
    private final EventStore store;
    private boolean appointmentAppended;

    DiesAfterTheAppointment(EventStore store) {
      this.store = store;
    }

    @Override
    public List<Commit> read(StreamId stream) {
      return store.read(stream);
    }

    @Override
    public AppendResult append(Commit commit) {
      if (appointmentAppended) {
        throw new IllegalStateException("the function timed out");
      }
      appointmentAppended = commit.stream().streamType().equals("appointment");
      return store.append(commit);
    }
  }

  /** Another request runs whole just before this one's first append to the appointment's stream. */
  static final class RunsFirst implements EventStore {
    private final EventStore store;
    private final Runnable other;
    private final AtomicBoolean ran = new AtomicBoolean();

    RunsFirst(EventStore store, Runnable other) {
      this.store = store;
      this.other = other;
    }

    @Override
    public List<Commit> read(StreamId stream) {
      return store.read(stream);
    }

    @Override
    public AppendResult append(Commit commit) {
      if (commit.stream().streamType().equals("appointment") && ran.compareAndSet(false, true)) {
        other.run();
      }
      return store.append(commit);
    }
  }
}

package app.jobmate.commands.diary.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.AppointmentCommand.MoveAppointment;
import app.jobmate.commands.diary.DiaryBookings;
import app.jobmate.commands.diary.series.SeriesBookings.Outcome;
import app.jobmate.commands.diary.series.SeriesCommand.EndSeries;
import app.jobmate.commands.diary.series.SeriesCommand.ScheduleSeries;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.diary.SeriesEvent;
import app.jobmate.events.diary.SeriesEvent.SeriesEnded;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.events.diary.SeriesRule;
import app.jobmate.events.diary.SeriesRule.Frequency;
import app.jobmate.events.diary.SeriesRule.Weekday;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Setting up a recurring series: its occurrences booked as appointments to twelve weeks ahead through
 * the same schedules as single appointments, clashes left unbooked and recorded, retries and extensions
 * idempotent, and one occurrence moved or cancelled as any appointment is.
 */
class SchedulingSeriesTest {

  static final TenantId ACME = TenantId.of("t-acme");
  static final UserId OWNER = UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");
  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final UserId STRANGER = UserId.of("e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b");
  static final JobId JOB = JobId.of("0193b2a0-3333-7abc-8def-0123456789ab");
  static final Actor OWNER_ACTOR = new Actor(OWNER, List.of(Role.OWNER));
  static final Actor SAM_ACTOR = new Actor(SAM, List.of(Role.STAFF));
  /** Sunday 6 December 2026: the series start on the Monday after. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final TaskJobs jobs = (tenant, job) -> job.equals(JOB) ? TaskJobs.Standing.OPEN : TaskJobs.Standing.NONE;
  private final DiaryBookings diary = new DiaryBookings(store, new InMemoryTeamDirectory().with(ACME, OWNER, SAM), jobs);
  private final SeriesBookings series = new SeriesBookings(store, diary);

  static SeriesRule mondays(LocalTime at, int minutes) {
    return new SeriesRule(Frequency.WEEKLY, 1, List.of(Weekday.MONDAY), null, null, null, MONDAY, null, null, at, minutes);
  }

  static ScheduleSeries visits(SeriesId id, SeriesRule rule, String override, Actor actor) {
    return new ScheduleSeries(id, rule, AppointmentKind.JOB_VISIT, List.of(SAM), JOB, "Service the boilers", null, override,
        actor);
  }

  static CommandContext context(Actor actor, String key) {
    return new CommandContext(key, "sha256:" + key, actor, null, null, NOW, OptionalLong.empty());
  }

  static SeriesId newSeries() {
    return new SeriesId(UUID.randomUUID());
  }

  private Outcome schedule(ScheduleSeries command) {
    return series.schedule(ACME, command, context(command.actor(), UUID.randomUUID().toString()), TODAY);
  }

  private List<AppointmentEvent> appointment(AppointmentId id) {
    List<AppointmentEvent> events = new ArrayList<>();
    store.read(DiaryBookings.appointmentStream(ACME, id))
        .forEach(c -> c.events().forEach(e -> events.add((AppointmentEvent) EventCodec.standard().decode(e))));
    return events;
  }

  private List<SeriesEvent> seriesEvents(SeriesId id) {
    List<SeriesEvent> events = new ArrayList<>();
    store.read(SeriesBookings.seriesStream(ACME, id))
        .forEach(c -> c.events().forEach(e -> events.add((SeriesEvent) EventCodec.standard().decode(e))));
    return events;
  }

  private List<AppointmentId> standingOn(UserId member, LocalDate day) {
    return diary.scheduleOf(ACME, member, day).standing().stream().map(TimeReserved::appointmentId).toList();
  }

  @Test
  void a_weekly_series_is_booked_as_one_appointment_a_week_up_to_twelve_weeks_ahead() {
    SeriesId id = newSeries();

    Outcome outcome = schedule(visits(id, mondays(LocalTime.of(9, 0), 120), null, OWNER_ACTOR));

    assertThat(outcome.booked()).hasSize(12).first().isEqualTo(MONDAY);
    assertThat(outcome.booked()).last().isEqualTo(LocalDate.of(2027, 2, 22));
    assertThat(outcome.to()).isEqualTo(TODAY.plusWeeks(12));
    assertThat(outcome.clashed()).isEmpty();
    assertThat(appointment(id.appointmentOn(MONDAY))).singleElement().isInstanceOfSatisfying(AppointmentBooked.class,
        booked -> assertThat(booked.booking().startsAt()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z")));
    assertThat(standingOn(SAM, MONDAY)).containsExactly(id.appointmentOn(MONDAY));
    assertThat(seriesEvents(id)).hasSize(2).last().isInstanceOfSatisfying(SeriesOccurrencesBooked.class,
        recorded -> assertThat(recorded.booked()).isEqualTo(outcome.booked()));
  }

  @Test
  void an_occurrence_that_would_clash_with_a_single_appointment_is_not_booked_and_is_recorded_as_clashed() {
    AppointmentId dentist = new AppointmentId(UUID.randomUUID());
    diary.handle(ACME, new BookAppointment(dentist, blockedFor(SAM, "2026-12-14T10:00", "2026-12-14T10:30"), null,
        List.of(), OWNER_ACTOR), context(OWNER_ACTOR, UUID.randomUUID().toString()));
    SeriesId id = newSeries();

    Outcome outcome = schedule(visits(id, mondays(LocalTime.of(9, 0), 120), null, OWNER_ACTOR));

    assertThat(outcome.clashed()).containsExactly(LocalDate.of(2026, 12, 14));
    assertThat(outcome.booked()).hasSize(11).doesNotContain(LocalDate.of(2026, 12, 14));
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 14))).containsExactly(dentist);
    assertThat(appointment(id.appointmentOn(LocalDate.of(2026, 12, 14)))).isEmpty();
    assertThat(seriesEvents(id).getLast()).isInstanceOfSatisfying(SeriesOccurrencesBooked.class,
        recorded -> assertThat(recorded.clashed()).containsExactly(LocalDate.of(2026, 12, 14)));
  }

  @Test
  void an_owners_override_books_every_occurrence_over_a_clash() {
    diary.handle(ACME, new BookAppointment(new AppointmentId(UUID.randomUUID()),
        blockedFor(SAM, "2026-12-14T10:00", "2026-12-14T10:30"), null, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, UUID.randomUUID().toString()));

    Outcome outcome = schedule(visits(newSeries(), mondays(LocalTime.of(9, 0), 120), "Mondays only", OWNER_ACTOR));

    assertThat(outcome.clashed()).isEmpty();
    assertThat(outcome.booked()).hasSize(12);
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 14))).hasSize(2);
  }

  @Test
  void a_single_appointment_over_a_booked_occurrence_is_refused_as_a_clash() {
    schedule(visits(newSeries(), mondays(LocalTime.of(9, 0), 120), null, OWNER_ACTOR));

    assertThatThrownBy(() -> diary.handle(ACME, new BookAppointment(new AppointmentId(UUID.randomUUID()),
        blockedFor(SAM, "2027-01-04T10:59", "2027-01-04T12:00"), null, List.of(), SAM_ACTOR),
        context(SAM_ACTOR, UUID.randomUUID().toString())))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.clash"));
  }

  @Test
  void setting_the_same_series_up_again_under_the_same_key_books_nothing_twice() {
    SeriesId id = newSeries();
    ScheduleSeries command = visits(id, mondays(LocalTime.of(9, 0), 60), null, OWNER_ACTOR);
    Outcome first = series.schedule(ACME, command, context(OWNER_ACTOR, "key-1"), TODAY);

    Outcome again = series.schedule(ACME, command, context(OWNER_ACTOR, "key-1"), TODAY);

    assertThat(again).as("answered as recorded").isEqualTo(first);
    assertThat(first.booked()).hasSize(12);
    assertThat(seriesEvents(id)).hasSize(2);
    assertThat(appointment(id.appointmentOn(MONDAY))).hasSize(1);
    assertThat(standingOn(SAM, MONDAY)).hasSize(1);
  }

  @Test
  void two_days_later_the_extension_books_only_what_the_horizon_gained() {
    SeriesId id = newSeries();
    schedule(visits(id, mondays(LocalTime.of(9, 0), 60), null, OWNER_ACTOR));

    Outcome nextDay = series.extend(ACME, id, context(Actor.system("series-horizon"), "extend-1"), TODAY.plusDays(2));
    Outcome sameDay = series.extend(ACME, id, context(Actor.system("series-horizon"), "extend-2"), TODAY.plusDays(2));

    assertThat(nextDay.booked()).containsExactly(LocalDate.of(2027, 3, 1));
    assertThat(sameDay).isEqualTo(nextDay);
    assertThat(seriesEvents(id)).hasSize(3);
  }

  @Test
  void in_a_weekly_series_one_occurrence_is_moved_and_one_cancelled_as_appointments_and_the_extension_leaves_them_so() {
    SeriesId id = newSeries();
    schedule(visits(id, mondays(LocalTime.of(9, 0), 60), null, OWNER_ACTOR));
    AppointmentId second = id.appointmentOn(LocalDate.of(2026, 12, 14));
    AppointmentId third = id.appointmentOn(LocalDate.of(2026, 12, 21));
    diary.handle(ACME, new MoveAppointment(second, LocalDateTime.parse("2026-12-15T14:00"),
        LocalDateTime.parse("2026-12-15T15:00"), Instant.parse("2026-12-15T14:00:00Z"),
        Instant.parse("2026-12-15T15:00:00Z"), List.of(SAM), null, 0, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, "move-second"));
    diary.handle(ACME, new CancelAppointment(third, "Christmas week", NOW, OWNER_ACTOR), context(OWNER_ACTOR, "cancel-third"));

    series.extend(ACME, id, context(Actor.system("series-horizon"), "extend"), TODAY.plusDays(8));
    Outcome retried = series.schedule(ACME, visits(id, mondays(LocalTime.of(9, 0), 60), null, OWNER_ACTOR),
        context(OWNER_ACTOR, "another-key"), TODAY);

    assertThat(retried.to()).as("answered as recorded").isEqualTo(TODAY.plusDays(8).plusWeeks(12));
    assertThat(appointment(second)).last().isInstanceOf(AppointmentMoved.class);
    assertThat(appointment(third)).last().isInstanceOf(AppointmentCancelled.class);
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 14))).isEmpty();
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 15))).containsExactly(second);
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 21))).isEmpty();
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 28))).containsExactly(id.appointmentOn(LocalDate.of(2026, 12, 28)));
  }

  @Test
  void ending_a_series_from_a_day_cancels_this_and_following_moved_ones_too_keeps_the_earlier_and_books_no_more() {
    SeriesId id = newSeries();
    schedule(visits(id, mondays(LocalTime.of(9, 0), 60), null, OWNER_ACTOR));
    AppointmentId moved = id.appointmentOn(LocalDate.of(2026, 12, 28));
    diary.handle(ACME, new MoveAppointment(moved, LocalDateTime.parse("2026-12-29T14:00"),
        LocalDateTime.parse("2026-12-29T15:00"), Instant.parse("2026-12-29T14:00:00Z"),
        Instant.parse("2026-12-29T15:00:00Z"), List.of(SAM), null, 0, List.of(), OWNER_ACTOR),
        context(OWNER_ACTOR, "move-fourth"));
    LocalDate from = LocalDate.of(2026, 12, 21);

    SeriesBookings.Ended ended = series.end(ACME, new EndSeries(id, from, "The home changed contractor", OWNER_ACTOR, NOW),
        context(OWNER_ACTOR, "end"), TODAY);
    SeriesBookings.Ended again = series.end(ACME, new EndSeries(id, from, null, OWNER_ACTOR, NOW),
        context(OWNER_ACTOR, "end-again"), TODAY);
    Outcome extended = series.extend(ACME, id, context(Actor.system("series-horizon"), "extend"), TODAY.plusDays(30));

    assertThat(ended.cancelled()).hasSize(10).first().isEqualTo(from);
    assertThat(ended.cancelled()).contains(LocalDate.of(2026, 12, 28)).last().isEqualTo(LocalDate.of(2027, 2, 22));
    assertThat(again.cancelled()).as("a retry answers the same").isEqualTo(ended.cancelled());
    assertThat(appointment(moved)).as("and cancels nothing twice").filteredOn(e -> e instanceof AppointmentCancelled)
        .hasSize(1);
    assertThat(appointment(moved)).last().isInstanceOf(AppointmentCancelled.class);
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 29))).as("the moved one's time is free").isEmpty();
    assertThat(standingOn(SAM, LocalDate.of(2026, 12, 14))).containsExactly(id.appointmentOn(LocalDate.of(2026, 12, 14)));
    assertThat(extended.to()).as("no window past the end").isEqualTo(TODAY.plusWeeks(12));
    assertThat(seriesEvents(id)).filteredOn(e -> e instanceof SeriesOccurrencesBooked).hasSize(1);
    assertThat(standingOn(SAM, LocalDate.of(2027, 3, 1))).isEmpty();
    assertThat(seriesEvents(id)).filteredOn(e -> e instanceof SeriesEnded).singleElement()
        .isInstanceOfSatisfying(SeriesEnded.class, e -> assertThat(e.reason()).isEqualTo("The home changed contractor"));
  }

  @Test
  void a_series_is_not_ended_from_a_past_day_nor_by_staff_unless_it_is_their_own() {
    SeriesId id = newSeries();
    schedule(visits(id, mondays(LocalTime.of(9, 0), 60), null, OWNER_ACTOR));

    assertThatThrownBy(() -> series.end(ACME, new EndSeries(id, TODAY.minusDays(1), null, OWNER_ACTOR, NOW),
        context(OWNER_ACTOR, "past"), TODAY))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("series.end-in-the-past"));
    assertThatThrownBy(() -> series.end(ACME, new EndSeries(id, MONDAY, null, SAM_ACTOR, NOW),
        context(SAM_ACTOR, "staff"), TODAY))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.staff-own-blocks-only"));
    assertThatThrownBy(() -> series.end(ACME, new EndSeries(newSeries(), MONDAY, null, OWNER_ACTOR, NOW),
        context(OWNER_ACTOR, "unknown"), TODAY))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("series.not-found"));
    assertThat(standingOn(SAM, MONDAY)).containsExactly(id.appointmentOn(MONDAY));
  }

  @Test
  void a_daily_series_at_nine_is_booked_at_nine_on_londons_clock_on_both_clock_change_days() {
    SeriesId id = newSeries();
    SeriesRule daily = new SeriesRule(Frequency.DAILY, 1, null, null, null, null, LocalDate.of(2027, 3, 26), null, 4,
        LocalTime.of(9, 0), 60);
    series.schedule(ACME, visits(id, daily, null, OWNER_ACTOR), context(OWNER_ACTOR, "spring"), LocalDate.of(2027, 3, 20));
    SeriesId autumn = newSeries();
    SeriesRule autumnDaily = new SeriesRule(Frequency.DAILY, 1, null, null, null, null, LocalDate.of(2027, 10, 30), null,
        3, LocalTime.of(9, 0), 60);
    series.schedule(ACME, visits(autumn, autumnDaily, null, OWNER_ACTOR), context(OWNER_ACTOR, "autumn"),
        LocalDate.of(2027, 10, 20));

    assertThat(startOf(id.appointmentOn(LocalDate.of(2027, 3, 27)))).isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
    assertThat(startOf(id.appointmentOn(LocalDate.of(2027, 3, 28)))).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
    assertThat(startOf(autumn.appointmentOn(LocalDate.of(2027, 10, 30)))).isEqualTo(Instant.parse("2027-10-30T08:00:00Z"));
    assertThat(startOf(autumn.appointmentOn(LocalDate.of(2027, 10, 31)))).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
  }

  @Test
  void an_occurrence_at_a_time_the_clock_skips_is_not_booked_and_is_recorded_so() {
    SeriesId id = newSeries();
    SeriesRule sundays = new SeriesRule(Frequency.WEEKLY, 1, List.of(Weekday.SUNDAY), null, null, null,
        LocalDate.of(2027, 3, 21), null, 3, LocalTime.of(1, 30), 60);

    Outcome outcome = series.schedule(ACME, visits(id, sundays, null, OWNER_ACTOR), context(OWNER_ACTOR, "k"),
        LocalDate.of(2027, 3, 1));

    assertThat(outcome.booked()).containsExactly(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 4, 4));
    assertThat(outcome.timeDoesNotExist()).containsExactly(LocalDate.of(2027, 3, 28));
    assertThat(appointment(id.appointmentOn(LocalDate.of(2027, 3, 28)))).isEmpty();
  }

  @Test
  void staff_may_set_up_a_series_of_blocked_time_for_themselves_only() {
    ScheduleSeries ownBlock = new ScheduleSeries(newSeries(), mondays(LocalTime.of(13, 0), 60), AppointmentKind.BLOCKED,
        List.of(SAM), null, "Gym", null, null, SAM_ACTOR);
    ScheduleSeries visit = visits(newSeries(), mondays(LocalTime.of(9, 0), 60), null, SAM_ACTOR);

    assertThat(schedule(ownBlock).booked()).hasSize(12);
    assertThatThrownBy(() -> schedule(visit))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.staff-own-blocks-only"));
    assertThat(store.read(SeriesBookings.seriesStream(ACME, visit.seriesId()))).isEmpty();
  }

  @Test
  void a_series_for_someone_not_on_the_team_is_refused_before_anything_is_written() {
    ScheduleSeries stranger = new ScheduleSeries(newSeries(), mondays(LocalTime.of(9, 0), 60), AppointmentKind.MEETING,
        List.of(STRANGER), null, "Catch-up", null, null, OWNER_ACTOR);

    assertThatThrownBy(() -> schedule(stranger))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("appointment.member-not-in-team"));
    assertThat(store.read(SeriesBookings.seriesStream(ACME, stranger.seriesId()))).isEmpty();
  }

  private Instant startOf(AppointmentId id) {
    return ((AppointmentBooked) appointment(id).getFirst()).booking().startsAt();
  }

  private static Booking blockedFor(UserId member, String start, String end) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    return new Booking(AppointmentKind.BLOCKED, from, to, from.atZone(Booking.LONDON).toInstant(),
        to.atZone(Booking.LONDON).toInstant(), List.of(member), null, "Dentist", null);
  }
}

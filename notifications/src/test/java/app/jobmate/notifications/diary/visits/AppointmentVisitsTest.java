package app.jobmate.notifications.diary.visits;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an appointment belongs in the day-visits index after each kind of event. */
class AppointmentVisitsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final AppointmentId ID = AppointmentId.of("0193b2a0-4444-7abc-8def-0123456789ab");
  private static final StreamId STREAM = AppointmentStreams.of(TestEvents.ACME, ID);
  private static final UserId SAM = TestEvents.ALICE;
  private static final UserId PRIYA = TestEvents.BOB;
  private static final JobId JOB = JobId.of("0193b2a0-5555-7abc-8def-0123456789ab");
  private static final LocalDate FRIDAY = LocalDate.of(2027, 7, 2);
  private static final LocalDate MONDAY = LocalDate.of(2027, 7, 5);

  private static Booking booking(AppointmentKind kind, LocalDateTime start, LocalDateTime end, UserId... members) {
    return new Booking(kind, start, end, start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant(),
        List.of(members), kind == AppointmentKind.JOB_VISIT ? JOB : null, "Fit the new boiler", "Side gate code 1234");
  }

  private static Booking visit(LocalDate day, int from, int to, UserId... members) {
    return booking(AppointmentKind.JOB_VISIT, day.atTime(from, 0), day.atTime(to, 0), members);
  }

  private static AppointmentBooked booked(Booking booking) {
    return new AppointmentBooked(ID, booking, null, TestEvents.OWNER);
  }

  @Test
  void a_booked_visit_is_listed_for_each_member_on_its_day_with_its_local_times_title_and_job() {
    AppointmentVisits visits = AppointmentVisits.empty(STREAM).apply(1, booked(visit(FRIDAY, 9, 11, SAM, PRIYA)));

    VisitPlacement placement = visits.placement();

    assertThat(placement.version()).isEqualTo(1);
    assertThat(placement.listed()).extracting(DayVisit::member).containsExactlyInAnyOrder(SAM, PRIYA);
    DayVisit sams = placement.listed().stream().filter(v -> v.member().equals(SAM)).findFirst().orElseThrow();
    assertThat(sams.day()).isEqualTo(FRIDAY);
    assertThat(sams.start()).isEqualTo(FRIDAY.atTime(9, 0));
    assertThat(sams.end()).isEqualTo(FRIDAY.atTime(11, 0));
    assertThat(sams.title()).isEqualTo("Fit the new boiler");
    assertThat(sams.jobId()).isEqualTo(JOB);
    assertThat(placement.unlisted()).isEmpty();
    assertThat(visits.isVisitOf(SAM, FRIDAY)).isTrue();
  }

  @Test
  void a_moved_visit_is_listed_on_its_new_day_only_and_a_member_taken_off_is_unlisted() {
    Booking before = visit(FRIDAY, 9, 11, SAM, PRIYA);
    Booking after = visit(MONDAY, 14, 15, PRIYA);
    AppointmentVisits visits = AppointmentVisits.empty(STREAM).apply(1, booked(before))
        .apply(2, new AppointmentMoved(ID, 2, after, before, null, TestEvents.OWNER));

    VisitPlacement placement = visits.placement();

    assertThat(placement.version()).isEqualTo(2);
    assertThat(placement.listed()).extracting(DayVisit::key)
        .containsExactly(new VisitKey(MONDAY, TestEvents.ACME, PRIYA, ID));
    assertThat(placement.unlisted()).containsExactlyInAnyOrder(new VisitKey(FRIDAY, TestEvents.ACME, SAM, ID),
        new VisitKey(FRIDAY, TestEvents.ACME, PRIYA, ID));
    assertThat(visits.isVisitOf(PRIYA, FRIDAY)).isFalse();
    assertThat(visits.isVisitOf(SAM, MONDAY)).isFalse();
    assertThat(visits.isVisitOf(PRIYA, MONDAY)).isTrue();
  }

  @Test
  void a_cancelled_visit_is_listed_nowhere_and_unlisted_everywhere_it_ever_was() {
    Booking before = visit(FRIDAY, 9, 11, SAM);
    Booking after = visit(MONDAY, 9, 11, SAM);
    AppointmentVisits visits = AppointmentVisits.empty(STREAM).apply(1, booked(before))
        .apply(2, new AppointmentMoved(ID, 2, after, before, null, TestEvents.OWNER))
        .apply(3, new AppointmentCancelled(ID, after, Instant.parse("2027-07-01T12:00:00Z"), null, TestEvents.OWNER));

    VisitPlacement placement = visits.placement();

    assertThat(placement.listed()).isEmpty();
    assertThat(placement.unlisted()).containsExactlyInAnyOrder(new VisitKey(FRIDAY, TestEvents.ACME, SAM, ID),
        new VisitKey(MONDAY, TestEvents.ACME, SAM, ID));
    assertThat(visits.isVisitOf(SAM, MONDAY)).isFalse();
  }

  @Test
  void blocked_time_is_no_visit_and_a_meeting_is_listed() {
    Booking blocked = booking(AppointmentKind.BLOCKED, FRIDAY.atTime(9, 0), FRIDAY.atTime(12, 0), SAM);
    Booking meeting = booking(AppointmentKind.MEETING, FRIDAY.atTime(9, 0), FRIDAY.atTime(10, 0), SAM);

    assertThat(AppointmentVisits.empty(STREAM).apply(1, booked(blocked)).placement().listed()).isEmpty();
    assertThat(AppointmentVisits.empty(STREAM).apply(1, booked(meeting)).placement().listed())
        .extracting(DayVisit::kind).containsExactly(AppointmentKind.MEETING);
  }

  @Test
  void a_visit_over_midnight_is_listed_on_each_london_day_it_touches_with_its_whole_times() {
    Booking overnight = booking(AppointmentKind.JOB_VISIT, FRIDAY.atTime(22, 0), FRIDAY.plusDays(1).atTime(2, 0), SAM);

    VisitPlacement placement = AppointmentVisits.empty(STREAM).apply(1, booked(overnight)).placement();

    assertThat(placement.listed()).extracting(DayVisit::day).containsExactly(FRIDAY, FRIDAY.plusDays(1));
    assertThat(placement.listed()).allSatisfy(v -> assertThat(v.start()).isEqualTo(FRIDAY.atTime(22, 0)));
  }
}

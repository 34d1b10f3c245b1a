package app.jobmate.projections.staff.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.projections.staff.availability.Intervals.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member's day: working ranges on the day's clock, less absences, less bookings, counted on instants. */
class AvailabilityTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final List<TimeRange> NIGHT = List.of(new TimeRange("00:00", "03:00"));
  private static final WorkingWeek SUNDAY_NIGHTS = new WorkingWeek(List.of(), List.of(), List.of(), List.of(),
      List.of(), List.of(), NIGHT);
  private static final List<TimeRange> DAY = List.of(new TimeRange("08:00", "12:00"), new TimeRange("12:30", "16:30"));
  private static final WorkingWeek WEEKDAYS = new WorkingWeek(DAY, DAY, DAY, DAY, DAY, List.of(), List.of());
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  private static Interval local(String start, String end) {
    return new Interval(LocalDateTime.parse(start).atZone(LONDON).toInstant(),
        LocalDateTime.parse(end).atZone(LONDON).toInstant());
  }

  @Test
  void a_midnight_to_three_range_is_two_hours_when_the_clocks_go_forward_and_four_when_they_go_back() {
    AvailableDay spring = Availability.of(SUNDAY_NIGHTS, List.of(), List.of(), LocalDate.of(2027, 3, 28),
        LocalDate.of(2027, 3, 28)).getFirst();
    AvailableDay autumn = Availability.of(SUNDAY_NIGHTS, List.of(), List.of(), LocalDate.of(2027, 10, 31),
        LocalDate.of(2027, 10, 31)).getFirst();
    AvailableDay ordinary = Availability.of(SUNDAY_NIGHTS, List.of(), List.of(), LocalDate.of(2027, 4, 4),
        LocalDate.of(2027, 4, 4)).getFirst();

    assertThat(spring.workingMinutes()).isEqualTo(120);
    assertThat(spring.freeMinutes()).isEqualTo(120);
    assertThat(spring.free().getFirst()).isEqualTo(new Span("2027-03-28T00:00", "2027-03-28T03:00",
        Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T02:00:00Z")));
    assertThat(autumn.workingMinutes()).isEqualTo(240);
    assertThat(autumn.free().getFirst().startsAt()).isEqualTo(Instant.parse("2027-10-30T23:00:00Z"));
    assertThat(autumn.free().getFirst().endsAt()).isEqualTo(Instant.parse("2027-10-31T03:00:00Z"));
    assertThat(ordinary.workingMinutes()).isEqualTo(180);
  }

  @Test
  void a_range_starting_in_the_skipped_hour_starts_when_the_clock_reads_two() {
    WorkingWeek early = new WorkingWeek(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new TimeRange("01:30", "04:00")));

    AvailableDay spring = Availability.of(early, List.of(), List.of(), LocalDate.of(2027, 3, 28),
        LocalDate.of(2027, 3, 28)).getFirst();

    assertThat(spring.working().getFirst().start()).isEqualTo("2027-03-28T02:00");
    assertThat(spring.workingMinutes()).isEqualTo(120);
  }

  @Test
  void absences_and_bookings_come_out_of_the_working_ranges_and_the_rest_is_free_in_time_order() {
    List<Interval> away = List.of(local("2027-03-02T00:00", "2027-03-03T00:00"), local("2027-03-03T13:00",
        "2027-03-03T17:00"));
    List<Interval> booked = List.of(local("2027-03-01T09:00", "2027-03-01T10:30"),
        local("2027-03-01T10:00", "2027-03-01T11:00"), local("2027-03-01T11:45", "2027-03-01T13:00"),
        local("2027-03-03T12:00", "2027-03-03T14:00"));

    List<AvailableDay> days = Availability.of(WEEKDAYS, away, booked, MONDAY, MONDAY.plusDays(2));

    AvailableDay monday = days.get(0);
    assertThat(monday.workingMinutes()).isEqualTo(480);
    assertThat(monday.bookedMinutes()).as("09:00-11:00 once though two overlap, 11:45-12:00 and 12:30-13:00")
        .isEqualTo(120 + 15 + 30);
    assertThat(monday.free()).extracting(Span::start, Span::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2027-03-01T08:00", "2027-03-01T09:00"),
        org.assertj.core.groups.Tuple.tuple("2027-03-01T11:00", "2027-03-01T11:45"),
        org.assertj.core.groups.Tuple.tuple("2027-03-01T13:00", "2027-03-01T16:30"));
    assertThat(monday.freeMinutes()).isEqualTo(480 - 165);
    AvailableDay tuesday = days.get(1);
    assertThat(tuesday.absentMinutes()).isEqualTo(480);
    assertThat(tuesday.free()).isEmpty();
    AvailableDay wednesday = days.get(2);
    assertThat(wednesday.absentMinutes()).isEqualTo(210);
    assertThat(wednesday.bookedMinutes()).as("12:00 to 14:00 less the lunch break and the absence: 12:30-13:00")
        .isEqualTo(30);
    assertThat(wednesday.freeMinutes()).isEqualTo(480 - 210 - 30);
    assertThat(wednesday.absentMinutes() + wednesday.bookedMinutes() + wednesday.freeMinutes())
        .isEqualTo(wednesday.workingMinutes());
  }

  @Test
  void a_day_off_has_nothing_working_and_nothing_free() {
    AvailableDay saturday = Availability.of(WEEKDAYS, List.of(), List.of(), LocalDate.of(2027, 3, 6),
        LocalDate.of(2027, 3, 6)).getFirst();

    assertThat(saturday.working()).isEmpty();
    assertThat(saturday.freeMinutes()).isZero();
  }
}

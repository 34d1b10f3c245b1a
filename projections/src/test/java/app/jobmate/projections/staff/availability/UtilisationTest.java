package app.jobmate.projections.staff.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceKind;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.projections.staff.StaffProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Utilisation of a scripted week, to the minute. */
class UtilisationTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final List<TimeRange> DAY = List.of(new TimeRange("08:00", "16:30"));
  private static final WorkingWeek WEEKDAYS = new WorkingWeek(DAY, DAY, DAY, DAY, DAY, List.of(), List.of());

  private static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(LONDON).toInstant();
  }

  private static BookedTime.Booked booked(String id, String start, String end) {
    return new BookedTime.Booked(id, at(start), at(end));
  }

  @Test
  void booked_hours_over_the_hours_working_and_not_away_overlaps_once_and_nothing_outside_working_hours() {
    StaffProfile sam = new StaffProfile("u-sam", List.of(), WEEKDAYS, List.of(), List.of(StaffProfile.Away.of("a-1",
        Absence.days(AbsenceKind.TRAINING, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9)))), Instant.EPOCH);
    StaffProfile pat = new StaffProfile("u-pat", List.of(), WorkingWeek.NONE, List.of(), List.of(), Instant.EPOCH);
    List<BookedTime.Booked> samsDiary = List.of(
        booked("a", "2026-12-07T09:00", "2026-12-07T11:00"),
        booked("b", "2026-12-07T10:00", "2026-12-07T12:00"), // booked over a clash: counted once
        booked("c", "2026-12-08T15:00", "2026-12-08T18:00"), // 15:00-16:30 within hours
        booked("d", "2026-12-09T09:00", "2026-12-09T10:00")); // on the training day: away, not booked

    List<Utilisation.Week> weeks = Utilisation.of(List.of(new Utilisation.Member(sam, samsDiary),
        new Utilisation.Member(pat, List.of())), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9));

    assertThat(weeks).hasSize(1);
    Utilisation.Week week = weeks.getFirst();
    assertThat(week.week()).isEqualTo("2026-W50");
    assertThat(week.from()).isEqualTo("2026-12-07");
    assertThat(week.to()).isEqualTo("2026-12-13");
    Utilisation.MemberWeek s = week.members().getFirst();
    assertThat(s.workingMinutes()).isEqualTo(5 * 510);
    assertThat(s.absentMinutes()).isEqualTo(510);
    assertThat(s.availableMinutes()).isEqualTo(2_040);
    assertThat(s.bookedMinutes()).isEqualTo(180 + 90);
    assertThat(s.utilisation()).isEqualTo(new BigDecimal("0.1324"));
    Utilisation.MemberWeek p = week.members().get(1);
    assertThat(p.availableMinutes()).isZero();
    assertThat(p.utilisation()).as("no hours, no ratio").isNull();
    assertThat(week.team().bookedMinutes()).isEqualTo(270);
    assertThat(week.team().utilisation()).isEqualTo(new BigDecimal("0.1324"));
  }

  @Test
  void a_window_covers_each_iso_week_it_touches_across_a_year_end_with_53_weeks() {
    StaffProfile sam = new StaffProfile("u-sam", List.of(), WEEKDAYS, List.of(), List.of(), Instant.EPOCH);

    List<Utilisation.Week> weeks = Utilisation.of(List.of(new Utilisation.Member(sam, List.of())),
        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4));

    assertThat(weeks).extracting(Utilisation.Week::week).containsExactly("2026-W53", "2027-W01");
    assertThat(weeks.getFirst().members().getFirst().workingMinutes()).isEqualTo(5 * 510);
  }
}

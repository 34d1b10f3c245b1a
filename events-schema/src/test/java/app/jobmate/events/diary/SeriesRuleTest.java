package app.jobmate.events.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.diary.SeriesRule.Frequency;
import app.jobmate.events.diary.SeriesRule.MonthWeek;
import app.jobmate.events.diary.SeriesRule.Occurrence;
import app.jobmate.events.diary.SeriesRule.Weekday;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a series' occurrences on the days that need saying: clock changes, short months, the ends. */
class SeriesRuleTest {

  /** The last Sundays of March and October 2027: the clock goes forward at 01:00, back at 02:00. */
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 28);
  private static final LocalDate FALL_BACK = LocalDate.of(2027, 10, 31);

  @Test
  void a_daily_series_at_nine_stays_at_nine_on_londons_clock_on_both_clock_change_days() {
    SeriesRule daily = daily(LocalDate.of(2027, 3, 20), LocalTime.of(9, 0), 60);

    assertThat(daily.occurrences(LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 30)).map(Occurrence::startsAt))
        .containsExactly(Instant.parse("2027-03-27T09:00:00Z"), Instant.parse("2027-03-28T08:00:00Z"),
            Instant.parse("2027-03-29T08:00:00Z"));
    assertThat(daily.occurrences(LocalDate.of(2027, 10, 30), LocalDate.of(2027, 11, 2)).map(Occurrence::startsAt))
        .containsExactly(Instant.parse("2027-10-30T08:00:00Z"), Instant.parse("2027-10-31T09:00:00Z"),
            Instant.parse("2027-11-01T09:00:00Z"));
    assertThat(daily.occurrenceOn(SPRING_FORWARD).end()).isEqualTo(LocalDateTime.of(2027, 3, 28, 10, 0));
  }

  @Test
  void a_weekly_sunday_series_at_half_past_one_does_not_exist_on_the_day_the_clock_skips_it() {
    SeriesRule sundays = weekly(LocalDate.of(2027, 3, 1), LocalTime.of(1, 30), Weekday.SUNDAY);

    List<Occurrence> march = sundays.occurrences(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 4, 5)).toList();

    assertThat(march).extracting(Occurrence::day)
        .containsExactly(LocalDate.of(2027, 3, 21), SPRING_FORWARD, LocalDate.of(2027, 4, 4));
    assertThat(march).extracting(Occurrence::exists).containsExactly(true, false, true);
  }

  @Test
  void an_occurrence_on_the_hour_the_clock_shows_twice_is_the_first_in_summer_time_as_for_single_appointments() {
    Occurrence repeated = weekly(LocalDate.of(2027, 10, 1), LocalTime.of(1, 30), Weekday.SUNDAY).occurrenceOn(FALL_BACK);

    assertThat(repeated.startsAt()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    assertThat(repeated.endsAt()).isEqualTo(Instant.parse("2027-10-31T01:30:00Z"));
    assertThat(repeated.end()).as("an hour of real time later: the clock has gone back")
        .isEqualTo(LocalDateTime.of(2027, 10, 31, 1, 30));
  }

  @Test
  void a_monthly_series_on_the_thirty_first_skips_the_months_without_one() {
    SeriesRule onThe31st = new SeriesRule(Frequency.MONTHLY, 1, null, 31, null, null, LocalDate.of(2027, 1, 1), null, 5,
        LocalTime.of(9, 0), 30);

    assertThat(onThe31st.days(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1))).containsExactly(
        LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 7, 31),
        LocalDate.of(2027, 8, 31));
  }

  @Test
  void a_monthly_series_on_the_last_friday_finds_it_in_every_month() {
    SeriesRule lastFriday = new SeriesRule(Frequency.MONTHLY, 1, null, null, MonthWeek.LAST, Weekday.FRIDAY,
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 30), null, LocalTime.of(16, 0), 60);

    assertThat(lastFriday.days(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1))).containsExactly(
        LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 30));
  }

  @Test
  void a_fortnightly_series_on_two_weekdays_counts_its_occurrences_from_its_first_day() {
    SeriesRule fortnightly = new SeriesRule(Frequency.WEEKLY, 2, List.of(Weekday.THURSDAY, Weekday.TUESDAY), null, null,
        null, LocalDate.of(2027, 1, 7), null, 4, LocalTime.of(8, 0), 90);

    assertThat(fortnightly.weekdays()).containsExactly(Weekday.TUESDAY, Weekday.THURSDAY);
    assertThat(fortnightly.days(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1))).containsExactly(
        LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 21), LocalDate.of(2027, 2, 2));
  }

  @Test
  void a_rule_refuses_what_does_not_fit_its_frequency_and_names_the_field() {
    LocalDate from = LocalDate.of(2027, 1, 1);
    LocalTime nine = LocalTime.of(9, 0);
    assertThatThrownBy(() -> new SeriesRule(Frequency.WEEKLY, 1, List.of(), null, null, null, from, null, null, nine, 60))
        .hasMessageContaining("weekdays");
    assertThatThrownBy(() -> new SeriesRule(Frequency.DAILY, 0, null, null, null, null, from, null, null, nine, 60))
        .hasMessageContaining("every");
    assertThatThrownBy(() -> new SeriesRule(Frequency.MONTHLY, 1, null, 31, MonthWeek.LAST, Weekday.FRIDAY, from, null,
        null, nine, 60)).hasMessageContaining("dayOfMonth");
    assertThatThrownBy(() -> new SeriesRule(Frequency.DAILY, 1, null, null, null, null, from, from.plusDays(3), 3, nine, 60))
        .hasMessageContaining("until");
    assertThatThrownBy(() -> new SeriesRule(Frequency.DAILY, 1, null, null, null, null, from, null, null, nine, 0))
        .hasMessageContaining("minutes");
    assertThatThrownBy(() -> new SeriesRule(Frequency.DAILY, 1, null, null, null, null, from, from.minusDays(1), null,
        nine, 60)).hasMessageContaining("until");
  }

  @Test
  void an_occurrence_has_the_same_appointment_id_every_time_and_another_day_another() {
    SeriesId series = new SeriesId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"));

    AppointmentId first = series.appointmentOn(LocalDate.of(2027, 1, 7));

    assertThat(series.appointmentOn(LocalDate.of(2027, 1, 7))).isEqualTo(first);
    assertThat(series.appointmentOn(LocalDate.of(2027, 1, 8))).isNotEqualTo(first);
    assertThat(first.value().version()).isEqualTo(8);
    assertThat(first.value().variant()).isEqualTo(2);
  }

  private static SeriesRule daily(LocalDate from, LocalTime at, int minutes) {
    return new SeriesRule(Frequency.DAILY, 1, null, null, null, null, from, null, null, at, minutes);
  }

  private static SeriesRule weekly(LocalDate from, LocalTime at, Weekday day) {
    return new SeriesRule(Frequency.WEEKLY, 1, List.of(day), null, null, null, from, null, null, at, 60);
  }
}

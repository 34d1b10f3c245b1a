package app.jobmate.localcloud.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static List<String> next(String expression, String after, ZoneId zone, int count) {
    ScheduleExpression parsed = ScheduleExpression.parse(expression);
    Instant origin = Instant.parse(after);
    List<String> times = new ArrayList<>();
    Instant at = origin;
    for (int i = 0; i < count; i++) {
      at = parsed.next(at, origin, zone).orElseThrow();
      times.add(at.toString());
    }
    return times;
  }

  @Test
  void a_rate_counts_whole_periods_from_its_origin() {
    assertThat(next("rate(1 minute)", "2026-01-05T10:00:30Z", UTC, 2)).containsExactly("2026-01-05T10:01:30Z", "2026-01-05T10:02:30Z");
    assertThat(next("rate(2 hours)", "2026-01-05T10:00:00Z", UTC, 1)).containsExactly("2026-01-05T12:00:00Z");
    assertThat(next("rate(1 day)", "2026-03-28T12:00:00Z", LONDON, 1)).as("a day is 24 hours across the clock change")
        .containsExactly("2026-03-29T12:00:00Z");
  }

  @Test
  void cron_fields_take_lists_ranges_increments_and_names() {
    assertThat(next("cron(0/15 9-10 ? * MON-FRI *)", "2026-01-02T10:40:00Z", UTC, 3)) // a Friday
        .containsExactly("2026-01-02T10:45:00Z", "2026-01-05T09:00:00Z", "2026-01-05T09:15:00Z");
    assertThat(next("cron(30 6 1,15 JAN,JUL ? 2027)", "2026-01-01T00:00:00Z", UTC, 3))
        .containsExactly("2027-01-01T06:30:00Z", "2027-01-15T06:30:00Z", "2027-07-01T06:30:00Z");
    assertThat(next("cron(0 12 ? * SAT-MON *)", "2026-01-01T00:00:00Z", UTC, 3)).as("a range may wrap around the week")
        .containsExactly("2026-01-03T12:00:00Z", "2026-01-04T12:00:00Z", "2026-01-05T12:00:00Z");
  }

  @Test
  void cron_knows_last_days_weekdays_and_nth_days_of_the_week() {
    assertThat(next("cron(0 0 L * ? *)", "2026-02-01T00:00:00Z", UTC, 2)).containsExactly("2026-02-28T00:00:00Z", "2026-03-31T00:00:00Z");
    assertThat(next("cron(0 0 LW * ? *)", "2026-05-01T00:00:00Z", UTC, 1)).containsExactly("2026-05-29T00:00:00Z"); // the 31st is a Sunday
    assertThat(next("cron(0 0 1W * ? *)", "2026-08-01T00:00:00Z", UTC, 1)).as("the 1st, a Saturday, gives Monday the 3rd")
        .containsExactly("2026-08-03T00:00:00Z");
    assertThat(next("cron(0 8 ? * 6L *)", "2026-01-01T00:00:00Z", UTC, 1)).as("the last Friday").containsExactly("2026-01-30T08:00:00Z");
    assertThat(next("cron(0 8 ? * 3#2 *)", "2026-01-01T00:00:00Z", UTC, 1)).as("the second Tuesday").containsExactly("2026-01-13T08:00:00Z");
  }

  @Test
  void in_london_a_time_the_spring_change_skips_does_not_run_and_one_the_autumn_change_repeats_runs_once() {
    assertThat(next("cron(30 1 * * ? *)", "2026-03-28T12:00:00Z", LONDON, 2)).containsExactly("2026-03-30T00:30:00Z", "2026-03-31T00:30:00Z");
    assertThat(next("cron(30 1 * * ? *)", "2026-10-24T12:00:00Z", LONDON, 2)).containsExactly("2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z");
    assertThat(next("cron(0 9 * * ? *)", "2026-03-28T12:00:00Z", LONDON, 2)).containsExactly("2026-03-29T08:00:00Z", "2026-03-30T08:00:00Z");
  }

  @Test
  void a_one_time_schedule_runs_once_at_its_local_time() {
    ScheduleExpression at = ScheduleExpression.parse("at(2026-07-01T09:00:00)");
    Instant origin = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(at.next(origin, origin, LONDON)).contains(Instant.parse("2026-07-01T08:00:00Z"));
    assertThat(at.next(Instant.parse("2026-07-01T08:00:00Z"), origin, LONDON)).isEmpty();
  }

  @Test
  void invalid_expressions_are_refused_with_the_reason() {
    assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 9 * * * *)")).hasMessageContaining("exactly one of day-of-month and day-of-week");
    assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 25 * * ? *)")).hasMessageContaining("25 is outside 0-23");
    assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 9 * *)")).hasMessageContaining("six fields");
    assertThatThrownBy(() -> ScheduleExpression.parse("every day")).hasMessageContaining("is not a schedule expression");
  }
}

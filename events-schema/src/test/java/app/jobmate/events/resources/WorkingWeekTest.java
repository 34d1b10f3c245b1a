package app.jobmate.events.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingWeekTest {

  @Test
  void a_day_s_ranges_are_kept_in_order_and_touching_ranges_are_not_an_overlap() {
    List<TimeRange> day = WorkingWeek.day(List.of(new TimeRange("12:00", "16:00"), new TimeRange("08:00", "12:00")),
        "monday");

    assertThat(day).containsExactly(new TimeRange("08:00", "12:00"), new TimeRange("12:00", "16:00"));
  }

  @Test
  void overlapping_ranges_are_refused_naming_the_day_and_both_ranges() {
    assertThatThrownBy(() -> WorkingWeek.day(List.of(new TimeRange("08:00", "12:30"), new TimeRange("12:00", "16:00")),
        "friday")).hasMessage("friday: 08:00-12:30 overlaps 12:00-16:00");
  }

  @Test
  void a_range_ends_after_it_starts_within_the_day_to_the_minute() {
    assertThatThrownBy(() -> new TimeRange("17:00", "09:00")).hasMessageContaining("ends after it starts");
    assertThatThrownBy(() -> new TimeRange("09:00", "09:00")).hasMessageContaining("ends after it starts");
    assertThatThrownBy(() -> new TimeRange("24:00", "24:30")).hasMessageStartingWith("start");
    assertThatThrownBy(() -> new TimeRange("08:00:30", "09:00")).hasMessageStartingWith("start");
    assertThatThrownBy(() -> new TimeRange("8:00", "09:00")).hasMessageStartingWith("start");
  }

  @Test
  void at_most_four_ranges_a_day() {
    List<TimeRange> five = List.of(new TimeRange("06:00", "07:00"), new TimeRange("08:00", "09:00"),
        new TimeRange("10:00", "11:00"), new TimeRange("12:00", "13:00"), new TimeRange("14:00", "15:00"));

    assertThatThrownBy(() -> WorkingWeek.day(five, "monday")).hasMessage("monday has at most 4 working ranges");
  }

  @Test
  void skills_are_normalised_sorted_and_without_repeats() {
    assertThat(Skills.of(List.of(" Gas  Safe ", "electrics", "gas safe"))).containsExactly("electrics", "gas safe");
    assertThatThrownBy(() -> Skills.of(List.of("  "))).isInstanceOf(IllegalArgumentException.class);
  }
}

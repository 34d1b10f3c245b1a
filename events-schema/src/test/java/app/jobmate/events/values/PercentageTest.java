package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

  @Test
  void twelve_and_a_half_percent_is_1250_basis_points() {
    assertThat(Percentage.of("12.5").basisPoints()).isEqualTo(1250);
    assertThat(Percentage.of("12.5")).hasToString("12.5%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "0.5", "33.33", "100", "100.00"})
  void is_a_percentage(String value) {
    assertThat(Percentage.of(value).value()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "100.01", "150", "12.345", "0.001"})
  void is_refused(String value) {
    assertThatThrownBy(() -> Percentage.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trailing_zeros_make_no_difference_and_a_whole_percentage_is_written_plainly() throws JsonProcessingException {
    assertThat(Percentage.of("10.00")).isEqualTo(Percentage.of("10"));
    assertThat(EventJson.mapper().writeValueAsString(Percentage.of("10.00"))).isEqualTo("10");
    assertThat(EventJson.mapper().readValue("12.50", Percentage.class)).isEqualTo(Percentage.of("12.5"));
  }
}

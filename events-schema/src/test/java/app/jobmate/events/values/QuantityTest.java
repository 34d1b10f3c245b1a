package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @Test
  void a_third_of_an_hour_to_three_decimals_is_a_quantity() {
    assertThat(Quantity.of("0.333").thousandths()).isEqualTo(333);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0001", "1.2345", "0", "0.000", "-1", "-0.001", "1000000.001", "1000001"})
  void is_refused(String value) {
    assertThatThrownBy(() -> Quantity.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_million_is_the_most() {
    assertThat(Quantity.of("1000000").thousandths()).isEqualTo(1_000_000_000L);
  }

  @Test
  void trailing_zeros_make_no_difference() {
    assertThat(Quantity.of("1.500")).isEqualTo(Quantity.of("1.5"));
    assertThat(Quantity.of("2.000")).isEqualTo(Quantity.of("2"));
    assertThat(Quantity.of("1E+1")).isEqualTo(Quantity.of("10"));
  }

  @Test
  void a_quantity_is_a_plain_number_on_the_wire() throws JsonProcessingException {
    assertThat(EventJson.mapper().writeValueAsString(Quantity.of("1.500"))).isEqualTo("1.5");
    assertThat(EventJson.mapper().writeValueAsString(Quantity.of("1000000"))).isEqualTo("1000000");
    assertThat(EventJson.mapper().readValue("12", Quantity.class)).isEqualTo(Quantity.of("12"));
    assertThat(EventJson.mapper().readValue("0.333", Quantity.class)).isEqualTo(Quantity.of("0.333"));
    assertThatThrownBy(() -> EventJson.mapper().readValue("0.0001", Quantity.class))
        .isInstanceOf(JsonProcessingException.class);
  }
}

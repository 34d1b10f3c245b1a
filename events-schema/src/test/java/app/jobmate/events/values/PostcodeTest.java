package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

  @ParameterizedTest
  @CsvSource({"sw1a1aa, SW1A 1AA", "' SW1A  1AA ', SW1A 1AA", "m1 1ae, M1 1AE", "B33 8TH, B33 8TH", "cr2 6xh, CR2 6XH",
      "DN55 1PT, DN55 1PT", "w1a 0ax, W1A 0AX", "EC1A 1BB, EC1A 1BB", "gir0aa, GIR 0AA"})
  void a_uk_postcode_is_upper_case_with_one_space_before_the_inward_code(String typed, String normalised) {
    assertThat(Postcode.of(typed)).hasToString(normalised);
    assertThat(Postcode.of(typed).compact()).isEqualTo(normalised.replace(" ", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "SW1A", "SW1A 1A", "1SW 1AA", "SW1A 1AAA", "SWAA 1AA", "75008", "SW1A-1AA", "K1A 0B1",
      "SW1A 1ÄA"})
  void what_is_not_the_shape_of_a_uk_postcode_is_refused(String typed) {
    assertThatThrownBy(() -> Postcode.of(typed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UK postcode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sw1a 1aa", "SW1A1AA", "SW1A  1AA"})
  void the_record_itself_holds_only_the_normalised_form(String value) {
    assertThatThrownBy(() -> new Postcode(value)).isInstanceOf(IllegalArgumentException.class);
  }
}

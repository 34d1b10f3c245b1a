package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.team.MobileNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MobileNumberTest {

  @ParameterizedTest
  @CsvSource({"07700 900123, +447700900123", "07700-900-123, +447700900123", "+44 7700 900123, +447700900123",
      "+44 (0)7700 900123, +447700900123", "0044 7700 900123, +447700900123", "447700900123, +447700900123",
      "+447700900123, +447700900123", "07123.456.789, +447123456789"})
  void a_uk_mobile_number_is_kept_in_e164(String typed, String e164) {
    assertThat(MobileNumber.of(typed).value()).isEqualTo(e164);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "020 7946 0000", "01632 960 001", "+33 6 12 34 56 78", "7700 900123",
      "0770090012", "077009001234", "+4477009001234", "07700 9OO123", "++447700900123", "+44 (0)20 7946 0000",
      "0800 123 4567", "07700 900123 07700 900123 0770090"})
  void what_is_not_a_uk_mobile_number_is_refused(String typed) {
    assertThatThrownBy(() -> MobileNumber.of(typed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UK mobile number");
  }

  @Test
  void nothing_is_refused_too() {
    assertThatThrownBy(() -> MobileNumber.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void its_text_shows_only_the_last_three_digits_so_a_log_line_never_holds_it_whole() {
    assertThat(MobileNumber.of("07700 900123")).hasToString("+447*******123");
  }
}

package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource({"07700 900123, +447700900123", "07700-900-123, +447700900123", "020 7946 0000, +442079460000",
      "(020) 7946 0000, +442079460000", "+44 7700 900123, +447700900123", "+44 (0)7700 900123, +447700900123",
      "0044 7700 900123, +447700900123", "+33 1 23 45 67 89, +33123456789", "01632 960 001, +441632960001",
      "+1 (202) 555-0143, +12025550143"})
  void a_number_is_normalised_to_e164(String typed, String e164) {
    assertThat(PhoneNumber.of(typed)).hasToString(e164);
  }

  @ParameterizedTest
  @CsvSource({"+447700900123, 07700900123", "+33123456789, 33123456789"})
  void a_uk_number_also_has_its_national_digits(String e164, String national) {
    assertThat(PhoneNumber.of(e164).nationalDigits()).isEqualTo(national);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "7700 900123", "077009", "077009001234", "+44 0770 090 0123", "+0 123 4567",
      "+1234567890123456", "07700 9OO123", "ext 123", "+44", "++447700900123"})
  void what_is_neither_a_uk_number_nor_an_international_one_is_refused(String typed) {
    assertThatThrownBy(() -> PhoneNumber.of(typed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone number");
  }
}

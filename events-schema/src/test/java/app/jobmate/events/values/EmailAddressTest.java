package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @CsvSource({"sam@example.co.uk, sam@example.co.uk", "' Sam.Patel@Example.CO.UK ', Sam.Patel@example.co.uk",
      "zoë@example.com, zoë@example.com"})
  void the_domain_is_kept_in_lower_case_and_the_local_part_as_typed(String typed, String kept) {
    assertThat(EmailAddress.of(typed)).hasToString(kept);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sam", "sam@", "@example.com", "sam@example", "sam patel@example.com", "sam@exa mple.com",
      "sam@-example.com"})
  void what_is_not_an_email_address_is_refused(String typed) {
    assertThatThrownBy(() -> EmailAddress.of(typed)).isInstanceOf(IllegalArgumentException.class);
  }
}

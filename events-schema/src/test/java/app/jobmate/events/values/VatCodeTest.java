package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatCodeTest {

  @ParameterizedTest
  @CsvSource({
      "STANDARD, standard, 20, 2000",
      "REDUCED, reduced, 5, 500",
      "ZERO, zero, 0, 0",
      "EXEMPT, exempt, 0, 0",
      "REVERSE_CHARGE, reverse-charge, 20, 0"})
  void has_its_wire_name_and_rates(VatCode code, String wireName, String shownRate, int chargedBasisPoints)
      throws JsonProcessingException {
    assertThat(code.wireName()).isEqualTo(wireName);
    assertThat(VatCode.fromWireName(wireName)).isEqualTo(code);
    assertThat(EventJson.mapper().writeValueAsString(code)).isEqualTo("\"" + wireName + "\"");
    assertThat(code.ratePercent()).isEqualTo(new BigDecimal(shownRate));
    assertThat(code.chargedBasisPoints()).isEqualTo(chargedBasisPoints);
  }

  @Test
  void the_rate_shown_is_a_plain_number() throws JsonProcessingException {
    assertThat(VatCode.STANDARD.ratePercent().scale()).isZero();
    assertThat(EventJson.mapper().writeValueAsString(VatCode.STANDARD.ratePercent())).isEqualTo("20");
  }

  @Test
  void an_unknown_code_is_refused_naming_the_known_ones() {
    assertThatThrownBy(() -> VatCode.fromWireName("STANDARD")).hasMessageContaining("reverse-charge");
    assertThatThrownBy(() -> EventJson.mapper().readValue("\"luxury\"", VatCode.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void wire_names_are_unique() {
    assertThat(Arrays.stream(VatCode.values()).map(VatCode::wireName)).doesNotHaveDuplicates();
  }
}

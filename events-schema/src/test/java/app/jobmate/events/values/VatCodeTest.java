package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatCodeTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

  @ParameterizedTest
  @CsvSource({
      "STANDARD, standard, 20, true, false, true",
      "REDUCED, reduced, 5, true, false, true",
      "ZERO, zero, 0, true, false, true",
      "EXEMPT, exempt, 0, false, false, true",
      "OUTSIDE_SCOPE, outside-scope, 0, false, false, false",
      "REVERSE_CHARGE, reverse-charge, 20, false, true, true",
      "REVERSE_CHARGE_REDUCED, reverse-charge-reduced, 5, false, true, true"})
  void has_its_wire_name_rate_and_treatment(VatCode code, String wireName, String shownRate, boolean charges,
                                            boolean reverseCharged, boolean inScope) throws JsonProcessingException {
    assertThat(code.wireName()).isEqualTo(wireName);
    assertThat(VatCode.fromWireName(wireName)).isEqualTo(code);
    assertThat(EventJson.mapper().writeValueAsString(code)).isEqualTo("\"" + wireName + "\"");
    assertThat(code.ratePercentOn(TODAY)).isEqualTo(new BigDecimal(shownRate));
    assertThat(code.charges()).isEqualTo(charges);
    assertThat(code.reverseCharged()).isEqualTo(reverseCharged);
    assertThat(code.inScope()).isEqualTo(inScope);
  }

  @Test
  void the_rate_shown_is_a_plain_number() throws JsonProcessingException {
    assertThat(VatCode.STANDARD.ratePercentOn(TODAY).scale()).isZero();
    assertThat(EventJson.mapper().writeValueAsString(VatCode.STANDARD.ratePercentOn(TODAY))).isEqualTo("20");
    assertThat(VatCode.STANDARD.ratePercentOn(LocalDate.of(2010, 6, 1))).isEqualTo(new BigDecimal("17.5"));
  }

  @Test
  void a_rate_changes_on_its_date() {
    assertThat(VatCode.STANDARD.basisPointsOn(LocalDate.of(2008, 11, 30))).isEqualTo(1750);
    assertThat(VatCode.STANDARD.basisPointsOn(LocalDate.of(2008, 12, 1))).isEqualTo(1500);
    assertThat(VatCode.STANDARD.basisPointsOn(LocalDate.of(2010, 1, 1))).isEqualTo(1750);
    assertThat(VatCode.STANDARD.basisPointsOn(LocalDate.of(2011, 1, 3))).isEqualTo(1750);
    assertThat(VatCode.STANDARD.basisPointsOn(LocalDate.of(2011, 1, 4))).isEqualTo(2000);
    assertThat(VatCode.REVERSE_CHARGE_REDUCED.basisPointsOn(TODAY)).isEqualTo(500);
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

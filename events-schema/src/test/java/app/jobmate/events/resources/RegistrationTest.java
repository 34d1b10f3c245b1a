package app.jobmate.events.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationTest {

  @ParameterizedTest(name = "{0} is kept as {1}")
  @CsvSource({
      "AB12 CDE, AB12CDE",    // current, since 2001
      "ab12cde, AB12CDE",
      "A123 BCD, A123BCD",    // prefix, 1983-2001
      "A1 BCD, A1BCD",
      "ABC 123D, ABC123D",    // suffix, 1963-1983
      "ABC 1234, ABC1234",    // dateless
      "1234 AB, 1234AB",
      "K 1, K1",
      "' xy 51 abc ', XY51ABC"})
  void a_registration_is_kept_upper_case_without_spaces(String entered, String kept) {
    assertThat(Registration.of(entered).value()).isEqualTo(kept);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"", " ", "AB12CDEF", "12345", "ABCD123", "AB-12-CDE", "AB12CD3", "ÄB12CDE", "AB12 CDE 1234567890X"})
  void anything_not_shaped_like_a_uk_registration_is_refused(String entered) {
    assertThatThrownBy(() -> Registration.of(entered)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("registration must be a UK registration");
  }

  @org.junit.jupiter.api.Test
  void the_vehicle_fields_are_refused_on_equipment() {
    ResourceDetails ladder = new ResourceDetails("Ladder tower", Registration.of("AB12CDE"), null, null, null, true);

    assertThatThrownBy(() -> new ResourceEvent.ResourceAdded(ResourceId.of("0193c1a0-6666-7abc-8def-0123456789ab"),
        ResourceKind.EQUIPMENT, ladder)).hasMessage("registration is only for a vehicle");
  }
}

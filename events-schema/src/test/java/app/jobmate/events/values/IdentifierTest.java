package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventJson;
import app.jobmate.events.quotes.QuoteId;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @Test
  void parses_the_canonical_form() {
    assertThat(Identifier.parse("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"))
        .isEqualTo(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"));
    assertThat(Identifier.parse("0193A5B2-7C41-7D2E-9F3A-1B2C3D4E5F60"))
        .isEqualTo(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1-2-3-4-5",
      "0193a5b27c417d2e9f3a1b2c3d4e5f60",
      "{0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60}",
      " 0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60",
      "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f6",
      "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f600",
      "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5g60",
      ""})
  void refuses_anything_else(String text) {
    assertThatThrownBy(() -> Identifier.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuses_null() {
    assertThatThrownBy(() -> Identifier.parse(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuoteId(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_id_is_its_lower_case_canonical_string_on_the_wire() throws JsonProcessingException {
    QuoteId id = QuoteId.of("0193A5B2-7C41-7D2E-9F3A-1B2C3D4E5F60");

    assertThat(EventJson.mapper().writeValueAsString(id)).isEqualTo("\"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60\"");
    assertThat(EventJson.mapper().readValue("\"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60\"", QuoteId.class)).isEqualTo(id);
    assertThatThrownBy(() -> EventJson.mapper().readValue("\"1-2-3-4-5\"", QuoteId.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void ids_of_different_things_are_never_equal() {
    UUID same = UUID.fromString("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");

    assertThat((Object) new CustomerId(same)).isNotEqualTo(new JobId(same));
  }
}

package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"acme-plumbing", "t", "T_1", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"})
  void is_a_tenant_id(String value) {
    assertThat(TenantId.of(value).value()).isEqualTo(value);
  }

  @Test
  void sixty_four_characters_is_the_most() {
    assertThat(TenantId.of("a".repeat(64))).hasToString("a".repeat(64));
    assertThatThrownBy(() -> TenantId.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-acme", "_acme", "acme plumbing", "acme#quote", "acme/1", "acmé"})
  void is_refused(String value) {
    assertThatThrownBy(() -> TenantId.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void is_refused_when_missing() {
    assertThatThrownBy(() -> TenantId.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void is_a_string_on_the_wire() throws JsonProcessingException {
    assertThat(EventJson.mapper().writeValueAsString(TenantId.of("acme"))).isEqualTo("\"acme\"");
    assertThat(EventJson.mapper().readValue("\"acme\"", TenantId.class)).isEqualTo(TenantId.of("acme"));
  }
}

package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SealedTest {

  private static final String KEY = "0193b0c4-9999-7abc-8def-0123456789ab";

  @Test
  void a_sealed_value_holds_its_key_nonce_and_ciphertext_in_base64() {
    Sealed sealed = new Sealed(KEY, new byte[12], new byte[20]);

    assertThat(sealed.nonce()).isEqualTo("AAAAAAAAAAAAAAAA");
    assertThat(sealed.nonceBytes()).hasSize(12);
    assertThat(sealed.ciphertextBytes()).hasSize(20);
  }

  @Test
  void a_nonce_is_twelve_bytes_and_a_ciphertext_longer_than_its_tag() {
    assertThatThrownBy(() -> new Sealed(KEY, new byte[16], new byte[20])).hasMessageContaining("nonce");
    assertThatThrownBy(() -> new Sealed(KEY, new byte[12], new byte[16])).hasMessageContaining("ciphertext");
    assertThatThrownBy(() -> new Sealed(KEY, "AAAAAAAAAAAAAAA!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAA")).hasMessageContaining("base64");
    assertThatThrownBy(() -> new Sealed("not-a-key", new byte[12], new byte[20])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void it_never_prints_its_bytes() {
    assertThat(new Sealed(KEY, new byte[12], new byte[20])).hasToString("Sealed[keyId=" + KEY + "]");
  }
}

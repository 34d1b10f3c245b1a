package app.jobmate.events.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuoteNumberTest {

  @Test
  void the_first_revision_shows_the_number_alone() {
    assertThat(QuoteNumber.of(42).display(1)).isEqualTo("Q-00042");
  }

  @Test
  void a_later_revision_shows_after_a_slash() {
    assertThat(QuoteNumber.of(42).display(2)).isEqualTo("Q-00042/2");
    assertThat(QuoteNumber.of(7).display(12)).isEqualTo("Q-00007/12");
  }

  @Test
  void a_number_past_five_digits_is_shown_whole() {
    assertThat(QuoteNumber.of(123_456).display(1)).isEqualTo("Q-123456");
  }

  @Test
  void numbers_start_at_1() {
    assertThat(QuoteNumber.of(1).value()).isEqualTo(1);
    assertThatThrownBy(() -> QuoteNumber.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuoteNumber.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}

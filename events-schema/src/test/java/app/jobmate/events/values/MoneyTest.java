package app.jobmate.events.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void money_is_whole_pence_shown_as_pounds() {
    Money money = Money.ofPence(123_456);

    assertThat(money.pounds()).isEqualByComparingTo(new BigDecimal("1234.56"));
    assertThat(money.pounds().scale()).isEqualTo(2);
    assertThat(money).hasToString("£1234.56");
    assertThat(Money.ofPence(-5)).hasToString("-£0.05");
  }

  @Test
  void sums_are_exact_and_never_overflow_silently() {
    assertThat(Money.ofPence(1999).plus(Money.ofPence(1))).isEqualTo(Money.ofPence(2000));
    assertThat(Money.ofPence(5).minus(Money.ofPence(7))).isEqualTo(Money.ofPence(-2));
    assertThat(Money.ofPence(-2).isNegative()).isTrue();
    assertThat(Money.ofPence(7).min(Money.ofPence(5))).isEqualTo(Money.ofPence(5));
    assertThatThrownBy(() -> Money.ofPence(Money.LIMIT_PENCE).plus(Money.ofPence(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void amounts_beyond_a_hundred_billion_pounds_are_refused() {
    assertThat(Money.ofPence(Money.LIMIT_PENCE).pence()).isEqualTo(10_000_000_000_000L);
    assertThatThrownBy(() -> Money.ofPence(Money.LIMIT_PENCE + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.ofPence(-Money.LIMIT_PENCE - 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void money_is_an_integer_on_the_wire_and_a_fraction_of_a_penny_is_refused() throws JsonProcessingException {
    assertThat(EventJson.mapper().writeValueAsString(Money.ofPence(1250))).isEqualTo("1250");
    assertThat(EventJson.mapper().readValue("1250", Money.class)).isEqualTo(Money.ofPence(1250));
    assertThatThrownBy(() -> EventJson.mapper().readValue("12.5", Money.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void money_orders_by_amount() {
    assertThat(Money.ofPence(1)).isGreaterThan(Money.ZERO).isLessThan(Money.ofPence(2));
  }
}

package app.jobmate.events.expenses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Which amount of an expense was entered (as on the receipt); the other was derived ({@link ExpensePricing}). */
public enum AmountEntered {
  NET("net"),
  GROSS("gross");

  private final String wireName;

  AmountEntered(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static AmountEntered fromWireName(String wireName) {
    return Arrays.stream(values()).filter(a -> a.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown amount entered '" + wireName + "'; expected net or gross"));
  }
}

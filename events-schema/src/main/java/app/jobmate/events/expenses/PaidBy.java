package app.jobmate.events.expenses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Who paid the supplier: the business itself, or a member of its team out of their own pocket, who
 * is then owed the gross amount (reimbursed once the expense is approved).
 */
public enum PaidBy {
  COMPANY("company"),
  MEMBER("member");

  private final String wireName;

  PaidBy(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static PaidBy fromWireName(String wireName) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown paidBy '" + wireName + "'; expected company or member"));
  }
}

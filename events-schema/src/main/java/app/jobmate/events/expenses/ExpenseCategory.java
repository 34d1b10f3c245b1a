package app.jobmate.events.expenses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What an expense was for (docs/business-rules.md, expenses). */
public enum ExpenseCategory {
  MATERIALS("materials"),
  FUEL("fuel"),
  TOOLS("tools"),
  SUBSISTENCE("subsistence"),
  SUBCONTRACTORS("subcontractors"),
  MILEAGE("mileage"),
  OTHER("other");

  private final String wireName;

  ExpenseCategory(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static ExpenseCategory fromWireName(String wireName) {
    return Arrays.stream(values()).filter(c -> c.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown category '" + wireName + "'; expected one of "
            + Arrays.stream(values()).map(ExpenseCategory::wireName).toList()));
  }
}

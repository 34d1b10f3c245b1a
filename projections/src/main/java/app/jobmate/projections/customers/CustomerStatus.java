package app.jobmate.projections.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Where a customer stands: in the day-to-day list, archived, merged into another, or erased. */
public enum CustomerStatus {
  ACTIVE("active"),
  ARCHIVED("archived"),
  MERGED("merged"),
  ERASED("erased");

  private final String wireName;

  CustomerStatus(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static CustomerStatus fromWireName(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown status '" + wireName + "'"));
  }
}

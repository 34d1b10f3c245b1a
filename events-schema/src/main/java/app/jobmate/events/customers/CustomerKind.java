package app.jobmate.events.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Whether a customer is a person or a company (which may also have a trading name). */
public enum CustomerKind {
  PERSON("person"),
  COMPANY("company");

  private final String wireName;

  CustomerKind(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static CustomerKind fromWireName(String wireName) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + wireName + "'; expected one of "
            + Arrays.stream(values()).map(CustomerKind::wireName).toList()));
  }
}

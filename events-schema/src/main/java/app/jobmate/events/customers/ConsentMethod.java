package app.jobmate.events.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a customer gave their consent to marketing (UK GDPR Article 7: the business must be able to show it). */
public enum ConsentMethod {
  IN_PERSON("in-person"),
  PHONE("phone"),
  EMAIL("email"),
  WEB_FORM("web-form"),
  PAPER_FORM("paper-form");

  private final String wireName;

  ConsentMethod(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static ConsentMethod fromWireName(String wireName) {
    return Arrays.stream(values()).filter(m -> m.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown method '" + wireName + "'; expected one of "
            + Arrays.stream(values()).map(ConsentMethod::wireName).toList()));
  }
}

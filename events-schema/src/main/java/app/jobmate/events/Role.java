package app.jobmate.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a person may do in their business (docs/business-rules.md, roles); the Cognito group of the same name. */
public enum Role {
  OWNER("owner"),
  ADMIN("admin"),
  STAFF("staff");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static Role fromWireName(String wireName) {
    return find(wireName).orElseThrow(() -> new IllegalArgumentException("unknown role '" + wireName + "'"));
  }

  public static Optional<Role> find(String wireName) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(wireName)).findFirst();
  }
}

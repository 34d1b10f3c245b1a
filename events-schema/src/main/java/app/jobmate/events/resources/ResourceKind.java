package app.jobmate.events.resources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a resource is: a vehicle (registration, MOT and service dates) or any other equipment. */
public enum ResourceKind {
  VEHICLE("vehicle"),
  EQUIPMENT("equipment");

  private final String wireName;

  ResourceKind(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static ResourceKind fromWireName(String wireName) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + wireName + "'; expected vehicle or equipment"));
  }
}

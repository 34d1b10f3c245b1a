package app.jobmate.events.expenses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a mileage claim was driven or ridden in: HMRC's approved mileage allowance payments differ by vehicle. */
public enum Vehicle {
  CAR_OR_VAN("car-or-van"),
  MOTORCYCLE("motorcycle"),
  BICYCLE("bicycle");

  private final String wireName;

  Vehicle(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static Vehicle fromWireName(String wireName) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown vehicle '" + wireName
            + "'; expected car-or-van, motorcycle or bicycle"));
  }
}

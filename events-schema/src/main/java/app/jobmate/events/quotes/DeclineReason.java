package app.jobmate.events.quotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Why a customer declined a quote; the pipeline report counts them. */
public enum DeclineReason {
  PRICE("price"),
  TIMING("timing"),
  CHOSE_ANOTHER_SUPPLIER("chose-another-supplier"),
  NO_LONGER_NEEDED("no-longer-needed"),
  OTHER("other");

  private final String wireName;

  DeclineReason(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static DeclineReason fromWireName(String wireName) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown decline reason '" + wireName + "'; expected one of "
            + Arrays.stream(values()).map(DeclineReason::wireName).toList()));
  }
}

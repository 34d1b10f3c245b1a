package app.jobmate.events.resources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Why a member is away: only the kind, never a reason in words (sickness is health data: none is kept). */
public enum AbsenceKind {
  HOLIDAY("holiday"),
  SICKNESS("sickness"),
  TRAINING("training"),
  OTHER("other");

  private final String wireName;

  AbsenceKind(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static AbsenceKind fromWireName(String wireName) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + wireName + "'; expected one of "
            + Arrays.stream(values()).map(AbsenceKind::wireName).toList()));
  }
}

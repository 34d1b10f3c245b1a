package app.jobmate.events.diary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What an appointment is: a visit to a job, a meeting, or time blocked out (holiday, training, the dentist). */
public enum AppointmentKind {
  JOB_VISIT("job-visit"),
  MEETING("meeting"),
  BLOCKED("blocked");

  private final String wireName;

  AppointmentKind(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static AppointmentKind fromWireName(String wireName) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + wireName + "'; expected one of "
            + Arrays.stream(values()).map(AppointmentKind::wireName).toList()));
  }
}

package app.jobmate.notifications.tasks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Where a task is in its life: Open -> InProgress -> Done, or Cancelled. */
public enum TaskStatus {
  OPEN("open"),
  IN_PROGRESS("in-progress"),
  DONE("done"),
  CANCELLED("cancelled");

  private final String wireName;

  TaskStatus(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static TaskStatus fromWireName(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown task status '" + wireName + "'"));
  }
}

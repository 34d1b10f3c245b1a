package app.jobmate.projections.tasks;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Where a task is in its life cycle: Open -> InProgress -> Done, or Cancelled. */
public enum TaskStatus {
  OPEN("open"),
  IN_PROGRESS("in-progress"),
  DONE("done"),
  CANCELLED("cancelled");

  /** Still to be done: what "open" means in the reports (Open and InProgress). */
  public static final Set<TaskStatus> UNFINISHED = Set.copyOf(EnumSet.of(OPEN, IN_PROGRESS));

  private final String wireName;

  TaskStatus(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Optional<TaskStatus> find(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }

  public boolean isFinished() {
    return !UNFINISHED.contains(this);
  }
}

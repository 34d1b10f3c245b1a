package app.jobmate.projections.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a job is in its life: Open -> Scheduled -> InProgress -> Completed, or Cancelled. */
public enum JobStatus {
  OPEN("open"),
  SCHEDULED("scheduled"),
  IN_PROGRESS("in-progress"),
  COMPLETED("completed"),
  CANCELLED("cancelled");

  private final String wireName;

  JobStatus(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Optional<JobStatus> find(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }
}

package app.jobmate.projections.costing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a job is, as the costing report filters on it (the jobs' own statuses, by their wire names). */
public enum JobStage {
  OPEN("open"),
  SCHEDULED("scheduled"),
  IN_PROGRESS("in-progress"),
  COMPLETED("completed"),
  CANCELLED("cancelled");

  private final String wireName;

  JobStage(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Optional<JobStage> find(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }
}

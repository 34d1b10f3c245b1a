package app.jobmate.notifications.tasks.reminders;

import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.notifications.messages.ClientMessage;
import app.jobmate.notifications.tasks.TaskStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's morning reminder ({@code reminder.today}, docs/notifications.md "Due today"): their
 * visits of {@code day} in start order and their open tasks due that day, sent once a day to each of
 * their connections when they have either. Nobody caused it, so it has no {@code by}; it is no
 * subject's, so it has no version on the wire. Each task due is also sent on its own
 * ({@code task.due-today}), as before. No price.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "day", "visits", "tasks", "at"})
public record DayReminder(LocalDate day, List<ReminderVisit> visits, List<Task> tasks, Instant at)
    implements ClientMessage {

  public static final String TYPE = "reminder.today";

  /** A task due that day, as the list shows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"taskId", "title", "priority", "status", "jobId", "version"})
  public record Task(TaskId taskId, String title, TaskPriority priority, TaskStatus status, JobId jobId, long version) {
    public Task {
      if (taskId == null || status == null) {
        throw new IllegalArgumentException("taskId and status are required");
      }
    }
  }

  public DayReminder {
    if (day == null || visits == null || tasks == null || at == null) {
      throw new IllegalArgumentException("day, visits, tasks and at are required");
    }
    visits = List.copyOf(visits);
    tasks = List.copyOf(tasks);
  }

  @JsonProperty("type")
  @Override
  public String type() {
    return TYPE;
  }

  @JsonIgnore
  @Override
  public long version() {
    return 0;
  }

  @JsonIgnore
  @Override
  public boolean showsPrices() {
    return false;
  }
}

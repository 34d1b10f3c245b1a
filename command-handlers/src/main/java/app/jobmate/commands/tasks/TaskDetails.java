package app.jobmate.commands.tasks;

import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import java.time.LocalDate;

/**
 * What a task says besides who has it, its checklist and how far it has got. A blank description
 * is none, as on the wire, so that details read back from events compare equal to the same details
 * sent again.
 */
public record TaskDetails(String title, String description, JobId jobId, LocalDate dueDate, TaskPriority priority) {

  public TaskDetails {
    title = Require.text(title, TaskEvent.MAX_TITLE, "title");
    description = Require.optionalText(description, TaskEvent.MAX_DESCRIPTION, "description");
    Require.present(priority, "priority");
  }
}

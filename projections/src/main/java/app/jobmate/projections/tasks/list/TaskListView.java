package app.jobmate.projections.tasks.list;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.tasks.Task;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of a task list as the API answers it: each task with its id, version and whether it is
 * overdue today; the cursor of the next page, when there is one; the page size used.
 */
public record TaskListView(List<Entry> items, String nextCursor, int limit) {

  public TaskListView {
    items = List.copyOf(items);
  }

  /** A task in a list: what only the task page shows is left out (the progress stays). */
  public record Entry(String taskId, long version,
                      @JsonUnwrapped @JsonIgnoreProperties({"description", "checklist", "history"}) Task task,
                      boolean overdue) {

    public static Entry of(Versioned<Task> task, LocalDate today) {
      return new Entry(task.streamId(), task.version(), task.document(), task.document().overdueOn(today));
    }
  }
}

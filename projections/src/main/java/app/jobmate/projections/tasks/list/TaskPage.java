package app.jobmate.projections.tasks.list;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.tasks.Task;
import java.util.List;
import java.util.Optional;

/** A page of a task list and, when there is more, the cursor of the next page. */
public record TaskPage(List<Versioned<Task>> items, Optional<TaskCursor> next) {

  public TaskPage {
    items = List.copyOf(items);
  }

  /**
   * The page of {@code query} from the first {@code limit + 1} matching tasks in order: the extra
   * one only says that there is a next page.
   */
  public static TaskPage of(ListTasks query, List<Versioned<Task>> upToLimitPlusOne) {
    if (upToLimitPlusOne.size() <= query.limit()) {
      return new TaskPage(upToLimitPlusOne, Optional.empty());
    }
    List<Versioned<Task>> page = upToLimitPlusOne.subList(0, query.limit());
    Versioned<Task> last = page.getLast();
    return new TaskPage(page, Optional.of(TaskCursor.after(query.sort(), query.order(), last.document(),
        last.streamId())));
  }
}

package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.tasks.TaskDecider;
import app.jobmate.commands.tasks.TaskDetails;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of task commands, read strictly: unknown fields, wrong types and values the value types
 * refuse are all reported at once, each under its field's name.
 */
final class TaskRequests {

  static final String ASSIGNEE = "assignee";
  static final LocalDate EARLIEST_DUE_DATE = LocalDate.of(2000, 1, 1);
  private static final String[] DETAIL_FIELDS = {"title", "description", "jobId", "dueDate", "priority"};
  // a member's id is their user pool sub, a UUID; "unassigned" and made-up names are not ids
  private static final Reader<UserId> USER = Reader.text(36, text -> {
    Identifier.parse(text);
    return UserId.of(text);
  });
  private static final Reader<ChecklistItemId> ITEM_ID = Reader.id(ChecklistItemId::of);
  static final Reader<String> REASON = Reader.text(TaskEvent.MAX_REASON);
  static final Reader<String> ITEM_TEXT = Reader.text(ChecklistItem.MAX_TEXT);

  private TaskRequests() {
  }

  static String[] createFields() {
    return CommandRequests.names(DETAIL_FIELDS, "taskId", ASSIGNEE, "checklist", CommandRequests.EXPECTED_VERSION);
  }

  static String[] detailFields() {
    return CommandRequests.names(DETAIL_FIELDS, CommandRequests.EXPECTED_VERSION);
  }

  static TaskId taskId(Fields f) {
    return f.required("taskId", Reader.id(TaskId::of));
  }

  /**
   * The details, whole: an absent optional detail is none, an absent priority is normal. A due date
   * may be past (a task written down late) but not before 2000, and at most ten years ahead.
   */
  static TaskDetails details(Fields f, LocalDate today) {
    String title = f.required("title", Reader.text(TaskEvent.MAX_TITLE));
    String description = f.optional("description", Reader.text(TaskEvent.MAX_DESCRIPTION));
    JobId jobId = f.optional("jobId", Reader.id(JobId::of));
    LocalDate dueDate = f.optional("dueDate", Reader.date(EARLIEST_DUE_DATE, today.plusYears(10)));
    TaskPriority priority = f.optional("priority", Reader.text(20, TaskPriority::fromWireName));
    return f.isValid() ? new TaskDetails(title, description, jobId, dueDate,
        priority == null ? TaskPriority.NORMAL : priority) : null;
  }

  /** The first assignee of a new task; absent or {@code null} for no one. */
  static UserId firstAssignee(Fields f) {
    return f.optional(ASSIGNEE, USER);
  }

  /**
   * The assignee of {@code PUT /tasks/{taskId}/assignee}: a user id, or {@code null} to unassign.
   * The field must be there either way, so that an empty body does not unassign by accident.
   */
  static UserId assignee(JsonNode body, Fields f) {
    if (!body.has(ASSIGNEE)) {
      f.reject(ASSIGNEE, "is required: a user id, or null for no one");
      return null;
    }
    return f.optional(ASSIGNEE, USER);
  }

  /** The checklist of a new task, each item not yet done; absent reads as none. */
  static List<ChecklistItem> checklist(Fields f) {
    return f.list("checklist", TaskDecider.MAX_CHECKLIST, item -> {
      item.allowOnly("itemId", "text");
      ChecklistItemId itemId = item.required("itemId", ITEM_ID);
      String text = item.required("text", ITEM_TEXT);
      return itemId == null || text == null ? null : new ChecklistItem(itemId, text, false);
    });
  }

  static ChecklistItemId itemId(Fields f) {
    return f.required("itemId", ITEM_ID);
  }
}

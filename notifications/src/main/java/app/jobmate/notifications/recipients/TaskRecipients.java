package app.jobmate.notifications.recipients;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemAdded;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemRemoved;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemUnticked;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskEvent.TaskUnassigned;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.messages.TaskMessage;
import app.jobmate.notifications.messages.TaskMessage.Kind;
import app.jobmate.notifications.summaries.Subject;
import app.jobmate.notifications.summaries.TaskSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Tasks (DOMAIN.md, notifications): the person who has a task hears of everything that happens to
 * it; a person it is taken from hears that it left them. Every message shows the task as it now
 * stands.
 *
 * <ul>
 *   <li>assigned, reassigned, unassigned: each person the event names is told {@code task.assigned}
 *       if they have the task now (and this event gave it to them), {@code task.removed} if they
 *       do not — so an assignment that arrives after a later one only ever takes the task away;</li>
 *   <li>created or changed: whoever has the task, {@code task.changed}, unless a later change was
 *       already seen;</li>
 *   <li>checklist changes: whoever has the task, {@code task.checklist-changed};</li>
 *   <li>started, completed, cancelled: whoever has the task, unless a later status was already seen.</li>
 * </ul>
 *
 * <p>A person's own action is told to them too: they may have the task open on another device,
 * and the device that acted already shows the message's version, so it ignores it.
 */
public final class TaskRecipients implements NoticeRules<TaskEvent, TaskSummary> {

  @Override
  public Class<TaskEvent> eventType() {
    return TaskEvent.class;
  }

  @Override
  public TaskSummary empty(Subject subject) {
    return TaskSummary.empty(TaskId.of(subject.streamId()));
  }

  @Override
  public TaskSummary apply(TaskSummary summary, EventEnvelope envelope, TaskEvent event) {
    return summary.apply(envelope.version(), event);
  }

  @Override
  public List<Notice> notices(EventEnvelope envelope, TaskEvent event, TaskSummary task) {
    long version = envelope.version();
    return switch (event) {
      case TaskCreated e -> task.detailsVersion() == version ? toAssignee(Kind.CHANGED, task, envelope) : List.of();
      case TaskChanged e -> task.detailsVersion() == version ? toAssignee(Kind.CHANGED, task, envelope) : List.of();
      case TaskAssigned e -> toNamed(List.of(e.assignee()), task, envelope);
      case TaskReassigned e -> toNamed(List.of(e.from(), e.to()), task, envelope);
      case TaskUnassigned e -> toNamed(List.of(e.from()), task, envelope);
      case TaskChecklistItemAdded e -> toAssignee(Kind.CHECKLIST_CHANGED, task, envelope);
      case TaskChecklistItemTicked e -> toAssignee(Kind.CHECKLIST_CHANGED, task, envelope);
      case TaskChecklistItemUnticked e -> toAssignee(Kind.CHECKLIST_CHANGED, task, envelope);
      case TaskChecklistItemRemoved e -> toAssignee(Kind.CHECKLIST_CHANGED, task, envelope);
      case TaskStarted e -> task.statusVersion() == version ? toAssignee(Kind.STARTED, task, envelope) : List.of();
      case TaskCompleted e -> task.statusVersion() == version ? toAssignee(Kind.COMPLETED, task, envelope) : List.of();
      case TaskCancelled e -> task.statusVersion() == version ? toAssignee(Kind.CANCELLED, task, envelope) : List.of();
    };
  }

  private static List<Notice> toAssignee(Kind kind, TaskSummary task, EventEnvelope envelope) {
    return task.assignee() == null ? List.of()
        : List.of(new Notice(new Audience.Person(task.assignee()), TaskMessage.of(kind, task, envelope)));
  }

  private static List<Notice> toNamed(List<UserId> named, TaskSummary task, EventEnvelope envelope) {
    List<Notice> notices = new ArrayList<>();
    for (UserId person : named) {
      if (!person.equals(task.assignee())) {
        notices.add(new Notice(new Audience.Person(person), TaskMessage.of(Kind.REMOVED, task, envelope)));
      } else if (task.assigneeVersion() == envelope.version()) {
        notices.add(new Notice(new Audience.Person(person), TaskMessage.of(Kind.ASSIGNED, task, envelope)));
      }
    }
    return notices;
  }
}

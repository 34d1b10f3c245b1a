package app.jobmate.notifications.tasks;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
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
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import app.jobmate.notifications.recipients.NoticeRules;
import app.jobmate.notifications.tasks.TaskMessage.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tasks: the person who has a task hears of everything that happens to it; a person it is taken
 * from hears that it left them. Every message shows the task as it now stands, and a person hears
 * once of everything a coalescing window brought:
 *
 * <ul>
 *   <li>whoever does not have the task now, but had it when last told or was named by an
 *       assignment since, is told {@code task.removed};</li>
 *   <li>whoever has it now and got it since they were last told is told {@code task.assigned}
 *       (it is new to them, whatever happened to it after);</li>
 *   <li>whoever had it throughout is told what happened last: {@code task.changed},
 *       {@code task.checklist-changed}, {@code task.started}, {@code task.completed} or
 *       {@code task.cancelled}.</li>
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
  public TaskSummary empty(StreamId subject) {
    return TaskSummary.empty(TaskId.of(subject.streamId()));
  }

  @Override
  public TaskSummary apply(TaskSummary summary, EventEnvelope envelope, TaskEvent event) {
    return summary.apply(envelope.version(), event);
  }

  @Override
  public List<Notice> notices(Changes<TaskEvent, TaskSummary> changes) {
    TaskSummary task = changes.after();
    Set<UserId> concerned = new LinkedHashSet<>();
    if (changes.before().assignee() != null) {
      concerned.add(changes.before().assignee());
    }
    changes.events().forEach(change -> concerned.addAll(named(change.event())));
    if (task.assignee() != null) {
      concerned.add(task.assignee());
    }
    List<Notice> notices = new ArrayList<>();
    for (UserId person : concerned) {
      Kind kind = !person.equals(task.assignee()) ? Kind.REMOVED
          : task.assigneeVersion() > changes.toldVersion() ? Kind.ASSIGNED
          : kindOf(changes.latestEvent());
      notices.add(new Notice(new Audience.Person(person), TaskMessage.of(kind, task, changes.latest())));
    }
    return notices;
  }

  /** Who an assignment event names: they may have gained or lost the task. */
  private static List<UserId> named(TaskEvent event) {
    return switch (event) {
      case TaskAssigned e -> List.of(e.assignee());
      case TaskReassigned e -> List.of(e.from(), e.to());
      case TaskUnassigned e -> List.of(e.from());
      case TaskCreated e -> List.of();
      case TaskChanged e -> List.of();
      case TaskChecklistItemAdded e -> List.of();
      case TaskChecklistItemTicked e -> List.of();
      case TaskChecklistItemUnticked e -> List.of();
      case TaskChecklistItemRemoved e -> List.of();
      case TaskStarted e -> List.of();
      case TaskCompleted e -> List.of();
      case TaskCancelled e -> List.of();
    };
  }

  /** What an event is, to the person who has the task. */
  private static Kind kindOf(TaskEvent event) {
    return switch (event) {
      case TaskCreated e -> Kind.CHANGED;
      case TaskChanged e -> Kind.CHANGED;
      case TaskAssigned e -> Kind.ASSIGNED;
      case TaskReassigned e -> Kind.ASSIGNED;
      case TaskUnassigned e -> Kind.REMOVED;
      case TaskChecklistItemAdded e -> Kind.CHECKLIST_CHANGED;
      case TaskChecklistItemTicked e -> Kind.CHECKLIST_CHANGED;
      case TaskChecklistItemUnticked e -> Kind.CHECKLIST_CHANGED;
      case TaskChecklistItemRemoved e -> Kind.CHECKLIST_CHANGED;
      case TaskStarted e -> Kind.STARTED;
      case TaskCompleted e -> Kind.COMPLETED;
      case TaskCancelled e -> Kind.CANCELLED;
    };
  }
}

package app.jobmate.notifications.tasks;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
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
import app.jobmate.events.tasks.TaskEvents;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.notifications.push.AfterFlush;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.recipients.NoticeRules;
import app.jobmate.notifications.tasks.due.DueTasks;
import app.jobmate.notifications.tasks.due.TaskDueDates;
import java.util.List;
import java.util.Set;

/**
 * Tasks in real time: whoever has a task hears of everything that happens to it
 * ({@link TaskRecipients}), and every flush of a task places it in the due-date index
 * ({@code due}) from which the morning reminders ({@code reminders}) are sent.
 */
public final class TaskNotifications implements NotifyingContext {

  private static final TaskRecipients RULES = new TaskRecipients();

  private final DueTasks dueTasks;

  public TaskNotifications(DueTasks dueTasks) {
    this.dueTasks = dueTasks;
  }

  @Override
  public EventContext events() {
    return TaskEvents.CONTEXT;
  }

  @Override
  public NoticeRules<TaskEvent, TaskSummary> rules() {
    return RULES;
  }

  /** Every task event: whoever has the task, or had it, is told. */
  @Override
  public Set<Class<? extends DomainEvent>> notified() {
    return Set.of(TaskCreated.class, TaskChanged.class, TaskAssigned.class, TaskReassigned.class, TaskUnassigned.class,
        TaskChecklistItemAdded.class, TaskChecklistItemTicked.class, TaskChecklistItemUnticked.class,
        TaskChecklistItemRemoved.class, TaskStarted.class, TaskCompleted.class, TaskCancelled.class);
  }

  @Override
  public Set<Class<? extends DomainEvent>> notNotified() {
    return Set.of();
  }

  @Override
  public List<AfterFlush> afterFlush() {
    return List.of(this::placeInDueDateIndex);
  }

  /** A task's place in the due-date index, from its whole stream: every flush places it again, idempotently. */
  private void placeInDueDateIndex(StreamId subject, List<Delivered> stream) {
    TaskDueDates dates = TaskDueDates.empty(TaskStreams.of(subject.tenantId(), TaskId.of(subject.streamId())));
    for (Delivered delivered : stream) {
      dates = dates.apply(delivered.envelope().version(), TaskEvent.class.cast(delivered.event()));
    }
    dueTasks.place(dates.placement());
  }
}

package app.jobmate.commands.tasks;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.tasks.TaskCommand.AddChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.AssignTask;
import app.jobmate.commands.tasks.TaskCommand.CancelTask;
import app.jobmate.commands.tasks.TaskCommand.ChangeTask;
import app.jobmate.commands.tasks.TaskCommand.CompleteTask;
import app.jobmate.commands.tasks.TaskCommand.CreateTask;
import app.jobmate.commands.tasks.TaskCommand.RemoveChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.StartTask;
import app.jobmate.commands.tasks.TaskCommand.TickChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.UntickChecklistItem;
import app.jobmate.commands.tasks.TaskState.Cancelled;
import app.jobmate.commands.tasks.TaskState.Done;
import app.jobmate.commands.tasks.TaskState.Existing;
import app.jobmate.commands.tasks.TaskState.InProgress;
import app.jobmate.commands.tasks.TaskState.None;
import app.jobmate.commands.tasks.TaskState.Open;
import app.jobmate.commands.tasks.TaskState.Task;
import app.jobmate.commands.tasks.TaskState.Unfinished;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rules of a task (docs/business-rules.md, tasks and roles), as a pure decider. Owners and admins may do
 * anything to any task. Staff see only the tasks assigned to them: any other task is not found.
 * On their own tasks they may start, complete, and tick or untick checklist items; anything else
 * is forbidden.
 */
public final class TaskDecider implements Decider<TaskCommand, TaskState, TaskEvent> {

  public static final int MAX_CHECKLIST = TaskEvent.MAX_CHECKLIST;

  public static final TaskDecider INSTANCE = new TaskDecider();

  private TaskDecider() {
  }

  @Override
  public TaskState initialState() {
    return new None();
  }

  @Override
  public Class<TaskEvent> eventType() {
    return TaskEvent.class;
  }

  @Override
  public List<TaskEvent> decide(TaskCommand command, TaskState state) {
    authorize(command, state);
    if (state instanceof None && !(command instanceof CreateTask)) {
      throw notFound(command.taskId());
    }
    return switch (command) {
      case CreateTask c when state instanceof None -> create(c);
      case CreateTask c -> throw Rejection.conflict("task.already-exists", "task " + c.taskId() + " already exists");

      case AssignTask c when state instanceof Unfinished u -> assign(u.task(), c);
      case AssignTask c -> throw finished(c, state);

      case ChangeTask c when state instanceof Unfinished u -> u.task().details().equals(c.details()) ? List.of()
          : List.of(changed(c));
      case ChangeTask c -> throw finished(c, state);

      case AddChecklistItem c when state instanceof Unfinished u -> addItem(u.task(), c);
      case AddChecklistItem c -> throw finished(c, state);

      case TickChecklistItem c when state instanceof Unfinished u -> requireItem(u.task(), c.itemId()).done() ? List.of()
          : List.of(new TaskChecklistItemTicked(c.taskId(), c.itemId()));
      case TickChecklistItem c -> throw finished(c, state);

      case UntickChecklistItem c when state instanceof Unfinished u -> requireItem(u.task(), c.itemId()).done()
          ? List.of(new TaskChecklistItemUnticked(c.taskId(), c.itemId())) : List.of();
      case UntickChecklistItem c -> throw finished(c, state);

      case RemoveChecklistItem c when state instanceof Unfinished u -> {
        requireItem(u.task(), c.itemId());
        yield List.of(new TaskChecklistItemRemoved(c.taskId(), c.itemId()));
      }
      case RemoveChecklistItem c -> throw finished(c, state);

      case StartTask c when state instanceof Open -> List.of(new TaskStarted(c.taskId(), c.at()));
      case StartTask c when state instanceof InProgress -> throw Rejection.conflict("task.not-open",
          "only an open task can be started; task " + c.taskId() + " is already in progress");
      case StartTask c -> throw finished(c, state);

      case CompleteTask c when state instanceof Unfinished -> List.of(new TaskCompleted(c.taskId(), c.at()));
      case CompleteTask c -> throw finished(c, state);

      case CancelTask c when state instanceof Unfinished -> List.of(new TaskCancelled(c.taskId(), c.at(), c.reason()));
      case CancelTask c -> throw finished(c, state);
    };
  }

  @Override
  public TaskState evolve(TaskState state, TaskEvent event) {
    return switch (event) {
      case TaskCreated e -> {
        expect(None.class, state, e);
        yield new Open(new Task(new TaskDetails(e.title(), e.description(), e.jobId(), e.dueDate(), e.priority()), null,
            e.checklist()));
      }
      case TaskAssigned e -> change(state, e, task -> task.withAssignee(e.assignee()));
      case TaskReassigned e -> change(state, e, task -> task.withAssignee(e.to()));
      case TaskUnassigned e -> change(state, e, task -> task.withAssignee(null));
      case TaskChanged e -> change(state, e, task -> task.withDetails(new TaskDetails(e.title(), e.description(),
          e.jobId(), e.dueDate(), e.priority())));
      case TaskChecklistItemAdded e -> change(state, e, task -> {
        List<ChecklistItem> items = new ArrayList<>(task.checklist());
        items.add(e.item());
        return task.withChecklist(items);
      });
      case TaskChecklistItemTicked e -> change(state, e, task -> ticked(task, e.itemId(), true));
      case TaskChecklistItemUnticked e -> change(state, e, task -> ticked(task, e.itemId(), false));
      case TaskChecklistItemRemoved e -> change(state, e, task -> task.withChecklist(
          task.checklist().stream().filter(i -> !i.itemId().equals(e.itemId())).toList()));
      case TaskStarted e -> new InProgress(expect(Open.class, state, e).task());
      case TaskCompleted e -> new Done(expect(Unfinished.class, state, e).task());
      case TaskCancelled e -> new Cancelled(expect(Unfinished.class, state, e).task());
    };
  }

  /**
   * Who may do what (docs/business-rules.md, roles). Staff get 404 for a task that is not theirs, so that they
   * cannot learn whether it exists, and 403 for what they may not do to one that is.
   */
  private static void authorize(TaskCommand command, TaskState state) {
    Actor actor = command.actor();
    if (actor.roles().contains(Role.OWNER) || actor.roles().contains(Role.ADMIN)) {
      return;
    }
    if (command instanceof CreateTask) {
      throw Rejection.forbidden("task.forbidden", "only an owner or admin may create tasks");
    }
    boolean theirs = state instanceof Existing e && e.task().isAssignedTo(actor.userId());
    if (!theirs) {
      throw notFound(command.taskId());
    }
    if (!staffMay(command)) {
      throw Rejection.forbidden("task.forbidden", "staff may only start, complete and tick off the checklist of the "
          + "tasks assigned to them; ask an owner or admin to change, assign or cancel a task");
    }
  }

  private static boolean staffMay(TaskCommand command) {
    return switch (command) {
      case StartTask c -> true;
      case CompleteTask c -> true;
      case TickChecklistItem c -> true;
      case UntickChecklistItem c -> true;
      case CreateTask c -> false;
      case AssignTask c -> false;
      case ChangeTask c -> false;
      case AddChecklistItem c -> false;
      case RemoveChecklistItem c -> false;
      case CancelTask c -> false;
    };
  }

  private static List<TaskEvent> create(CreateTask c) {
    if (c.checklist().size() > MAX_CHECKLIST) {
      throw checklistFull();
    }
    Set<ChecklistItemId> ids = new HashSet<>();
    for (ChecklistItem item : c.checklist()) {
      if (!ids.add(item.itemId())) {
        throw Rejection.unprocessable("task.duplicate-checklist-item", "checklist item " + item.itemId()
            + " appears twice");
      }
    }
    TaskDetails d = c.details();
    List<TaskEvent> events = new ArrayList<>();
    events.add(new TaskCreated(c.taskId(), d.title(), d.description(), d.jobId(), d.dueDate(), d.priority(),
        c.checklist()));
    if (c.assignee() != null) {
      events.add(new TaskAssigned(c.taskId(), c.assignee()));
    }
    return events;
  }

  private static List<TaskEvent> assign(Task task, AssignTask c) {
    UserId from = task.assignee();
    UserId to = c.assignee();
    if (Objects.equals(from, to)) {
      return List.of();
    }
    if (from == null) {
      return List.of(new TaskAssigned(c.taskId(), to));
    }
    return List.of(to == null ? new TaskUnassigned(c.taskId(), from) : new TaskReassigned(c.taskId(), from, to));
  }

  private static TaskChanged changed(ChangeTask c) {
    TaskDetails d = c.details();
    return new TaskChanged(c.taskId(), d.title(), d.description(), d.jobId(), d.dueDate(), d.priority());
  }

  private static List<TaskEvent> addItem(Task task, AddChecklistItem c) {
    if (task.item(c.itemId()).isPresent()) {
      throw Rejection.conflict("task.checklist-item-exists", "the checklist already has item " + c.itemId());
    }
    if (task.checklist().size() >= MAX_CHECKLIST) {
      throw checklistFull();
    }
    return List.of(new TaskChecklistItemAdded(c.taskId(), new ChecklistItem(c.itemId(), c.text(), false)));
  }

  private static ChecklistItem requireItem(Task task, ChecklistItemId itemId) {
    return task.item(itemId).orElseThrow(() -> Rejection.notFound("task.checklist-item-not-found",
        "the task's checklist has no item " + itemId));
  }

  private static Task ticked(Task task, ChecklistItemId itemId, boolean done) {
    return task.withChecklist(task.checklist().stream()
        .map(i -> i.itemId().equals(itemId) ? new ChecklistItem(i.itemId(), i.text(), done) : i).toList());
  }

  /** The unfinished task after {@code event}, still open or still in progress. */
  private static Unfinished change(TaskState state, TaskEvent event, UnaryOperator<Task> change) {
    Unfinished unfinished = expect(Unfinished.class, state, event);
    Task changed = change.apply(unfinished.task());
    return switch (unfinished) {
      case Open o -> new Open(changed);
      case InProgress p -> new InProgress(changed);
    };
  }

  private static Rejection notFound(TaskId taskId) {
    return Rejection.notFound("task.not-found", "there is no task " + taskId);
  }

  private static Rejection finished(TaskCommand command, TaskState state) {
    return Rejection.conflict("task.finished", "task " + command.taskId() + " is " + stateName(state)
        + "; a finished task does not change");
  }

  private static Rejection checklistFull() {
    return Rejection.unprocessable("task.checklist-full", "a checklist has at most " + MAX_CHECKLIST + " items");
  }

  static String stateName(TaskState state) {
    return switch (state) {
      case None n -> "not created";
      case Open o -> "open";
      case InProgress p -> "in progress";
      case Done d -> "done";
      case Cancelled c -> "cancelled";
    };
  }

  private static <T> T expect(Class<T> type, TaskState state, TaskEvent event) {
    if (!type.isInstance(state)) {
      throw new IllegalStateException(event.getClass().getSimpleName() + " cannot follow a task that is "
          + stateName(state));
    }
    return type.cast(state);
  }
}

package app.jobmate.projections.testing;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
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
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the events of one task as the command side would store them: envelopes with versions
 * from 1, times moving on, and the actor. It keeps the assignee and checklist, so that a
 * reassignment names whom the task moves from and ticks name real items.
 */
public final class TaskStream {

  public static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));

  private final TenantId tenant;
  private final TaskId taskId;
  private final List<EventEnvelope> envelopes = new ArrayList<>();
  private final Map<ChecklistItemId, ChecklistItem> checklist = new LinkedHashMap<>();
  private Instant clock;
  private Actor actor = OWNER;
  private UserId assignee;
  private int items;

  public TaskStream(String tenant, TaskId taskId, Instant start) {
    this.tenant = TenantId.of(tenant);
    this.taskId = taskId;
    this.clock = start;
  }

  public static TaskStream of(String tenant, String taskId, Instant start) {
    return new TaskStream(tenant, TaskId.of(taskId), start);
  }

  /** A staff member, as the actor of what they do to their own tasks. */
  public static Actor staff(String user) {
    return new Actor(UserId.of(user), List.of(Role.STAFF));
  }

  public TaskId taskId() {
    return taskId;
  }

  public TenantId tenant() {
    return tenant;
  }

  public Instant now() {
    return clock;
  }

  public long version() {
    return envelopes.size();
  }

  public List<EventEnvelope> envelopes() {
    return List.copyOf(envelopes);
  }

  public String assignee() {
    return assignee == null ? null : assignee.value();
  }

  public List<ChecklistItem> checklist() {
    return List.copyOf(checklist.values());
  }

  public TaskStream by(Actor who) {
    this.actor = who;
    return this;
  }

  public TaskStream after(Duration duration) {
    clock = clock.plus(duration);
    return this;
  }

  /** A new checklist item, not yet on the task (for {@link #created} or {@link #itemAdded}). */
  public ChecklistItem item(String text) {
    items++;
    String hex = taskId.toString().replace("-", "");
    return new ChecklistItem(ChecklistItemId.of(String.format("%s-%s-%s-%s-%012x", hex.substring(0, 8),
        hex.substring(8, 12), hex.substring(12, 16), hex.substring(16, 20), items)), text, false);
  }

  public EventEnvelope created(String title, String description, JobId jobId, LocalDate due, TaskPriority priority,
                               List<ChecklistItem> items) {
    items.forEach(i -> checklist.put(i.itemId(), i));
    return append(new TaskCreated(taskId, title, description, jobId, due, priority, items));
  }

  public EventEnvelope created(String title, LocalDate due, TaskPriority priority) {
    return created(title, null, null, due, priority, List.of());
  }

  public EventEnvelope assigned(String user) {
    assignee = UserId.of(user);
    return append(new TaskAssigned(taskId, assignee));
  }

  public EventEnvelope reassigned(String to) {
    UserId from = assignee;
    assignee = UserId.of(to);
    return append(new TaskReassigned(taskId, from, assignee));
  }

  public EventEnvelope unassigned() {
    UserId from = assignee;
    assignee = null;
    return append(new TaskUnassigned(taskId, from));
  }

  public EventEnvelope changed(String title, String description, JobId jobId, LocalDate due, TaskPriority priority) {
    return append(new TaskChanged(taskId, title, description, jobId, due, priority));
  }

  public EventEnvelope itemAdded(ChecklistItem item) {
    checklist.put(item.itemId(), item);
    return append(new TaskChecklistItemAdded(taskId, item));
  }

  public EventEnvelope ticked(ChecklistItemId itemId) {
    ChecklistItem item = checklist.get(itemId);
    checklist.put(itemId, new ChecklistItem(itemId, item.text(), true));
    return append(new TaskChecklistItemTicked(taskId, itemId));
  }

  public EventEnvelope unticked(ChecklistItemId itemId) {
    ChecklistItem item = checklist.get(itemId);
    checklist.put(itemId, new ChecklistItem(itemId, item.text(), false));
    return append(new TaskChecklistItemUnticked(taskId, itemId));
  }

  public EventEnvelope removed(ChecklistItemId itemId) {
    checklist.remove(itemId);
    return append(new TaskChecklistItemRemoved(taskId, itemId));
  }

  public EventEnvelope started() {
    return append(new TaskStarted(taskId, clock));
  }

  public EventEnvelope completed() {
    return append(new TaskCompleted(taskId, clock));
  }

  public EventEnvelope cancelled(String reason) {
    return append(new TaskCancelled(taskId, clock, reason));
  }

  /** The envelope of {@code event} as the next of this stream, stored at the current schema version. */
  public EventEnvelope append(TaskEvent event) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    long version = envelopes.size() + 1;
    EventEnvelope envelope = new EventEnvelope(
        UUID.nameUUIDFromBytes((tenant + "/" + taskId + "/" + version).getBytes(StandardCharsets.UTF_8)).toString(),
        type.name(), type.schemaVersion(), tenant, "task", taskId.toString(), version, clock, "cmd-" + version,
        "corr-" + taskId, null, actor, EventCodec.standard().encode(event));
    envelopes.add(envelope);
    clock = clock.plusSeconds(60);
    return envelope;
  }
}

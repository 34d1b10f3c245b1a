package app.jobmate.notifications.tasks.reminders;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.messages.MessageJson;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.notifications.push.Sender;
import app.jobmate.notifications.tasks.TaskMessage;
import app.jobmate.notifications.tasks.due.DueTask;
import app.jobmate.notifications.tasks.due.DueTasks;
import app.jobmate.notifications.tasks.due.TaskDueDates;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Plan;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Remind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The morning reminders (the assignee of a task is notified on the day it is due;
 * docs/notifications.md, "Due today"). A day's run is a chain of work on the reminder queue:
 *
 * <ol>
 *   <li>{@link Plan}: a page of the tasks the due-date index lists for the day, one {@link Remind}
 *       each, and a {@code Plan} of the next page — so each piece of work is small, however many
 *       tenants and tasks the day has;</li>
 *   <li>{@link Remind}: fold the task's stream from the store (the index may be a moment behind);
 *       if it is an open task of an assignee due that day and the assignee has a connection open,
 *       claim the day's reminder, send {@code task.due-today} to each of their connections (410
 *       Gone: forget the connection), and record it sent — or give the claim back if a send failed,
 *       so that the work, done again, sends it.</li>
 * </ol>
 *
 * A rerun or a duplicate plans the same tasks again and reminds nobody twice (the {@link ReminderLog}).
 * One task's failure fails only its own work. Nothing is sent once the day is over.
 */
public final class DueTodayReminders {

  /** Days begin and end in the UK (instants are UTC; a day is Europe/London's, across the clock changes). */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  private final DueTasks dueTasks;
  private final ReminderLog log;
  private final ReminderQueue queue;
  private final EventHistory history;
  private final ConnectionRegistry registry;
  private final Sender sender;
  private final EventCodec codec;
  private final Clock clock;
  private final int pageSize;

  public DueTodayReminders(DueTasks dueTasks, ReminderLog log, ReminderQueue queue, EventHistory history,
                           ConnectionRegistry registry, Sender sender, EventCodec codec, Clock clock, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("a page holds at least one task");
    }
    this.dueTasks = dueTasks;
    this.log = log;
    this.queue = queue;
    this.history = history;
    this.registry = registry;
    this.sender = sender;
    this.codec = codec;
    this.clock = clock;
    this.pageSize = pageSize;
  }

  /** The day a schedule's occurrence falls on, in the UK: 07:00 in London is 06:00 UTC in summer, 07:00 in winter. */
  public static LocalDate dayOf(Instant occurrence) {
    return LocalDate.ofInstant(occurrence, UK);
  }

  /** The work that starts a day's run: plan it from the first task due that day. */
  public static ReminderWork start(LocalDate day) {
    return new Plan(day, null);
  }

  /** Does each piece of {@code batch}; answers the indexes of those that failed, and why. */
  public Map<Integer, Exception> handle(List<ReminderWork> batch) {
    Map<Integer, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      try {
        switch (batch.get(i)) {
          case Plan plan -> plan(plan);
          case Remind remind -> remind(remind);
        }
      } catch (RuntimeException e) {
        failed.put(i, e);
      }
    }
    return failed;
  }

  /**
   * Queues a reminder of each task of one page of the day, and the plan of the next page.
   *
   * @throws RuntimeException when the index could not be read or the work not queued: plan again
   */
  public void plan(Plan plan) {
    if (isOver(plan.day())) {
      return;
    }
    DueTasks.Page page = dueTasks.dueOn(plan.day(), Optional.ofNullable(plan.after()), pageSize);
    List<ReminderWork> next = new ArrayList<>();
    for (DueTask due : page.tasks()) {
      next.add(new Remind(plan.day(), due.task()));
    }
    page.next().ifPresent(after -> next.add(new Plan(plan.day(), after)));
    queue.send(next);
  }

  /**
   * Reminds the assignee of one task that it is due today, at most once that day.
   *
   * @throws RuntimeException when a read or a send failed; the reminder is not recorded as sent
   */
  public Reminded remind(Remind remind) {
    if (isOver(remind.day())) {
      return Reminded.DAY_OVER;
    }
    StreamId ref = remind.task();
    TaskDueDates task = fold(ref);
    if (!task.isDueOn(remind.day())) {
      return Reminded.NOT_DUE;
    }
    List<Connection> devices = registry.ofUser(ref.tenantId(), task.task().assignee()).stream()
        // never across tenants, whatever a registry answers
        .filter(c -> c.tenantId().equals(ref.tenantId()))
        .toList();
    if (devices.isEmpty()) {
      return Reminded.NOBODY_CONNECTED;
    }
    Optional<ReminderLog.Claim> claim = log.claim(remind.day(), ref);
    if (claim.isEmpty()) {
      return Reminded.ALREADY_SENT;
    }
    String message = MessageJson.write(TaskMessage.dueToday(task.task(), clock.instant()));
    Map<ConnectionId, String> outgoing = new LinkedHashMap<>();
    devices.forEach(device -> outgoing.put(device.id(), message));
    try {
      sender.sendAll(outgoing);
    } catch (RuntimeException e) {
      try {
        log.giveBack(claim.get());
      } catch (RuntimeException giveBack) {
        // the claim lapses after its lease instead: the work, done again, finds it lapsed
        e.addSuppressed(giveBack);
      }
      throw e;
    }
    log.sent(claim.get());
    return Reminded.SENT;
  }

  private TaskDueDates fold(StreamId ref) {
    TaskDueDates task = TaskDueDates.empty(ref);
    for (EventEnvelope stored : history.read(ref, 1)) {
      Delivered delivered = Delivered.read(stored, codec);
      task = task.apply(delivered.envelope().version(), TaskEvent.class.cast(delivered.event()));
    }
    return task;
  }

  private boolean isOver(LocalDate day) {
    return !clock.instant().isBefore(day.plusDays(1).atStartOfDay(UK).toInstant());
  }
}

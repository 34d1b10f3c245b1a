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
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.tasks.TaskSummary;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Plan;
import app.jobmate.notifications.tasks.reminders.ReminderWork.PlanVisits;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Remind;
import app.jobmate.notifications.tasks.reminders.ReminderWork.RemindMember;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
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
 *       so that the work, done again, sends it;</li>
 *   <li>each page of tasks also queues a {@link RemindMember} for each assignee on it, and the last
 *       one a {@link PlanVisits}: pages of the people with a visit that day ({@link VisitsOfTheDay}),
 *       one {@code RemindMember} each;</li>
 *   <li>{@link RemindMember}: the person's visits of the day (in start order) and their open tasks due
 *       that day, both as the store now has them; if they have either and a connection open, claim
 *       the person's reminder of the day and send one {@code reminder.today} listing both, as a task's.</li>
 * </ol>
 *
 * A rerun or a duplicate plans the same tasks again and reminds nobody twice (the {@link ReminderLog}).
 * One task's failure fails only its own work. Nothing is sent once the day is over.
 */
public final class DueTodayReminders {

  /** Days begin and end in the UK (instants are UTC; a day is Europe/London's, across the clock changes). */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  private final DueTasks dueTasks;
  private final VisitsOfTheDay visits;
  private final ReminderLog log;
  private final ReminderQueue queue;
  private final EventHistory history;
  private final ConnectionRegistry registry;
  private final Sender sender;
  private final EventCodec codec;
  private final Clock clock;
  private final int pageSize;

  public DueTodayReminders(DueTasks dueTasks, VisitsOfTheDay visits, ReminderLog log, ReminderQueue queue,
                           EventHistory history, ConnectionRegistry registry, Sender sender, EventCodec codec,
                           Clock clock, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("a page holds at least one task");
    }
    this.dueTasks = dueTasks;
    this.visits = visits;
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
          case PlanVisits plan -> planVisits(plan);
          case RemindMember member -> remindMember(member);
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
    Set<RemindMember> members = new LinkedHashSet<>();
    for (DueTask due : page.tasks()) {
      next.add(new Remind(plan.day(), due.task()));
      members.add(new RemindMember(plan.day(), due.task().tenantId(), due.assignee()));
    }
    next.addAll(members);
    next.add(page.next().<ReminderWork>map(after -> new Plan(plan.day(), after))
        .orElseGet(() -> new PlanVisits(plan.day(), null)));
    queue.send(next);
  }

  /**
   * Queues the day's reminder of each person with a visit on one page of the day's visits, and the
   * plan of the next page. A person already reminded for their tasks is reminded nobody twice: the log.
   *
   * @throws RuntimeException when the visits could not be read or the work not queued: plan again
   */
  public void planVisits(PlanVisits plan) {
    if (isOver(plan.day())) {
      return;
    }
    VisitsOfTheDay.Page page = visits.members(plan.day(), Optional.ofNullable(plan.after()), pageSize);
    Set<ReminderWork> next = new LinkedHashSet<>();
    for (VisitsOfTheDay.Member member : page.members()) {
      next.add(new RemindMember(plan.day(), member.tenant(), member.member()));
    }
    page.next().ifPresent(after -> next.add(new PlanVisits(plan.day(), after)));
    queue.send(List.copyOf(next));
  }

  /**
   * Sends a person their reminder of the day — their visits in start order and their open tasks due,
   * as the store now has them — at most once that day, and nothing when they have neither.
   *
   * @throws RuntimeException when a read or a send failed; the reminder is not recorded as sent
   */
  public Reminded remindMember(RemindMember remind) {
    if (isOver(remind.day())) {
      return Reminded.DAY_OVER;
    }
    List<ReminderVisit> theirVisits = visits.of(remind.day(), remind.tenant(), remind.member());
    List<DayReminder.Task> theirTasks = new ArrayList<>();
    for (DueTask listed : dueTasks.ofAssignee(remind.day(), remind.tenant(), remind.member())) {
      TaskDueDates task = fold(listed.task());
      if (task.isDueOn(remind.day()) && remind.member().equals(task.task().assignee())) {
        theirTasks.add(taskOf(task.task()));
      }
    }
    if (theirVisits.isEmpty() && theirTasks.isEmpty()) {
      return Reminded.NOT_DUE;
    }
    String message = MessageJson.write(new DayReminder(remind.day(), theirVisits, theirTasks, clock.instant()));
    return sendOnce(remind.day(), memberSubject(remind.tenant(), remind.member()), remind.member(), message);
  }

  /**
   * What the reminder log keeps a person's reminder of a day under: a stream-like key of their own
   * kind ({@code member}), apart from every task's. A person's id may hold '#', which a stream id may
   * not: it is URL-encoded.
   */
  static StreamId memberSubject(TenantId tenant, UserId member) {
    return new StreamId(tenant, "member", URLEncoder.encode(member.value(), StandardCharsets.UTF_8));
  }

  private static DayReminder.Task taskOf(TaskSummary task) {
    TaskSummary.Details details = task.details();
    return new DayReminder.Task(task.taskId(), details == null ? null : details.title(),
        details == null ? null : details.priority(), task.status(), details == null ? null : details.jobId(),
        task.version());
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
    String message = MessageJson.write(TaskMessage.dueToday(task.task(), clock.instant()));
    return sendOnce(remind.day(), ref, task.task().assignee(), message);
  }

  /** Claims the day's reminder of {@code subject}, sends {@code message} to every connection of {@code person}, and records it. */
  private Reminded sendOnce(LocalDate day, StreamId subject, UserId person, String message) {
    List<Connection> devices = registry.ofUser(subject.tenantId(), person).stream()
        // never across tenants, whatever a registry answers
        .filter(c -> c.tenantId().equals(subject.tenantId()))
        .toList();
    if (devices.isEmpty()) {
      return Reminded.NOBODY_CONNECTED;
    }
    Optional<ReminderLog.Claim> claim = log.claim(day, subject);
    if (claim.isEmpty()) {
      return Reminded.ALREADY_SENT;
    }
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

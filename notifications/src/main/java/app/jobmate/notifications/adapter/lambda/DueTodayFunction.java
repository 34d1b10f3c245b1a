package app.jobmate.notifications.adapter.lambda;

import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.notifications.adapter.sqs.ReminderMessage;
import app.jobmate.notifications.adapter.sqs.SqsReminderQueue;
import app.jobmate.notifications.tasks.reminders.DueTodayReminders;
import app.jobmate.notifications.tasks.reminders.ReminderQueue;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The morning schedule's function (EventBridge Scheduler, {@code cron(0 7 * * ? *)} in
 * {@code Europe/London}): it starts the day's reminders by queuing the plan of the day on the
 * reminder queue, where {@link DueTodayReminderFunction} does the rest, page by page and task by
 * task. The day is the one the schedule's occurrence falls on in the UK, taken from the event's
 * {@code time} — never from this function's clock, so that a retry or a late run reminds of the
 * day it was meant for. The event is EventBridge's "Scheduled Event" JSON, or the scheduler
 * target's {@code Input} shaped like it with {@code "time": "<aws.scheduler.scheduled-time>"}.
 *
 * <p>Settings: {@code REMINDER_QUEUE_URL}.
 */
public final class DueTodayFunction implements RequestHandler<Map<String, Object>, Map<String, String>> {

  // what priming needs of a scheduled event: its time
  private static final Map<String, Object> PRIMING_EVENT = Map.of("detail-type", "Scheduled Event",
      "time", "2026-11-27T07:00:00Z", "id", "snapstart-priming");

  private final ReminderQueue queue;

  public DueTodayFunction() {
    this(new SqsReminderQueue(AwsClients.sqs(), FunctionSettings.current().require("REMINDER_QUEUE_URL")));
    SnapStartPriming.beforeSnapshot("DueTodayFunction", this::prime);
  }

  public DueTodayFunction(ReminderQueue queue) {
    this.queue = queue;
  }

  /** Reads an occurrence and writes the day's first message, as an invocation does, and sends nothing. */
  void prime() {
    ReminderMessage.read(ReminderMessage.write(DueTodayReminders.start(DueTodayReminders.dayOf(occurrence(PRIMING_EVENT)))));
  }

  /** @throws IllegalArgumentException for an event without a {@code time}: the invocation fails, and says why */
  @Override
  public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
    Instant occurrence = occurrence(event);
    LocalDate day = DueTodayReminders.dayOf(occurrence);
    queue.send(List.of(DueTodayReminders.start(day)));
    context.getLogger().log("INFO the reminders of " + day + " are queued (occurrence " + occurrence + ", event "
        + event.get("id") + ")");
    return Map.of("day", day.toString());
  }

  private static Instant occurrence(Map<String, Object> event) {
    Object time = event == null ? null : event.get("time");
    if (!(time instanceof String text)) {
      throw new IllegalArgumentException("the scheduled event has no time (the occurrence whose day is reminded of)");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the scheduled event's time is not an ISO-8601 instant: " + text, e);
    }
  }
}

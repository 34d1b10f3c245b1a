package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventContext;
import app.jobmate.events.customers.CustomerEvents;
import app.jobmate.events.jobs.JobEvents;
import app.jobmate.events.mileage.MileageEvents;
import app.jobmate.events.resources.ResourceEvents;
import app.jobmate.events.team.TeamEvents;
import app.jobmate.notifications.expenses.ExpenseNotifications;
import app.jobmate.notifications.diary.DiaryNotifications;
import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.push.AfterFlush;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.quotes.QuoteNotifications;
import app.jobmate.notifications.tasks.TaskNotifications;
import app.jobmate.notifications.tasks.due.DueTasks;
import java.util.List;

/**
 * The contexts notifications follow, one line each: the composition root's list, which the push
 * and flush functions are wired with. To add a context: a package with its rules, summary, message
 * and declaration (a {@link NotifyingContext}), and one line here. Every context events-schema
 * publishes is either here or in {@link #NOT_NOTIFIED}; {@code ContextWiringTest} checks both.
 */
public final class Contexts {

  /**
   * Published contexts whose events tell nobody in real time: the push rule does not deliver them.
   * Jobs: staff are told about their tasks and their diary, not about the job around them. Customers:
   * nobody is told about a customer's record (and personal data never travels in a push). Team: nobody
   * is told; a removed member's connections are closed by {@link RemovedMemberFunction} on its own rule.
   * Mileage: a person's count of miles tells nobody; the steps of its expenses do.
   */
  public static final List<EventContext> NOT_NOTIFIED = List.of(
      JobEvents.CONTEXT,
      CustomerEvents.CONTEXT,
      TeamEvents.CONTEXT,
      MileageEvents.CONTEXT,
      // resources: equipment and vehicles change in the office; the diary tells staff what they are booked with
      ResourceEvents.CONTEXT);

  private Contexts() {
  }

  /**
   * @param taskDueDates the due-date index, kept by every flush of a task
   * @param dayVisits the day-visits index, kept by every flush of an appointment
   */
  public static List<NotifyingContext> notifying(DueTasks taskDueDates, DayVisits dayVisits) {
    return notifying(taskDueDates, dayVisits, List.of());
  }

  /**
   * @param taskDueDates the due-date index, kept by every flush of a task
   * @param dayVisits the day-visits index, kept by every flush of an appointment
   * @param visitTexts what every flush of an appointment does besides: the texts of today's visits moved or cancelled
   */
  public static List<NotifyingContext> notifying(DueTasks taskDueDates, DayVisits dayVisits,
                                                 List<AfterFlush> visitTexts) {
    return List.of(
        new QuoteNotifications(),
        new TaskNotifications(taskDueDates),
        new ExpenseNotifications(),
        new DiaryNotifications(dayVisits, visitTexts));
  }
}

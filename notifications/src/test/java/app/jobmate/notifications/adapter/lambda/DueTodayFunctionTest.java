package app.jobmate.notifications.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.notifications.adapter.memory.InMemoryReminderQueue;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Plan;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The morning schedule's events as AWS sends them: the day's reminders start on the UK day of the occurrence. */
class DueTodayFunctionTest {

  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();
  private final DueTodayFunction function = new DueTodayFunction(queue);

  @Test
  void an_eventbridge_scheduled_event_starts_the_reminders_of_the_day_its_time_falls_on() {
    Map<String, String> answer = function.handleRequest(LambdaEvents.map(LambdaEvents.fixture("scheduled-event.json")),
        new TestContext());

    assertThat(queue.waiting()).containsExactly(new Plan(LocalDate.parse("2026-11-27"), null));
    assertThat(answer).containsEntry("day", "2026-11-27");
  }

  @Test
  void the_scheduler_input_the_template_gives_names_the_uk_day_in_summer_time_too() {
    // 07:00 in London on 15 June is 06:00 UTC
    function.handleRequest(LambdaEvents.map(LambdaEvents.fixture("scheduler-due-today-input.json")), new TestContext());

    assertThat(queue.waiting()).containsExactly(new Plan(LocalDate.parse("2026-06-15"), null));
  }

  @Test
  void an_event_without_a_time_fails_and_starts_nothing() {
    for (String event : new String[] {"{}", "{\"time\":\"this morning\"}", "{\"time\":7}"}) {
      assertThatThrownBy(() -> function.handleRequest(LambdaEvents.map(event), new TestContext())).as(event)
          .isInstanceOf(IllegalArgumentException.class);
    }

    assertThat(queue.waiting()).isEmpty();
  }

  @Test
  void a_queue_that_cannot_be_reached_fails_the_invocation_so_that_lambda_retries_it() {
    queue.failNext(1);

    assertThatThrownBy(() -> function.handleRequest(LambdaEvents.map(LambdaEvents.fixture("scheduled-event.json")),
        new TestContext())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void snapstart_priming_sends_nothing() {
    function.prime();

    assertThat(queue.waiting()).isEmpty();
  }
}

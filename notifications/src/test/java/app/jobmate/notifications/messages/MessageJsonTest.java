package app.jobmate.notifications.messages;

import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventJson;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.quotes.QuoteMessage;
import app.jobmate.notifications.quotes.QuoteSummary;
import app.jobmate.notifications.tasks.TaskMessage;
import app.jobmate.notifications.tasks.TaskMessage.Kind;
import app.jobmate.notifications.tasks.TaskSummary;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages as a client receives them. */
class MessageJsonTest {

  private final TaskSummary task = TaskSummary.empty(TASK).apply(1, taskCreated()).apply(2, new TaskAssigned(TASK, ALICE));

  @Test
  void a_task_assigned_carries_what_the_staff_app_shows_and_no_money() throws Exception {
    String json = MessageJson.write(TaskMessage.of(Kind.ASSIGNED, task,
        TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()));

    assertThat(json).isEqualTo("""
        {"type":"task.assigned","taskId":"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60","title":"Service the boiler",\
        "description":"Annual service; the key is under the mat","dueDate":"2026-11-27","priority":"high",\
        "status":"open","checklist":[\
        {"itemId":"0193a5b2-7c41-7d2e-9f3a-0000000000a1","text":"Isolate the gas","done":false},\
        {"itemId":"0193a5b2-7c41-7d2e-9f3a-0000000000a2","text":"Refill the system","done":false}],\
        "version":2,"at":"2026-11-26T10:15:32Z","by":"u-owner"}""");
    JsonNode tree = EventJson.mapper().readTree(json);
    for (String money : List.of("gross", "net", "total", "totals", "price", "unitPrice", "amount")) {
      assertThat(tree.has(money)).as(money).isFalse();
    }
  }

  @Test
  void a_task_removed_carries_only_what_names_it() {
    String json = MessageJson.write(TaskMessage.of(Kind.REMOVED, task,
        TestEvents.task(3, new TaskReassigned(TASK, ALICE, TestEvents.BOB)).envelope()));

    assertThat(json).isEqualTo("""
        {"type":"task.removed","taskId":"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60","title":"Service the boiler",\
        "version":2,"at":"2026-11-26T10:15:33Z","by":"u-owner"}""");
  }

  @Test
  void a_due_today_reminder_carries_the_whole_task_when_it_was_sent_and_nobody_as_its_cause() {
    String json = MessageJson.write(TaskMessage.dueToday(task, java.time.Instant.parse("2026-11-27T07:00:01Z")));

    assertThat(json).isEqualTo("""
        {"type":"task.due-today","taskId":"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60","title":"Service the boiler",\
        "description":"Annual service; the key is under the mat","dueDate":"2026-11-27","priority":"high",\
        "status":"open","checklist":[\
        {"itemId":"0193a5b2-7c41-7d2e-9f3a-0000000000a1","text":"Isolate the gas","done":false},\
        {"itemId":"0193a5b2-7c41-7d2e-9f3a-0000000000a2","text":"Refill the system","done":false}],\
        "version":2,"at":"2026-11-27T07:00:01Z"}""");
  }

  @Test
  void a_quote_accepted_carries_its_reference_title_and_gross_in_pence() {
    QuoteSummary quote = new QuoteSummary(TestEvents.QUOTE, 8, "Kitchen refit", 2, QuoteNumber.of(42), 2, 6);

    String json = MessageJson.write(QuoteMessage.accepted(quote, TestEvents.totals(540_000).gross(),
        TestEvents.quote(8, new QuoteAccepted(TestEvents.QUOTE, TestEvents.NOW, List.of(), TestEvents.totals(540_000)))
            .envelope()));

    assertThat(json).isEqualTo("""
        {"type":"quote.accepted","quoteId":"0193a5b2-7c41-7d2e-9f3a-000000000042","reference":"Q-00042/2",\
        "number":42,"revision":2,"title":"Kitchen refit","gross":540000,"version":8,"at":"2026-11-26T10:15:38Z",\
        "by":"u-owner"}""");
  }

  @Test
  void a_quote_declined_carries_the_reason_and_note() throws Exception {
    QuoteSummary quote = new QuoteSummary(TestEvents.QUOTE, 8, "Kitchen refit", 2, QuoteNumber.of(42), 1, 6);

    JsonNode json = EventJson.mapper().readTree(MessageJson.write(QuoteMessage.declined(quote,
        DeclineReason.CHOSE_ANOTHER_SUPPLIER, "Went local", TestEvents.quote(8, new QuoteDeclined(TestEvents.QUOTE,
            TestEvents.NOW, DeclineReason.CHOSE_ANOTHER_SUPPLIER, "Went local")).envelope())));

    assertThat(json.get("type").asText()).isEqualTo("quote.declined");
    assertThat(json.get("reference").asText()).isEqualTo("Q-00042");
    assertThat(json.get("reason").asText()).isEqualTo("chose-another-supplier");
    assertThat(json.get("note").asText()).isEqualTo("Went local");
  }

  /** A message of a context that arrives later, written without a change here. */
  @JsonPropertyOrder({"type", "visitId", "on", "version"})
  record VisitMoved(String visitId, LocalDate on, long version) implements ClientMessage {

    @JsonProperty("type")
    @Override
    public String type() {
      return "diary.visit-moved";
    }

    @JsonIgnore
    @Override
    public boolean showsPrices() {
      return false;
    }
  }

  @Test
  void a_message_of_any_context_is_written_as_its_own_type_declares_it() {
    String json = MessageJson.write(new VisitMoved("v-1", LocalDate.parse("2026-11-30"), 4));

    assertThat(json).isEqualTo("""
        {"type":"diary.visit-moved","visitId":"v-1","on":"2026-11-30","version":4}""");
  }
}

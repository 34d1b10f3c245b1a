package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.QUOTE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.summaries.QuoteSummary;
import app.jobmate.notifications.summaries.Subject;
import app.jobmate.notifications.summaries.Summaries;
import app.jobmate.notifications.summaries.SummariesContract;
import app.jobmate.notifications.summaries.TaskSummary;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbSummariesTest extends SummariesContract {

  private static LocalDynamoDb dynamoDb;
  private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30Z"));

  @BeforeAll
  static void startDynalite() {
    dynamoDb = LocalDynamoDb.start();
  }

  @AfterAll
  static void stopDynalite() {
    if (dynamoDb != null) {
      dynamoDb.close();
    }
  }

  @Override
  protected Summaries summaries() {
    return new DynamoDbSummaries(dynamoDb.client(), LocalDynamoDb.CONNECTIONS, clock);
  }

  @Test
  void a_summary_is_one_json_item_per_subject_kept_for_a_year_after_its_last_change() {
    Subject subject = new Subject(TenantId.of("t-layout"), "task", TestEvents.TASK.toString());

    summaries().update(subject, TaskSummary.empty(TestEvents.TASK), s -> s.apply(2, new TaskAssigned(TestEvents.TASK, ALICE)));

    Map<String, AttributeValue> item = dynamoDb.client().getItem(r -> r.tableName(LocalDynamoDb.CONNECTIONS)
        .consistentRead(true).key(Map.of(
            "pk", AttributeValue.fromS("SUBJECT#t-layout#task#" + TestEvents.TASK),
            "sk", AttributeValue.fromS("SUMMARY")))).item();
    assertThat(item.get("summary").s()).contains("\"assignee\":\"u-alice\"");
    assertThat(item.get("revision").n()).isEqualTo("1");
    assertThat(Long.parseLong(item.get("expiresAt").n()))
        .isEqualTo(clock.instant().plus(DynamoDbSummaries.KEPT_FOR).getEpochSecond());
  }

  @Test
  void an_update_that_changes_nothing_writes_nothing() {
    Subject subject = new Subject(TenantId.of("t-quiet"), "quote", QUOTE.toString());
    Summaries summaries = summaries();
    QuoteSummary issued = new QuoteSummary(QUOTE, 3, "Kitchen", 1, QuoteNumber.of(7), 1, 3);
    summaries.update(subject, QuoteSummary.empty(QUOTE), s -> issued);

    assertThat(summaries.update(subject, QuoteSummary.empty(QUOTE), s -> s)).isEqualTo(issued);

    assertThat(dynamoDb.client().getItem(r -> r.tableName(LocalDynamoDb.CONNECTIONS).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS("SUBJECT#t-quiet#quote#" + QUOTE), "sk", AttributeValue.fromS("SUMMARY"))))
        .item().get("revision").n()).isEqualTo("1");
  }
}

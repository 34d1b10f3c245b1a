package app.jobmate.notifications.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.due.DuePlacement;
import app.jobmate.notifications.tasks.due.DueTasks;
import app.jobmate.notifications.tasks.due.DueTasksContract;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbDueTasksTest extends DueTasksContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.both());

  private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30Z"));

  @Override
  protected DueTasks dueTasks() {
    return new DynamoDbDueTasks(dynamoDb.client(), TemplateTables.CONNECTIONS, clock);
  }

  @Test
  void a_listing_is_one_item_per_date_and_task_and_a_date_left_keeps_the_version_that_took_it_off() {
    StreamId task = TaskStreams.of(TenantId.of("t-layout"), TaskId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"));
    LocalDate friday = LocalDate.parse("2026-11-27");
    LocalDate monday = LocalDate.parse("2026-11-30");
    DueTasks index = dueTasks();

    index.place(new DuePlacement(task, 2, friday, UserId.of("u-alice"), Set.of()));
    index.place(new DuePlacement(task, 3, monday, UserId.of("u-alice"), Set.of(friday)));

    Map<String, AttributeValue> listed = item("DUE#2026-11-30", "t-layout#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    assertThat(listed.get("state").s()).isEqualTo("due");
    assertThat(listed.get("assignee").s()).isEqualTo("u-alice");
    assertThat(listed.get("version").n()).isEqualTo("3");
    assertThat(listed.get("tenantId").s()).isEqualTo("t-layout");
    assertThat(listed.get("taskId").s()).isEqualTo("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    // a week after the day, midnight in London (GMT in winter)
    assertThat(listed.get("expiresAt").n()).isEqualTo(Long.toString(Instant.parse("2026-12-07T00:00:00Z").getEpochSecond()));
    Map<String, AttributeValue> left = item("DUE#2026-11-27", "t-layout#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    assertThat(left.get("state").s()).isEqualTo("removed");
    assertThat(left).doesNotContainKey("assignee");
    assertThat(left.get("version").n()).isEqualTo("3");
    assertThat(left.get("expiresAt").n())
        .isEqualTo(Long.toString(clock.instant().plus(Duration.ofDays(2)).getEpochSecond()));
  }

  private static Map<String, AttributeValue> item(String pk, String sk) {
    return dynamoDb.client().getItem(r -> r.tableName(TemplateTables.CONNECTIONS).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
  }
}

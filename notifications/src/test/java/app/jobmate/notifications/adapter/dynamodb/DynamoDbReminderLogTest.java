package app.jobmate.notifications.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.reminders.ReminderLog;
import app.jobmate.notifications.tasks.reminders.ReminderLogContract;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbReminderLogTest extends ReminderLogContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.both());

  @Override
  protected ReminderLog reminderLog() {
    return new DynamoDbReminderLog(dynamoDb.client(), TemplateTables.CONNECTIONS, LEASE, clock);
  }

  @Test
  void a_reminder_is_one_item_per_day_and_task_kept_two_days_after_its_day() {
    StreamId task = TaskStreams.of(TenantId.of("t-layout"), TaskId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"));
    ReminderLog log = reminderLog();

    ReminderLog.Claim claim = log.claim(LocalDate.parse("2026-06-15"), task).orElseThrow();
    Map<String, AttributeValue> claimed = item();
    log.sent(claim);
    Map<String, AttributeValue> sent = item();

    assertThat(claimed.get("state").s()).isEqualTo("sending");
    assertThat(claimed.get("claimedUntil").n()).isEqualTo(Long.toString(clock.instant().plus(LEASE).toEpochMilli()));
    assertThat(sent.get("state").s()).isEqualTo("sent");
    assertThat(sent).doesNotContainKey("claimedUntil");
    // the day ends at midnight in London, 23:00 UTC in summer
    assertThat(sent.get("expiresAt").n()).isEqualTo(Long.toString(Instant.parse("2026-06-17T23:00:00Z").getEpochSecond()));
  }

  private static Map<String, AttributeValue> item() {
    return dynamoDb.client().getItem(r -> r.tableName(TemplateTables.CONNECTIONS).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS("REMINDED#2026-06-15#t-layout#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"),
            "sk", AttributeValue.fromS("REMINDER")))).item();
  }
}

package app.jobmate.notifications.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.push.PendingNotices;
import app.jobmate.notifications.push.PendingNoticesContract;
import app.jobmate.events.StreamId;
import app.jobmate.testing.LocalDynamoDb;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbPendingNoticesTest extends PendingNoticesContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.both());

  @Override
  protected PendingNotices pendingNotices() {
    return new DynamoDbPendingNotices(dynamoDb.client(), TemplateTables.CONNECTIONS, LEASE, clock);
  }

  @Test
  void a_subject_is_one_item_kept_for_a_year_after_its_last_change() {
    StreamId subject = new StreamId(TenantId.of("t-layout"), "task", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    PendingNotices pending = pendingNotices();
    pending.mark(subject, 2);

    Map<String, AttributeValue> item = dynamoDb.client().getItem(r -> r.tableName(TemplateTables.CONNECTIONS)
        .consistentRead(true).key(Map.of(
            "pk", AttributeValue.fromS("SUBJECT#t-layout#task#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"),
            "sk", AttributeValue.fromS("NOTICES")))).item();
    assertThat(item.get("revision").n()).isEqualTo("1");
    assertThat(item.get("pendingUntil").n()).isEqualTo(Long.toString(clock.instant().plus(LEASE).toEpochMilli()));
    assertThat(item).doesNotContainKey("toldVersion");
    assertThat(Long.parseLong(item.get("expiresAt").n()))
        .isEqualTo(clock.instant().plus(DynamoDbPendingNotices.KEPT_FOR).getEpochSecond());
  }
}

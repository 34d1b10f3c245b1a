package app.jobmate.notifications.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.connections.ConnectionRegistryContract;
import app.jobmate.testing.LocalDynamoDb;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbConnectionRegistryTest extends ConnectionRegistryContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.both());

  @Override
  protected ConnectionRegistry registry() {
    return new DynamoDbConnectionRegistry(dynamoDb.client(), TemplateTables.CONNECTIONS, clock);
  }

  @Test
  void a_connection_is_one_item_and_one_index_item_per_lookup_each_expiring_with_it() {
    Connection connection = new Connection(ConnectionId.of("L0SM9cOFvHcCIhw="), TenantId.of("t-layout"),
        UserId.of("u-olivia"), Set.of(Role.OWNER, Role.ADMIN), clock.instant());

    registry().add(connection);

    long expiresAt = connection.expiresAt().getEpochSecond();
    assertThat(item("CONN#L0SM9cOFvHcCIhw=", "CONNECTION")).containsEntry("state", AttributeValue.fromS("open"))
        .containsEntry("tenantId", AttributeValue.fromS("t-layout"))
        .containsEntry("expiresAt", AttributeValue.fromN(Long.toString(expiresAt)));
    for (String partition : List.of("USER#t-layout#u-olivia", "ROLE#t-layout#owner", "ROLE#t-layout#admin")) {
      assertThat(item(partition, "L0SM9cOFvHcCIhw=")).as(partition)
          .containsEntry("userId", AttributeValue.fromS("u-olivia"))
          .containsEntry("expiresAt", AttributeValue.fromN(Long.toString(expiresAt)));
    }
    assertThat(item("ROLE#t-layout#staff", "L0SM9cOFvHcCIhw=")).isEmpty();
  }

  private static Map<String, AttributeValue> item(String pk, String sk) {
    return dynamoDb.client().getItem(r -> r.tableName(TemplateTables.CONNECTIONS).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
  }
}

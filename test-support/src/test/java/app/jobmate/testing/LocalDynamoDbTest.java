package app.jobmate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.testing.LocalDynamoDb.Table;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class LocalDynamoDbTest {

  private static final Table ORDERS = Table.of("orders", "pk", ScalarAttributeType.S)
      .withRangeKey("sk", ScalarAttributeType.N)
      .withIndex("byCustomer", "customer", ScalarAttributeType.S, "placed", ScalarAttributeType.S)
      .withStream(StreamViewType.NEW_IMAGE);

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(ORDERS);

  @Test
  void a_declared_table_is_active_with_its_keys_and_index_before_the_first_test() {
    TableDescription table = dynamoDb.client().describeTable(r -> r.tableName("orders")).table();

    assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(table.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
        .containsExactly("pk " + KeyType.HASH, "sk " + KeyType.RANGE);
    assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(index -> {
      assertThat(index.indexName()).isEqualTo("byCustomer");
      assertThat(index.keySchema()).extracting(k -> k.attributeName()).containsExactly("customer", "placed");
    });
    // dynalite accepts the stream specification and keeps no stream: only the local cloud journals streams
    assertThat(table.streamSpecification()).isNull();
  }

  @Test
  void a_table_created_later_under_another_name_takes_items_at_once() {
    dynamoDb.createTable(EventsTableItems.TABLE.named("events-later"));

    dynamoDb.client().putItem(r -> r.tableName("events-later")
        .item(Map.of("stream", AttributeValue.fromS("s"), "commit", AttributeValue.fromN("1"))));

    assertThat(dynamoDb.client().scan(r -> r.tableName("events-later")).count()).isEqualTo(1);
  }

  @Test
  void one_started_by_hand_is_gone_once_closed() {
    LocalDynamoDb local = LocalDynamoDb.start(EventsTableItems.TABLE);
    try (local) {
      assertThat(local.client().listTables().tableNames()).containsExactly("events");
    }

    assertThatThrownBy(local::client).isInstanceOf(IllegalStateException.class);
  }
}

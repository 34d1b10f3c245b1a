package app.jobmate.projections.adapter.dynamodb;

import app.jobmate.dynalite.Dynalite;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.EventHistoryContract;
import app.jobmate.projections.core.StreamRef;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The history over the {@code events} table in dynalite, with commit items laid out as
 * command-handlers/README.md says (written here directly, as the event store writes them).
 */
class DynamoDbEventHistoryTest extends EventHistoryContract {

  private static final String TABLE = "events";
  private static Dynalite dynalite;
  private static DynamoDbClient client;

  @BeforeAll
  static void startDynalite() throws InterruptedException {
    dynalite = Dynalite.startInMemory();
    client = DynamoDbClient.builder()
        .endpointOverride(dynalite.endpoint())
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    client.createTable(r -> r.tableName(TABLE)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("stream").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("commit").attributeType(ScalarAttributeType.N).build())
        .keySchema(
            KeySchemaElement.builder().attributeName("stream").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("commit").keyType(KeyType.RANGE).build()));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (client.describeTable(r -> r.tableName(TABLE)).table().tableStatus() != TableStatus.ACTIVE) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the events table is not active");
      }
      Thread.sleep(10);
    }
  }

  @AfterAll
  static void stopDynalite() {
    if (client != null) {
      client.close();
    }
    if (dynalite != null) {
      dynalite.close();
    }
  }

  @Override
  protected EventHistory history() {
    return new DynamoDbEventHistory(client, TABLE, 3);
  }

  @Override
  protected void store(List<EventEnvelope> commit) {
    EventEnvelope first = commit.getFirst();
    StreamRef stream = StreamRef.of(first);
    long commitNumber = client.query(r -> r.tableName(TABLE).keyConditionExpression("#s = :s")
        .expressionAttributeNames(Map.of("#s", "stream"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(stream.key()))).consistentRead(true)).count() + 1;
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("stream", AttributeValue.fromS(stream.key()));
    item.put("commit", AttributeValue.fromN(Long.toString(commitNumber)));
    item.put("tenantId", AttributeValue.fromS(stream.tenantId().value()));
    item.put("streamType", AttributeValue.fromS(stream.streamType()));
    item.put("streamId", AttributeValue.fromS(stream.streamId()));
    item.put("commandId", AttributeValue.fromS(first.commandId()));
    item.put("payloadHash", AttributeValue.fromS("sha256:test"));
    item.put("actor", AttributeValue.fromS(json(first.actor())));
    item.put("committedAt", AttributeValue.fromS(first.occurredAt().toString()));
    item.put("firstVersion", AttributeValue.fromN(Long.toString(first.version())));
    item.put("lastVersion", AttributeValue.fromN(Long.toString(commit.getLast().version())));
    item.put("events", AttributeValue.fromS(json(commit)));
    client.putItem(r -> r.tableName(TABLE).item(item).conditionExpression("attribute_not_exists(#s)")
        .expressionAttributeNames(Map.of("#s", "stream")));
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

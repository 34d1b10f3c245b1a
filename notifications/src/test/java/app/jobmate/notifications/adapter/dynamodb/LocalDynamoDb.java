package app.jobmate.notifications.adapter.dynamodb;

import app.jobmate.dynalite.Dynalite;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A dynalite server and an SDK client on it, with the {@code connections} and {@code events}
 * tables as the template declares them (TTL aside: dynalite does not expire items, and nothing
 * here relies on it). Tests start one per class; if dynalite cannot start, the test fails.
 */
public final class LocalDynamoDb implements AutoCloseable {

  public static final String CONNECTIONS = "connections";
  public static final String EVENTS = "events";
  private static final Duration TABLE_READY_TIMEOUT = Duration.ofSeconds(10);

  private final Dynalite dynalite;
  private final DynamoDbClient client;

  private LocalDynamoDb(Dynalite dynalite) {
    this.dynalite = dynalite;
    this.client = DynamoDbClient.builder()
        .endpointOverride(dynalite.endpoint())
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** dynalite with the {@code connections} and {@code events} tables. */
  public static LocalDynamoDb start() {
    LocalDynamoDb local = new LocalDynamoDb(Dynalite.startInMemory());
    try {
      local.createTable(CONNECTIONS, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
      local.createTable(EVENTS, "stream", ScalarAttributeType.S, "commit", ScalarAttributeType.N);
    } catch (RuntimeException e) {
      local.close();
      throw e;
    }
    return local;
  }

  public DynamoDbClient client() {
    return client;
  }

  private void createTable(String table, String partitionKey, ScalarAttributeType partitionType, String sortKey,
                           ScalarAttributeType sortType) {
    client.createTable(r -> r.tableName(table)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName(partitionKey).attributeType(partitionType).build(),
            AttributeDefinition.builder().attributeName(sortKey).attributeType(sortType).build())
        .keySchema(
            KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build()));
    // the SDK's table waiter polls every 20 s; dynalite is ready within milliseconds
    Instant deadline = Instant.now().plus(TABLE_READY_TIMEOUT);
    while (client.describeTable(r -> r.tableName(table)).table().tableStatus() != TableStatus.ACTIVE) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("table " + table + " is not active after " + TABLE_READY_TIMEOUT);
      }
      Thread.onSpinWait();
    }
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      dynalite.close();
    }
  }
}

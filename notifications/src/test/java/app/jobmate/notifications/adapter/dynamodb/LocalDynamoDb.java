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
 * A dynalite server and an SDK client on it, with the {@code connections} table as the template
 * declares it (its TTL setting aside: dynalite does not expire items, and the registry does not
 * rely on it). Tests start one per class; if dynalite cannot start, the test fails.
 */
public final class LocalDynamoDb implements AutoCloseable {

  public static final String CONNECTIONS = "connections";
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

  /** dynalite with the {@code connections} table. */
  public static LocalDynamoDb start() {
    LocalDynamoDb local = new LocalDynamoDb(Dynalite.startInMemory());
    try {
      local.createConnectionsTable();
    } catch (RuntimeException e) {
      local.close();
      throw e;
    }
    return local;
  }

  public DynamoDbClient client() {
    return client;
  }

  private void createConnectionsTable() {
    client.createTable(r -> r.tableName(CONNECTIONS)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
        .keySchema(
            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    // the SDK's table waiter polls every 20 s; dynalite is ready within milliseconds
    Instant deadline = Instant.now().plus(TABLE_READY_TIMEOUT);
    while (client.describeTable(r -> r.tableName(CONNECTIONS)).table().tableStatus() != TableStatus.ACTIVE) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("table " + CONNECTIONS + " is not active after " + TABLE_READY_TIMEOUT);
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

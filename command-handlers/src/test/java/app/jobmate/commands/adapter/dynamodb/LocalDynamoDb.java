package app.jobmate.commands.adapter.dynamodb;

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
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A dynalite server and an SDK client on it, with the tables of DESIGN §3 as the template declares
 * them. Tests start one per class; if dynalite cannot start, the test fails (it is never skipped).
 */
final class LocalDynamoDb implements AutoCloseable {

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

  static LocalDynamoDb start() {
    return new LocalDynamoDb(Dynalite.startInMemory());
  }

  DynamoDbClient client() {
    return client;
  }

  /** The {@code events} table: {@code stream} (S) and {@code commit} (N). */
  void createEventsTable(String name) {
    client.createTable(r -> r.tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("stream").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("commit").attributeType(ScalarAttributeType.N).build())
        .keySchema(
            KeySchemaElement.builder().attributeName("stream").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("commit").keyType(KeyType.RANGE).build()));
    awaitActive(name);
  }

  /** The {@code tenants} table: {@code tenantId} (S). */
  void createTenantsTable(String name) {
    client.createTable(r -> r.tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("tenantId").attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("tenantId").keyType(KeyType.HASH).build()));
    awaitActive(name);
  }

  /**
   * The {@code quote-expiries} table: {@code quote} (S), and the sparse global secondary index
   * {@code due} on {@code dueList} (S) and {@code due} (S), all attributes projected.
   */
  void createQuoteExpiriesTable(String name) {
    client.createTable(r -> r.tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("quote").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("dueList").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("due").attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("quote").keyType(KeyType.HASH).build())
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
            .indexName("due")
            .keySchema(
                KeySchemaElement.builder().attributeName("dueList").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("due").keyType(KeyType.RANGE).build())
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .build()));
    awaitActive(name);
  }

  // the SDK's table waiter polls every 20 s; dynalite (createTableMs 0) is ready within milliseconds
  private void awaitActive(String name) {
    Instant deadline = Instant.now().plus(TABLE_READY_TIMEOUT);
    while (client.describeTable(r -> r.tableName(name)).table().tableStatus() != TableStatus.ACTIVE) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("table " + name + " is not active after " + TABLE_READY_TIMEOUT);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for table " + name, e);
      }
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

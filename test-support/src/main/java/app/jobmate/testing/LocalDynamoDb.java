package app.jobmate.testing;

import app.jobmate.dynalite.Dynalite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A dynalite server ({@code tools/dynalite}) and an SDK client on it, with the tables a test declares.
 * Register one on a static field with {@code @RegisterExtension} to run it for a test class, or
 * {@link #start} one in a try-with-resources block. If dynalite cannot start, the test fails: it is
 * never skipped.
 */
public final class LocalDynamoDb extends LocalServer<DynamoDbClient> {

  private static final Duration TABLE_READY_TIMEOUT = Duration.ofSeconds(10);

  private final List<Table> tables;
  private Dynalite dynalite;

  private LocalDynamoDb(List<Table> tables) {
    this.tables = List.copyOf(tables);
  }

  /** A server started before the test class with {@code tables}, and stopped after it. */
  public static LocalDynamoDb perClass(Table... tables) {
    return new LocalDynamoDb(List.of(tables));
  }

  /** A server started now with {@code tables}; the caller closes it. */
  public static LocalDynamoDb start(Table... tables) {
    LocalDynamoDb local = new LocalDynamoDb(List.of(tables));
    local.open();
    return local;
  }

  /** Where dynalite listens, for a client of a test's own making. */
  public java.net.URI endpoint() {
    return dynalite.endpoint();
  }

  /** Creates {@code table} and waits until it and its indexes are active. */
  public void createTable(Table table) {
    create(client(), table);
  }

  @Override
  DynamoDbClient startServer() {
    dynalite = Dynalite.startInMemory();
    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(dynalite.endpoint())
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    try {
      tables.forEach(table -> create(client, table));
    } catch (RuntimeException e) {
      client.close();
      stopServer();
      throw e;
    }
    return client;
  }

  @Override
  void stopServer() {
    if (dynalite != null) {
      dynalite.close();
      dynalite = null;
    }
  }

  private static void create(DynamoDbClient client, Table table) {
    Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();
    List<Key> keys = new ArrayList<>();
    keys.add(table.hashKey());
    table.rangeKey().ifPresent(keys::add);
    table.indexes().forEach(index -> keys.addAll(List.of(index.hashKey(), index.rangeKey())));
    keys.forEach(key -> attributes.put(key.attribute(), key.type()));
    client.createTable(r -> {
      r.tableName(table.name())
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(attributes.entrySet().stream().map(a ->
              AttributeDefinition.builder().attributeName(a.getKey()).attributeType(a.getValue()).build()).toList())
          .keySchema(keySchema(table.hashKey(), table.rangeKey()));
      if (!table.indexes().isEmpty()) {
        r.globalSecondaryIndexes(table.indexes().stream().map(index -> GlobalSecondaryIndex.builder()
            .indexName(index.name())
            .keySchema(keySchema(index.hashKey(), Optional.of(index.rangeKey())))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .build()).toList());
      }
      table.streamView().ifPresent(view ->
          r.streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(view).build()));
    });
    awaitActive(client, table.name());
  }

  private static List<KeySchemaElement> keySchema(Key hashKey, Optional<Key> rangeKey) {
    List<KeySchemaElement> schema = new ArrayList<>();
    schema.add(KeySchemaElement.builder().attributeName(hashKey.attribute()).keyType(KeyType.HASH).build());
    rangeKey.ifPresent(key -> schema.add(KeySchemaElement.builder().attributeName(key.attribute()).keyType(KeyType.RANGE).build()));
    return schema;
  }

  // the SDK's table waiter polls every 20 s; dynalite is ready within milliseconds
  private static void awaitActive(DynamoDbClient client, String name) {
    Instant deadline = Instant.now().plus(TABLE_READY_TIMEOUT);
    while (!active(client.describeTable(r -> r.tableName(name)).table())) {
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

  private static boolean active(TableDescription table) {
    return table.tableStatus() == TableStatus.ACTIVE
        && table.globalSecondaryIndexes().stream().allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE);
  }

  /** A key attribute and its type. */
  public record Key(String attribute, ScalarAttributeType type) {
  }

  /** A global secondary index on a hash and a range key, every attribute projected. */
  public record Index(String name, Key hashKey, Key rangeKey) {
  }

  /**
   * A table as a template declares it: its keys, global secondary indexes and stream (billing is
   * on demand; TTL is left out, as dynalite never expires items). dynalite accepts a stream
   * specification but keeps no stream; the local cloud's stream journal is what emulates one.
   */
  public record Table(String name, Key hashKey, Optional<Key> rangeKey, List<Index> indexes,
                      Optional<StreamViewType> streamView) {

    public Table {
      indexes = List.copyOf(indexes);
    }

    /** A table keyed by {@code hashKey} alone, with no index and no stream. */
    public static Table of(String name, String hashKey, ScalarAttributeType type) {
      return new Table(name, new Key(hashKey, type), Optional.empty(), List.of(), Optional.empty());
    }

    public Table withRangeKey(String attribute, ScalarAttributeType type) {
      return new Table(name, hashKey, Optional.of(new Key(attribute, type)), indexes, streamView);
    }

    public Table withIndex(String indexName, String hashKey, ScalarAttributeType hashType, String rangeKey,
                           ScalarAttributeType rangeType) {
      List<Index> more = new ArrayList<>(indexes);
      more.add(new Index(indexName, new Key(hashKey, hashType), new Key(rangeKey, rangeType)));
      return new Table(name, this.hashKey, this.rangeKey, more, streamView);
    }

    public Table withStream(StreamViewType view) {
      return new Table(name, hashKey, rangeKey, indexes, Optional.of(view));
    }

    /** The same table under another name (a fresh one per test, say). */
    public Table named(String otherName) {
      return new Table(otherName, hashKey, rangeKey, indexes, streamView);
    }
  }
}

package app.jobmate.loadtests;

import static com.mongodb.client.model.Filters.eq;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.StreamId;
import app.jobmate.dynalite.Dynalite;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuotePricing;
import app.jobmate.events.quotes.VatTerms;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Percentage;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.projections.adapter.lambda.ProjectorFunction;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.events.StreamId;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bson.Document;
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

/**
 * The projector's throughput against the ceiling of the same store: in one run, against one
 * embedded mongo-java-server (memory backend), (a) the projector function applying a workload's
 * events from SQS batches of ten (EventBridge bodies, version guard, one conditional write per
 * document and projection) and (b) a raw unordered bulk upsert ({@code bulkWrite} of
 * {@code ReplaceOneModel} with upsert, chunks of 1,000) of the same final documents into fresh
 * collections with the same indexes. Both are reported as events per second of the same workload,
 * with the ratio. Warm-up rounds first, then measured rounds alternating (a) and (b); the median
 * of the measured rounds is reported, with the event store reads the projector made per batch.
 * Each round has quotes of its own, and the event store grows as the relay would see it: each
 * commit is appended just before the batch that holds its first event, and only the projector's
 * time is counted. The event store is in memory ({@code memory}) or the {@code events} table in
 * dynalite ({@code dynalite}, commits appended by the write side's {@code DynamoDbEventStore}),
 * where every read is a consistent {@code Query} over loopback HTTP. A fifth argument adds a fixed
 * latency to every store read (a model of a consistent {@code Query} in an AWS region, which
 * dynalite on loopback does not have), to see whether reading a batch's streams at once pays. A
 * figure, not a test: nothing here asserts a timing.
 *
 * <p>Run: {@code ./jobmate -q -pl load-tests exec:java -Dexec.mainClass=app.jobmate.loadtests.ProjectorThroughput}
 * or with {@code java -cp}; arguments: {@code [quotes] [rounds] [memory|dynalite] [storeReaders]
 * [readLatencyMillis]} (default 2,000 quotes, 3 rounds, memory, 5 streams read from the store at
 * once, no latency added).
 */
public final class ProjectorThroughput {

  private static final int BATCH = 10;
  private static final int BULK_CHUNK = 1_000;
  private static final int TENANTS = 5;
  private static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));

  private ProjectorThroughput() {
  }

  public static void main(String[] args) {
    int quotes = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String storeKind = args.length > 2 ? args[2] : "memory";
    int storeReaders = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Duration readLatency = Duration.ofMillis(args.length > 4 ? Integer.parseInt(args[4]) : 0);
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
         Store store = Store.of(storeKind)) {
      System.out.printf("workload: %d quotes, %d events, %d tenants; SQS batches of %d; bulk chunks of %d;"
              + " event store %s (+%d ms a read), %d store readers%n", quotes, Workload.of("t-", quotes).events().size(),
          TENANTS, BATCH, BULK_CHUNK, storeKind, readLatency.toMillis(), storeReaders);
      for (int i = 0; i < 2; i++) {
        Workload warmUp = Workload.of("t-warm" + i + "-", 300);
        Run warm = projector(client, warmUp, store, storeReaders, readLatency);
        bulk(client, warmUp, warm.database());
      }
      double[] projector = new double[rounds];
      double[] bulk = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        Workload workload = Workload.of("t-round" + round + "-", quotes);
        Run run = projector(client, workload, store, storeReaders, readLatency);
        Run raw = bulk(client, workload, run.database());
        projector[round] = run.eventsPerSecond();
        bulk[round] = raw.eventsPerSecond();
        System.out.printf("round %d: projector %,.0f events/s (%d ms, %d documents, %.2f store reads per batch),"
                + " bulk upsert %,.0f events/s (%d ms)%n", round + 1, run.eventsPerSecond(), run.took().toMillis(),
            run.documents(), run.storeReadsPerBatch(), raw.eventsPerSecond(), raw.took().toMillis());
      }
      double p = median(projector);
      double b = median(bulk);
      System.out.printf("median: projector %,.0f events/s; raw bulk upsert of the same final documents %,.0f events/s;"
          + " ratio projector/bulk %.3f (bulk is %.1fx faster)%n", p, b, p / b, b / p);
    } finally {
      server.shutdownNow();
    }
  }

  /**
   * (a) Every event through the projector function, in append order, ten to an SQS batch; each
   * commit is appended to the store just before the batch of its first event, outside the time counted.
   */
  private static Run projector(MongoClient client, Workload workload, Store store, int storeReaders,
                               Duration readLatency) {
    MongoDatabase database = client.getDatabase("projector_" + UUID.randomUUID().toString().substring(0, 8));
    CountingHistory history = new CountingHistory(store.history(), readLatency);
    ProjectorFunction function = new ProjectorFunction(new QuoteReadSide(),
        new MongoReadModels(database, ReadSides.ALL).ensureIndexes(new QuoteReadSide()), history, storeReaders);
    List<Batch> batches = workload.batches();
    Context context = new QuietContext();
    long busy = 0;
    for (Batch batch : batches) {
      store.append(batch.commitsFirst());
      long started = System.nanoTime();
      SQSBatchResponse response = function.handleRequest(batch.event(), context);
      busy += System.nanoTime() - started;
      if (!response.getBatchItemFailures().isEmpty()) {
        throw new IllegalStateException("the projector failed messages: " + response.getBatchItemFailures());
      }
    }
    Duration took = Duration.ofNanos(busy);
    long documents = database.getCollection(QuoteListProjection.NAME).countDocuments()
        + database.getCollection(QuoteDetailProjection.NAME).countDocuments();
    return new Run(database, workload.events().size(), documents, took, (double) history.reads() / batches.size());
  }

  /** (b) The projector's final documents written again by raw unordered bulk upserts, into fresh indexed collections. */
  private static Run bulk(MongoClient client, Workload workload, MongoDatabase projected) {
    MongoDatabase database = client.getDatabase("bulk_" + UUID.randomUUID().toString().substring(0, 8));
    new MongoReadModels(database, ReadSides.ALL).ensureIndexes(new QuoteReadSide());
    List<String> collections = List.of(QuoteListProjection.NAME, QuoteDetailProjection.NAME);
    List<List<Document>> finals = new ArrayList<>();
    for (String name : collections) {
      finals.add(projected.getCollection(name).find().into(new ArrayList<>()));
    }
    long started = System.nanoTime();
    long documents = 0;
    for (int c = 0; c < collections.size(); c++) {
      MongoCollection<Document> target = database.getCollection(collections.get(c));
      List<Document> documentsOf = finals.get(c);
      for (int from = 0; from < documentsOf.size(); from += BULK_CHUNK) {
        List<WriteModel<Document>> chunk = new ArrayList<>();
        for (Document document : documentsOf.subList(from, Math.min(documentsOf.size(), from + BULK_CHUNK))) {
          chunk.add(new ReplaceOneModel<>(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true)));
        }
        target.bulkWrite(chunk, new BulkWriteOptions().ordered(false));
        documents += chunk.size();
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new Run(database, workload.events().size(), documents, took, 0);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** An SQS batch, and the commits to store before it is delivered. */
  private record Batch(List<List<EventEnvelope>> commitsFirst, SQSEvent event) {
  }

  private record Run(MongoDatabase database, long events, long documents, Duration took, double storeReadsPerBatch) {
    double eventsPerSecond() {
      return events / (took.toNanos() / 1e9);
    }
  }

  /**
   * Quotes of several tenants, each drafted with three lines, issued, viewed and accepted (seven
   * events in five commits), their commits interleaved round-robin as many users would make them.
   */
  private record Workload(List<List<EventEnvelope>> commits) {

    /** {@code quotes} quotes of the tenants {@code <tenantPrefix>0} to {@code <tenantPrefix>4}. */
    static Workload of(String tenantPrefix, int quotes) {
      List<List<List<EventEnvelope>>> lives = new ArrayList<>();
      for (int q = 0; q < quotes; q++) {
        lives.add(life(TenantId.of(tenantPrefix + (q % TENANTS)), q));
      }
      List<List<EventEnvelope>> commits = new ArrayList<>();
      for (int step = 0; step < 5; step++) {
        for (List<List<EventEnvelope>> life : lives) {
          commits.add(life.get(step));
        }
      }
      return new Workload(commits);
    }

    List<EventEnvelope> events() {
      return commits.stream().flatMap(List::stream).toList();
    }

    /** The events in SQS batches of ten, each with the commits the relay had stored before publishing them. */
    List<Batch> batches() {
      List<Batch> batches = new ArrayList<>();
      List<SQSEvent.SQSMessage> messages = new ArrayList<>();
      List<List<EventEnvelope>> commitsFirst = new ArrayList<>();
      for (List<EventEnvelope> commit : commits) {
        commitsFirst.add(commit);
        for (EventEnvelope envelope : commit) {
          SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
          message.setMessageId(UUID.nameUUIDFromBytes(envelope.eventId().getBytes(StandardCharsets.UTF_8)).toString());
          message.setBody(eventBridgeEvent(envelope));
          messages.add(message);
          if (messages.size() == BATCH) {
            batches.add(new Batch(List.copyOf(commitsFirst), sqsEvent(messages)));
            messages.clear();
            commitsFirst.clear();
          }
        }
      }
      if (!messages.isEmpty()) {
        batches.add(new Batch(List.copyOf(commitsFirst), sqsEvent(messages)));
      }
      return batches;
    }

    private static SQSEvent sqsEvent(List<SQSEvent.SQSMessage> messages) {
      SQSEvent event = new SQSEvent();
      event.setRecords(List.copyOf(messages));
      return event;
    }

    private static String eventBridgeEvent(EventEnvelope envelope) {
      ObjectNode event = EventJson.mapper().createObjectNode().put("version", "0")
          .put("id", UUID.randomUUID().toString()).put("detail-type", envelope.eventType())
          .put("source", "jobmate.quotes").put("account", "123456789012").put("time", envelope.occurredAt().toString())
          .put("region", "eu-west-2");
      event.putArray("resources");
      event.set("detail", EventJson.mapper().valueToTree(envelope));
      return event.toString();
    }

    private static List<List<EventEnvelope>> life(TenantId tenant, int n) {
      QuoteId quote = QuoteId.of(new UUID(0x0193a5b27c417d2eL, 0x8000000000000000L | n).toString());
      CustomerId customer = CustomerId.of(new UUID(0x0193a5a011117abcL, 0x8000000000000000L | (n % 50)).toString());
      Instant at = Instant.parse("2026-11-02T09:00:00Z").plus(Duration.ofMinutes(n));
      List<QuoteLine> lines = List.of(
          line(n, 1, "Rewire (per circuit)", "4", 32_500, VatCode.STANDARD, false),
          line(n, 2, "Consumer unit", "1", 48_000, VatCode.REDUCED, false),
          line(n, 3, "Sealant", "0.333", 100, VatCode.STANDARD, true));
      PercentOrAmount deposit = new PercentOrAmount.Percent(Percentage.of("25"));
      LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
      VatTerms terms = new VatTerms(RoundingPolicy.PER_LINE, today, true);
      QuoteTotals issued = QuotePricing.price(lines.subList(0, 2), null, deposit, terms);
      QuoteTotals accepted = QuotePricing.price(lines, null, deposit, terms);
      Stream stream = new Stream(tenant, quote, at);
      return List.of(
          List.of(stream.next(new QuoteDrafted(quote, customer, null, "Job " + n, null, null, today.plusDays(30), null,
                  deposit, RoundingPolicy.PER_LINE, 30)),
              stream.next(new QuoteLineAdded(quote, lines.get(0))),
              stream.next(new QuoteLineAdded(quote, lines.get(1)))),
          List.of(stream.next(new QuoteLineAdded(quote, lines.get(2)))),
          List.of(stream.next(new QuoteIssued(quote, QuoteNumber.of(n + 1), 1, customer, today, today.plusDays(30), lines,
              null, deposit, RoundingPolicy.PER_LINE, issued))),
          List.of(stream.next(new QuoteViewed(quote, stream.at))),
          List.of(stream.next(new QuoteAccepted(quote, stream.at, List.of(lines.get(2).lineId()), accepted))));
    }

    private static QuoteLine line(int quote, int n, String description, String quantity, long price, VatCode vat,
                                  boolean optional) {
      return new QuoteLine(LineId.of(new UUID(0x0193a5b300017000L + quote, 0x8000000000000000L | n).toString()),
          description, Quantity.of(quantity), Money.ofPence(price), vat, null, optional);
    }
  }

  /** One quote's envelopes, versions from 1, a minute apart. */
  private static final class Stream {
    private final TenantId tenant;
    private final QuoteId quote;
    private Instant at;
    private long version;

    Stream(TenantId tenant, QuoteId quote, Instant at) {
      this.tenant = tenant;
      this.quote = quote;
      this.at = at;
    }

    EventEnvelope next(QuoteEvent event) {
      EventType<?> type = EventCodec.standard().typeOf(event);
      version++;
      EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), type.name(), type.schemaVersion(), tenant,
          "quote", quote.toString(), version, at, "cmd-" + version, null, null, OWNER, EventCodec.standard().encode(event));
      at = at.plusSeconds(60);
      return envelope;
    }
  }

  /** The event store the projector reads: in memory, or the {@code events} table in dynalite. */
  private interface Store extends AutoCloseable {

    static Store of(String kind) {
      return switch (kind) {
        case "memory" -> new MemoryStore();
        case "dynalite" -> new DynaliteStore();
        default -> throw new IllegalArgumentException("the event store is memory or dynalite, not " + kind);
      };
    }

    void append(List<List<EventEnvelope>> commits);

    EventHistory history();

    @Override
    void close();
  }

  private static final class MemoryStore implements Store {
    private final InMemoryEventHistory history = new InMemoryEventHistory();

    @Override
    public void append(List<List<EventEnvelope>> commits) {
      commits.forEach(history::append);
    }

    @Override
    public EventHistory history() {
      return history;
    }

    @Override
    public void close() {
    }
  }

  /** The {@code events} table in dynalite, commits appended by the write side's event store. */
  private static final class DynaliteStore implements Store {
    private static final String TABLE = "events";
    private final Dynalite dynalite = Dynalite.startInMemory();
    private final DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(dynalite.endpoint())
        .region(Region.EU_WEST_2).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local",
            "local"))).httpClient(UrlConnectionHttpClient.create()).build();

    private final EventStore store = new DynamoDbEventStore(dynamoDb, TABLE);
    private final Map<String, Long> lastCommits = new HashMap<>();

    DynaliteStore() {
      dynamoDb.createTable(t -> t.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(attribute("stream", ScalarAttributeType.S), attribute("commit", ScalarAttributeType.N))
          .keySchema(key("stream", KeyType.HASH), key("commit", KeyType.RANGE)));
    }

    @Override
    public void append(List<List<EventEnvelope>> commits) {
      for (List<EventEnvelope> commit : commits) {
        EventEnvelope first = commit.getFirst();
        store.append(commitOf(commit, lastCommits.merge(first.tenantId().value() + "#" + first.streamId(), 1L, Long::sum)));
      }
    }

    private static Commit commitOf(List<EventEnvelope> events, long number) {
      EventEnvelope first = events.getFirst();
      StreamId stream = new StreamId(first.tenantId(), first.streamType(), first.streamId());
      return new Commit(stream, number, first.commandId(), "sha256:throughput", first.correlationId(),
          first.causationId(), first.actor(), first.occurredAt(), events);
    }

    @Override
    public EventHistory history() {
      return new DynamoDbEventHistory(dynamoDb, TABLE, 4);
    }

    @Override
    public void close() {
      dynamoDb.close();
      dynalite.close();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
      return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
      return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
  }

  /** The event store, counting the stream reads the projector makes, each {@code latency} slower. */
  private static final class CountingHistory implements EventHistory {
    private final EventHistory history;
    private final Duration latency;
    private final AtomicLong reads = new AtomicLong();

    CountingHistory(EventHistory history, Duration latency) {
      this.history = history;
      this.latency = latency;
    }

    long reads() {
      return reads.get();
    }

    @Override
    public List<EventEnvelope> read(StreamId stream, long fromVersion) {
      reads.incrementAndGet();
      if (!latency.isZero()) {
        try {
          Thread.sleep(latency);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading " + stream.key(), e);
        }
      }
      return history.read(stream, fromVersion);
    }

    @Override
    public void forEachStream(String streamType, Consumer<StreamId> action) {
      history.forEachStream(streamType, action);
    }
  }

  private static final class QuietContext implements Context {
    @Override public String getAwsRequestId() { return "throughput"; }
    @Override public String getLogGroupName() { return "throughput"; }
    @Override public String getLogStreamName() { return "throughput"; }
    @Override public String getFunctionName() { return "projector"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-2:123456789012:function:projector"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 900_000; }
    @Override public int getMemoryLimitInMB() { return 1024; }
    @Override public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override public void log(String message) { System.err.println(message); }
        @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
      };
    }
  }
}

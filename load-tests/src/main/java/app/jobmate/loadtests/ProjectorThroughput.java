package app.jobmate.loadtests;

import static com.mongodb.client.model.Filters.eq;

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
import app.jobmate.projections.adapter.lambda.ProjectorFunction;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
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
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * The projector's throughput against the ceiling of the same store: in one run, against one
 * embedded mongo-java-server (memory backend), (a) the projector function applying a workload's
 * events from SQS batches of ten (EventBridge bodies, version guard, one conditional write per
 * document and projection) and (b) a raw unordered bulk upsert ({@code bulkWrite} of
 * {@code ReplaceOneModel} with upsert, chunks of 1,000) of the same final documents into fresh
 * collections with the same indexes. Both are reported as events per second of the same workload,
 * with the ratio. Warm-up rounds first, then measured rounds alternating (a) and (b); the median
 * of the measured rounds is reported. A figure, not a test: nothing here asserts a timing.
 *
 * <p>Run: {@code ./jobmate -q -pl load-tests exec:java -Dexec.mainClass=app.jobmate.loadtests.ProjectorThroughput}
 * or with {@code java -cp}; arguments: {@code [quotes] [rounds]} (default 2,000 quotes, 3 rounds).
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
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
      Workload warmUp = Workload.of(300);
      Workload workload = Workload.of(quotes);
      System.out.printf("workload: %d quotes, %d events, %d tenants; SQS batches of %d; bulk chunks of %d%n", quotes,
          workload.events().size(), TENANTS, BATCH, BULK_CHUNK);
      for (int i = 0; i < 2; i++) {
        Run warm = projector(client, warmUp);
        bulk(client, warmUp, warm.database());
      }
      double[] projector = new double[rounds];
      double[] bulk = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        Run run = projector(client, workload);
        Run raw = bulk(client, workload, run.database());
        projector[round] = run.eventsPerSecond();
        bulk[round] = raw.eventsPerSecond();
        System.out.printf("round %d: projector %,.0f events/s (%d ms, %d documents), bulk upsert %,.0f events/s (%d ms)%n",
            round + 1, run.eventsPerSecond(), run.took().toMillis(), run.documents(), raw.eventsPerSecond(),
            raw.took().toMillis());
      }
      double p = median(projector);
      double b = median(bulk);
      System.out.printf("median: projector %,.0f events/s; raw bulk upsert of the same final documents %,.0f events/s;"
          + " ratio projector/bulk %.3f (bulk is %.1fx faster)%n", p, b, p / b, b / p);
    } finally {
      server.shutdownNow();
    }
  }

  /** (a) Every event through the projector function, in append order, ten to an SQS batch. */
  private static Run projector(MongoClient client, Workload workload) {
    MongoDatabase database = client.getDatabase("projector_" + UUID.randomUUID().toString().substring(0, 8));
    ProjectorFunction function = new ProjectorFunction(MongoReadModels.forQuotes(database).ensureIndexes(),
        workload.history());
    List<SQSEvent> batches = workload.batches();
    Context context = new QuietContext();
    long started = System.nanoTime();
    for (SQSEvent batch : batches) {
      SQSBatchResponse response = function.handleRequest(batch, context);
      if (!response.getBatchItemFailures().isEmpty()) {
        throw new IllegalStateException("the projector failed messages: " + response.getBatchItemFailures());
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long documents = database.getCollection(QuoteListProjection.NAME).countDocuments()
        + database.getCollection(QuoteDetailProjection.NAME).countDocuments();
    return new Run(database, workload.events().size(), documents, took);
  }

  /** (b) The projector's final documents written again by raw unordered bulk upserts, into fresh indexed collections. */
  private static Run bulk(MongoClient client, Workload workload, MongoDatabase projected) {
    MongoDatabase database = client.getDatabase("bulk_" + UUID.randomUUID().toString().substring(0, 8));
    MongoReadModels.forQuotes(database).ensureIndexes();
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
    return new Run(database, workload.events().size(), documents, took);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private record Run(MongoDatabase database, long events, long documents, Duration took) {
    double eventsPerSecond() {
      return events / (took.toNanos() / 1e9);
    }
  }

  /**
   * Quotes of several tenants, each drafted with three lines, issued, viewed and accepted (seven
   * events in five commits), their commits interleaved round-robin as many users would make them.
   */
  private record Workload(List<List<EventEnvelope>> commits) {

    static Workload of(int quotes) {
      List<List<List<EventEnvelope>>> lives = new ArrayList<>();
      for (int q = 0; q < quotes; q++) {
        lives.add(life(TenantId.of("t-load-" + (q % TENANTS)), q));
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

    InMemoryEventHistory history() {
      InMemoryEventHistory history = new InMemoryEventHistory();
      commits.forEach(history::append);
      return history;
    }

    List<SQSEvent> batches() {
      List<EventEnvelope> events = events();
      List<SQSEvent> batches = new ArrayList<>();
      for (int from = 0; from < events.size(); from += BATCH) {
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (EventEnvelope envelope : events.subList(from, Math.min(events.size(), from + BATCH))) {
          SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
          message.setMessageId(UUID.nameUUIDFromBytes(envelope.eventId().getBytes(StandardCharsets.UTF_8)).toString());
          message.setBody(eventBridgeEvent(envelope));
          messages.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        batches.add(event);
      }
      return batches;
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

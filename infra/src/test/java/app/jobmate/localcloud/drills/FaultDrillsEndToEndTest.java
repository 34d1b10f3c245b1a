package app.jobmate.localcloud.drills;

import static app.jobmate.localcloud.drills.Api.BEN;
import static app.jobmate.localcloud.drills.Api.OLIVIA;
import static app.jobmate.localcloud.drills.Api.SAM;
import static app.jobmate.localcloud.drills.Api.SOPHIE;
import static app.jobmate.localcloud.drills.Drill.answered;
import static app.jobmate.localcloud.drills.Drill.expect;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.dynamodb.DynamoDbPendingConversions;
import app.jobmate.commands.conversion.ConversionSweep;
import app.jobmate.commands.conversion.JobIds;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.Poll;
import app.jobmate.localcloud.dynamodb.StreamMapping;
import app.jobmate.localcloud.events.LocalEventBridge;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.sqs.QueueMapping;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The fast fault drills, one local cloud for all of them (in this order; the last restarts it):
 * each sends a seeded workload of HTTP commands in two tenants, with WebSocket devices connected,
 * while a fault is injected, lets the system drain and checks the seven invariants
 * ({@link Invariants}) over everything stored so far. The table is printed at the end and written
 * to {@code target/fault-drills.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultDrillsEndToEndTest {

  private static DrillCloud drills;
  private static Map<String, String> userIds;

  @BeforeAll
  static void start() throws Exception {
    drills = DrillCloud.start();
    Api api = drills.api();
    userIds = Map.of(SAM, api.userId(SAM), SOPHIE, api.userId(SOPHIE), BEN, api.userId(BEN), OLIVIA, api.userId(OLIVIA));
  }

  @AfterAll
  static void stop() {
    if (drills != null) {
      drills.close();
    }
    DrillReport.publish();
  }

  @AfterEach
  void noFaultLeftOn() {
    drills.cloud().queueMappings().forEach(m -> m.faults().clear());
  }

  private static Workload workload(long seed, int quotes, int tasks) {
    return Workload.plan(seed, quotes, tasks, userIds);
  }

  @Test
  @Order(1)
  void put_events_partial_failure() throws Exception {
    LocalEventBridge bus = drills.cloud().eventBridge();
    Drill.run("PutEvents partial failure (3 entries in 10 throttled)", drills, ledger -> {
      long refusedBefore = bus.refusedOnPurpose();
      bus.failSomeEntries(new LocalEventBridge.EntryFailures(10_000, 0.3, "ThrottlingException", 505));
      try {
        workload(505, 6, 7).start(drills.api(), ledger, 6, Workload.Retry.NEVER).await();
        drills.drain();
      } finally {
        bus.stopFailing();
      }
      long refused = bus.refusedOnPurpose() - refusedBefore;
      return List.of(answered(ledger), expect("the bus refused some entries", refused > 0, "no entry was refused"));
    });
  }

  @Test
  @Order(2)
  void bus_outage() throws Exception {
    LocalEventBridge bus = drills.cloud().eventBridge();
    Drill.run("bus outage (20 PutEvents calls answered 503)", drills, ledger -> {
      long refusedBefore = bus.refusedOnPurpose();
      Workload.Running running = workload(606, 6, 7).start(drills.api(), ledger, 6, Workload.Retry.NEVER);
      running.awaitSent(20);
      bus.failNextCalls(new LocalEventBridge.Outage(20, 503, "ServiceUnavailableException", "Service is unavailable"));
      running.await();
      Poll.until("the outage has passed", DrillCloud.DRAIN, () -> bus.refusedOnPurpose() - refusedBefore >= 20);
      return List.of(answered(ledger));
    });
  }

  @Test
  @Order(3)
  void relay_crashing_between_sends() throws Exception {
    Drill.run("outbox relay crashing between two PutEvents calls", drills, ledger -> {
      StreamMapping relay = drills.cloud().streamMappings("OutboxRelayFunction").getFirst();
      long since = System.nanoTime();
      relay.hold();
      try {
        // one event, then five commits of two (TaskCreated, TaskAssigned): the relay's first call takes
        // ten entries, the fifth task's creation among them and not its assignment
        List<Workload.Story> first = new ArrayList<>();
        String quote = Workload.newId();
        first.add(new Workload.Story("t-acme#quote#" + quote, List.of(new Workload.Step(OLIVIA, "POST", "/quotes", """
            {"quoteId": "%s", "customerId": "%s", "title": "Crash drill", "lines": []}""".formatted(quote, Workload.ACME_CUSTOMER)))));
        for (int i = 0; i < 5; i++) {
          String task = Workload.newId();
          first.add(new Workload.Story("t-acme#task#" + task, List.of(new Workload.Step(OLIVIA, "POST", "/tasks", """
              {"taskId": "%s", "title": "Crash drill %d", "assignee": "%s"}""".formatted(task, i, userIds.get(SAM))))));
        }
        Workload.of(first).start(drills.api(), ledger, 1, Workload.Retry.NEVER).await();
        RelayCrash.arm(1);
      } finally {
        relay.release();
      }
      try {
        workload(707, 6, 6).start(drills.api(), ledger, 6, Workload.Retry.NEVER).await();
        drills.drain();
      } finally {
        RelayCrash.disarm();
      }
      boolean died = drills.invocationsSince("OutboxRelayFunction", since).stream().anyMatch(i -> !i.answered());
      return List.of(answered(ledger), expect("the relay's invocation died at its second call", RelayCrash.crashed() && died,
          "crashed: " + RelayCrash.crashed() + ", an invocation died: " + died),
          expect("a commit was cut between the two calls", cutCommits(RelayCrash.publishedBeforeTheCrash()) > 0,
              "every commit was published whole before the crash: " + RelayCrash.publishedBeforeTheCrash().stream()
                  .map(e -> e.path("eventType").asText() + " v" + e.path("version").asText() + " of " + e.path("streamId").asText())
                  .toList()));
    });
  }

  /** How many commits had some, not all, of their events among {@code published}. */
  private static long cutCommits(List<JsonNode> published) {
    Store store = Invariants.store(drills.site());
    Map<String, Long> publishedPerCommand = new HashMap<>();
    published.forEach(e -> publishedPerCommand.merge(e.path("commandId").asText(), 1L, Long::sum));
    return store.streams().values().stream().flatMap(s -> s.commits().stream())
        .filter(c -> publishedPerCommand.containsKey(c.commandId()) && publishedPerCommand.get(c.commandId()) < c.events().size())
        .count();
  }

  @Test
  @Order(4)
  void reordering() throws Exception {
    Drill.run("reordering (every queue shuffled, a third held back)", drills, ledger -> {
      long since = System.nanoTime();
      drills.cloud().queueMappings().forEach(m -> m.faults().reorder(202));
      workload(202, 6, 7).start(drills.api(), ledger, 6, Workload.Retry.NEVER).await();
      drills.drain();
      long overtaken = overtaken(drills.invocationsSince("TaskProjectorFunction", since))
          + overtaken(drills.invocationsSince("QuoteProjectorFunction", since));
      return List.of(answered(ledger), expect("the projectors were told of some stream's versions out of order",
          overtaken > 0, "every stream's doorbells came in version order"));
    });
  }

  @Test
  @Order(5)
  void duplicate_storm() throws Exception {
    Drill.run("duplicate storm (every SQS message delivered 3 times at once)", drills, ledger -> {
      long since = System.nanoTime();
      drills.cloud().queueMappings().forEach(m -> m.faults().deliverEachMessage(3));
      workload(101, 6, 8).start(drills.api(), ledger, 6, Workload.Retry.NEVER).await();
      drills.drain();
      Map<String, Long> copies = drills.invocationsSince("TaskProjectorFunction", since).stream()
          .collect(Collectors.groupingBy(i -> new String(i.event(), StandardCharsets.UTF_8), Collectors.counting()));
      // three copies each, unless a copy waited in vain for a concurrency slot (throttled, it never reaches the handler)
      return List.of(answered(ledger), expect("every batch reached the task projector more than once",
          !copies.isEmpty() && copies.values().stream().allMatch(n -> n >= 2), "batches seen " + copies.values() + " times"));
    });
  }

  @Test
  @Order(6)
  void consumer_killed_mid_batch() throws Exception {
    Drill.run("consumers killed mid-batch (half a batch written, then the invocation dies)", drills, ledger -> {
      List<QueueMapping> consumers = List.of("QuoteProjectorFunction", "TaskProjectorFunction", "QuoteExpiryIndexFunction",
          "PushFunction").stream().flatMap(f -> drills.cloud().queueMappings(f).stream()).toList();
      consumers.forEach(m -> m.faults().crashMidBatch(2));
      // the consumers take nothing while the commands are written, so that their batches are full when they do
      consumers.forEach(QueueMapping::hold);
      try {
        workload(303, 6, 7).start(drills.api(), ledger, 6, Workload.Retry.NEVER).await();
        Poll.until("the relay has published every commit", DrillCloud.DRAIN,
            () -> drills.cloud().streamMappings("OutboxRelayFunction").getFirst().drained());
      } finally {
        consumers.forEach(QueueMapping::release);
      }
      drills.drain();
      List<String> notCrashed = consumers.stream().filter(m -> m.faults().pendingCrashes() > 0)
          .map(m -> m.id() + " still had " + m.faults().pendingCrashes() + " crash(es) to go").toList();
      return List.of(answered(ledger), expect("the projectors' batches crashed halfway", notCrashed.stream()
          .filter(line -> line.startsWith("QuoteProjector") || line.startsWith("TaskProjector")).toList()));
    });
  }

  @Test
  @Order(7)
  void poison_message_among_good_ones() throws Exception {
    Drill.run("a poison message in each consumer's queue among good ones", drills, ledger -> {
      // the team's consumers too: its projector (the read model every query consults) and the closing of a removed
      // member's connections
      List<String> queues = List.of("QuoteProjectionQueue", "TaskProjectionQueue", "QuoteExpiryIndexQueue", "PushQueue",
          "TeamProjectionQueue", "RemovedMemberQueue");
      for (String queue : queues) {
        String body = "{\"version\":\"0\",\"detail-type\":\"QuoteIssued\",\"detail\":\"poison " + UUID.randomUUID() + "\"}";
        drills.site().sqs().sendMessage(r -> r.queueUrl(drills.cloud().queueUrl(queue)).messageBody(body));
        drills.poison().computeIfAbsent(queue.replace("Queue", "DeadLetters"), q -> new CopyOnWriteArrayList<>()).add(body);
      }
      workload(404, 6, 7).start(drills.api(), ledger, 6, Workload.Retry.NEVER).await();
      // nothing else stalls: the good events are applied while the poison messages are still being retried
      boolean poisonStillCycling = false;
      Invariants.Check applied = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline) {
        boolean cycling = deadLetterCount() < queues.size();
        applied = Invariants.everyEventReachedEveryReadModel(drills.site());
        if (applied.passed()) {
          poisonStillCycling = cycling;
          break;
        }
        Thread.sleep(100);
      }
      return List.of(answered(ledger), expect("the good events were applied while the poison was still retried",
          applied != null && applied.passed() && poisonStillCycling,
          "applied: " + applied + ", poison still cycling: " + poisonStillCycling));
    });
  }

  /** How many doorbells came after one of a later version of the same stream, in the order the invocations began. */
  private static long overtaken(List<DrillCloud.Invocation> invocations) {
    Map<String, Long> highest = new HashMap<>();
    long overtaken = 0;
    for (DrillCloud.Invocation invocation : invocations.stream().sorted(Comparator.comparingLong(DrillCloud.Invocation::start))
        .toList()) {
      for (JsonNode record : Json.parse(invocation.event()).path("Records")) {
        JsonNode detail = Json.parse(record.path("body").asText()).path("detail");
        String stream = detail.path("streamId").asText();
        long version = detail.path("version").asLong();
        if (highest.getOrDefault(stream, 0L) > version) {
          overtaken++;
        }
        highest.merge(stream, version, Math::max);
      }
    }
    return overtaken;
  }

  private static long deadLetterCount() {
    return drills.poison().keySet().stream().mapToLong(dlq -> drills.cloud().sqs().backlog(drills.cloud().queueUrl(dlq))).sum();
  }

  @Test
  @Order(8)
  void mongodb_unavailable() throws Exception {
    Drill.run("MongoDB unavailable for 4 s (projectors fail and retry, queries answer 503)", drills, ledger -> {
      Workload.Running running = workload(808, 6, 7).start(drills.api(), ledger, 6, Workload.Retry.NEVER);
      running.awaitSent(20);
      List<Api.Answer> queries = new ArrayList<>();
      drills.mongoProxy().takeDown();
      try {
        long back = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < back) {
          queries.add(drills.api().get(OLIVIA, "/quotes?limit=5"));
          queries.add(drills.api().get(SAM, "/tasks/mine"));
          Thread.sleep(250);
        }
      } finally {
        drills.mongoProxy().bringBack();
      }
      running.await();
      List<String> wrong = queries.stream().filter(a -> a.status() != 503 && a.status() != 200)
          .map(a -> a.status() + " " + a.body()).toList();
      return List.of(answered(ledger), expect("queries answered 503 while MongoDB was away (never 500)", wrong));
    });
  }

  @Test
  @Order(9)
  void mongodb_slow() throws Exception {
    Drill.run("MongoDB slow (40 ms on every chunk, queries wait for their version)", drills, ledger -> {
      drills.mongoProxy().slowDown(Duration.ofMillis(40));
      List<String> wrong = new ArrayList<>();
      try {
        workload(909, 6, 7).start(drills.api(), ledger, 6, Workload.Retry.NEVER).await();
        for (Ledger.Sent sent : ledger.all()) {
          if (sent.accepted() && sent.streamKey().contains("#quote#") && sent.path().endsWith("/issue")) {
            String id = sent.streamKey().substring(sent.streamKey().lastIndexOf('#') + 1);
            Api.Answer read = drills.api().get(sent.user(), "/quotes/" + id + "?minVersion=" + sent.answer().version());
            if (read.status() != 200) {
              wrong.add("GET /quotes/" + id + "?minVersion=" + sent.answer().version() + ": " + read.status() + " " + read.body());
            }
          }
        }
      } finally {
        drills.mongoProxy().slowDown(Duration.ZERO);
      }
      return List.of(answered(ledger), expect("reads of one's own writes answered 200 (waiting, or saying behind)", wrong));
    });
  }

  @Test
  @Order(10)
  void concurrent_commands_on_one_stream() throws Exception {
    Drill.run("concurrent commands on one quote and one task (60 clients at once)", drills, ledger -> {
      Api api = drills.api();
      String quote = Workload.newId();
      String quotePath = "/quotes/" + quote;
      String quoteStream = "t-acme#quote#" + quote;
      long drafted = send(ledger, OLIVIA, "POST", "/quotes", """
          {"quoteId": "%s", "customerId": "%s", "title": "Everyone at once", "lines": []}""".formatted(quote, CUSTOMER),
          quoteStream, UUID.randomUUID().toString()).version();
      String task = Workload.newId();
      String taskStream = "t-acme#task#" + task;
      send(ledger, OLIVIA, "POST", "/tasks", """
          {"taskId": "%s", "title": "Everyone at once", "assignee": "%s"}""".formatted(task, userIds.get(SAM)), taskStream,
          UUID.randomUUID().toString());
      List<Callable<Api.Answer>> clients = new ArrayList<>();
      List<String> stale = new ArrayList<>();
      List<String> starts = new ArrayList<>();
      for (int i = 0; i < 16; i++) { // all decided on the draft's version: one may win
        String key = UUID.randomUUID().toString();
        stale.add(key);
        clients.add(() -> send(ledger, OLIVIA, "POST", quotePath + "/lines", lineAt(drafted), quoteStream, key));
      }
      for (int i = 0; i < 16; i++) { // no expected version: the service starts over on a conflict, a few times
        String key = UUID.randomUUID().toString();
        String user = i % 2 == 0 ? OLIVIA : Api.ADAM;
        clients.add(() -> send(ledger, user, "POST", quotePath + "/lines", lineAt(-1), quoteStream, key));
      }
      for (int i = 0; i < 16; i++) {
        String key = UUID.randomUUID().toString();
        clients.add(() -> send(ledger, OLIVIA, "POST", "/tasks/" + task + "/checklist",
            "{\"itemId\": \"%s\", \"text\": \"Item\"}".formatted(Workload.newId()), taskStream, key));
      }
      for (int i = 0; i < 8; i++) { // Sam taps "start" on two devices, and more
        String key = UUID.randomUUID().toString();
        starts.add(key);
        clients.add(() -> send(ledger, SAM, "POST", "/tasks/" + task + "/start", "{}", taskStream, key));
      }
      String doubleClick = UUID.randomUUID().toString();
      for (int i = 0; i < 4; i++) { // the same change sent four times at once under one Idempotency-Key
        clients.add(() -> send(ledger, OLIVIA, "PUT", quotePath, """
            {"customerId": "%s", "title": "Everyone at once, renamed"}""".formatted(CUSTOMER),
            quoteStream, doubleClick));
      }
      atOnce(clients);
      List<Ledger.Sent> all = ledger.all();
      long staleWinners = all.stream().filter(s -> stale.contains(s.idempotencyKey()) && s.accepted()).count();
      long startWinners = all.stream().filter(s -> starts.contains(s.idempotencyKey()) && s.accepted()).count();
      List<Long> doubleClickVersions = all.stream().filter(s -> s.idempotencyKey().equals(doubleClick) && s.accepted())
          .map(s -> s.answer().version()).distinct().toList();
      return List.of(Drill.answered(ledger, 409),
          expect("of the clients that expected the draft's version, at most one won", staleWinners <= 1, staleWinners + " won"),
          expect("at most one start won", startWinners <= 1, startWinners + " won"),
          expect("the double click's answers name one version", doubleClickVersions.size() <= 1,
              "versions " + doubleClickVersions));
    });
  }

  private static final String CUSTOMER = Workload.ACME_CUSTOMER;

  private static String lineAt(long expectedVersion) {
    return """
        {"lineId": "%s", "description": "Tiling", "quantity": 1, "unitPrice": 12000, "vatCode": "standard"%s}"""
        .formatted(Workload.newId(), expectedVersion < 0 ? "" : ", \"expectedVersion\": " + expectedVersion);
  }

  private static Api.Answer send(Ledger ledger, String user, String method, String path, String body, String stream, String key) {
    Api.Answer answer = drills.api().command(user, method, path, body, key);
    ledger.add(new Ledger.Sent(user, method, path, body, stream, key, answer));
    return answer;
  }

  private static void atOnce(List<Callable<Api.Answer>> clients) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Answer>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
      for (Callable<Api.Answer> client : clients) {
        answers.add(pool.submit(() -> {
          go.await();
          return client.call();
        }));
      }
      go.countDown();
      for (Future<Api.Answer> answer : answers) {
        answer.get();
      }
    }
  }

  @Test
  @Order(11)
  void throttled_consumer() throws Exception {
    LambdaFunction projector = drills.cloud().functions().require("TaskProjectorFunction");
    Drill.run("throttling (the task projector at concurrency 1, a burst of 30 tasks)", drills, ledger -> {
      long since = System.nanoTime();
      projector.reserveConcurrency(1);
      try {
        workload(1111, 0, 30).start(drills.api(), ledger, 8, Workload.Retry.NEVER).await();
        drills.drain();
      } finally {
        projector.restoreConcurrency();
      }
      List<DrillCloud.Invocation> runs = drills.invocationsSince("TaskProjectorFunction", since).stream()
          .sorted(Comparator.comparingLong(DrillCloud.Invocation::start)).toList();
      long overlaps = 0;
      for (int i = 1; i < runs.size(); i++) {
        overlaps += runs.get(i).start() < runs.get(i - 1).end() ? 1 : 0;
      }
      return List.of(answered(ledger), expect("the projector never ran twice at once", overlaps == 0,
          overlaps + " invocations overlapped another of " + runs.size()));
    });
  }

  @Test
  @Order(12)
  void quote_conversions_cut_short_between_their_two_appends() throws Exception {
    Drill.run("conversions cut short between the job's and the quote's appends; retried or swept", drills, ledger -> {
      List<String> quotes = new ArrayList<>();
      List<Workload.Story> accepted = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String quote = Workload.newId();
        quotes.add(quote);
        String path = "/quotes/" + quote;
        accepted.add(new Workload.Story("t-acme#quote#" + quote, List.of(
            new Workload.Step(OLIVIA, "POST", "/quotes", """
                {"quoteId": "%s", "customerId": "%s", "title": "Conversion drill %d", "lines": [%s]}"""
                .formatted(quote, CUSTOMER, i, lineAt(-1))),
            new Workload.Step(OLIVIA, "POST", path + "/issue", "{}"),
            new Workload.Step(OLIVIA, "POST", path + "/accept", "{\"optionalLinesTaken\": []}"))));
      }
      Workload.of(accepted).start(drills.api(), ledger, 3, Workload.Retry.NEVER).await();
      Map<String, String> keys = new HashMap<>();
      ConversionCrash.arm();
      try {
        for (String quote : quotes) {
          keys.put(quote, UUID.randomUUID().toString());
          send(ledger, OLIVIA, "POST", "/quotes/" + quote + "/convert-to-job", "{}", "t-acme#job#" + jobOf(quote), keys.get(quote));
        }
      } finally {
        ConversionCrash.disarm();
      }
      int crashes = ConversionCrash.crashes();
      Store store = Invariants.store(drills.site());
      long jobsOpened = quotes.stream().filter(q -> store.streams().containsKey("t-acme#job#" + jobOf(q))).count();
      long quotesConverted = quotes.stream().filter(q -> converted(store, q) > 0).count();
      // the client of half of them tries again under the same key; the sweep completes the other half
      List<String> wrong = new ArrayList<>();
      for (String quote : quotes.subList(0, 3)) {
        Api.Answer again = send(ledger, OLIVIA, "POST", "/quotes/" + quote + "/convert-to-job", "{}", "t-acme#job#" + jobOf(quote),
            keys.get(quote));
        if (again.status() != 201 && again.status() != 200) {
          wrong.add(quote + " tried again: " + again.status() + " " + again.body());
        }
      }
      DynamoDbClient dynamoDb = drills.site().dynamoDb();
      String pendingTable = drills.cloud().tableName("PendingConversionsTable");
      ConversionSweep sweep = new ConversionSweep(new DynamoDbEventStore(dynamoDb, drills.site().eventsTable()),
          new DynamoDbPendingConversions(dynamoDb, pendingTable),
          Clock.offset(Clock.systemUTC(), ConversionSweep.GRACE.plusSeconds(30)));
      ConversionSweep.Report swept = sweep.sweep();
      ConversionSweep.Report again = sweep.sweep();
      drills.drain();
      Store after = Invariants.store(drills.site());
      List<String> notOnce = quotes.stream().filter(q -> converted(after, q) != 1 || !after.streams().containsKey(
          "t-acme#job#" + jobOf(q))).map(q -> q + ": QuoteConvertedToJob " + converted(after, q) + " times, job stream "
          + after.streams().containsKey("t-acme#job#" + jobOf(q))).toList();
      int intentsLeft = dynamoDb.scan(r -> r.tableName(pendingTable).consistentRead(true)).count();
      return List.of(
          expect("every conversion was cut after its job opened", crashes == quotes.size() && jobsOpened == quotes.size()
              && quotesConverted == 0, crashes + " crashes, " + jobsOpened + " jobs opened, " + quotesConverted + " quotes converted"),
          expect("a cut conversion tried again under its key completes it", wrong),
          expect("the sweep completed the others, and its second run found nothing", swept.completed().size() == 3
              && swept.failed().isEmpty() && again.completed().isEmpty() && again.waiting() == 0,
              "first run " + swept + ", second " + again),
          expect("each quote says converted once, and its job exists", notOnce),
          expect("no conversion intent is left", intentsLeft == 0, intentsLeft + " intents left"));
    });
  }

  private static String jobOf(String quote) {
    return JobIds.fromQuote(new QuoteId(UUID.fromString(quote))).value().toString();
  }

  /** How many times the quote's stream says it was converted to its job. */
  private static long converted(Store store, String quote) {
    Store.Stream stream = store.streams().get("t-acme#quote#" + quote);
    return stream == null ? 0 : stream.events().stream()
        .filter(e -> e.path("eventType").asText().equals("QuoteConvertedToJob")).count();
  }

  @Test
  @Order(13)
  void idempotency_keys_replayed_across_a_restart() throws Exception {
    Drill.run("Idempotency-Key replays across a restart", drills, ledger -> {
      Ledger first = new Ledger();
      workload(1212, 6, 6).start(drills.api(), first, 6, Workload.Retry.NEVER).await();
      first.all().forEach(ledger::add);
      drills.drain();
      long stored = Invariants.store(drills.site()).eventCount();
      drills.restart();
      List<String> wrong = new ArrayList<>();
      for (Ledger.Sent sent : first.all()) {
        if (!sent.accepted()) {
          continue;
        }
        Api.Answer again = drills.api().command(sent.user(), sent.method(), sent.path(), sent.body(), sent.idempotencyKey());
        ledger.add(new Ledger.Sent(sent.user(), sent.method(), sent.path(), sent.body(), sent.streamKey(), sent.idempotencyKey(),
            again));
        if (again.status() != sent.answer().status() || again.version() != sent.answer().version() || !again.replayed()) {
          wrong.add(sent + " was answered " + again.status() + " version " + again.version() + " replayed " + again.replayed());
        }
      }
      drills.drain();
      long after = Invariants.store(drills.site()).eventCount();
      return List.of(answered(ledger), expect("every replay answered the first result, Idempotent-Replayed", wrong),
          expect("the replays wrote nothing", after == stored, (after - stored) + " events written by replays"));
    });
  }
}

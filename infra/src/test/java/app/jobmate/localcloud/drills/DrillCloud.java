package app.jobmate.localcloud.drills;

import app.jobmate.localcloud.Clients;
import app.jobmate.localcloud.FreePort;
import app.jobmate.localcloud.LocalCloud;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.mongo.LocalMongo;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.projections.adapter.lambda.RebuildProjection;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local cloud the in-process drills run against: Jobmate's template with the drills' timings
 * ({@link DrillTemplate}), its read models' MongoDB behind a {@link MongoProxy} the drills can take
 * down or slow down, WebSocket devices connected, and the SDK and Mongo clients the invariants read
 * with (straight to MongoDB, not through the proxy). The cloud's log goes to
 * {@code target/fault-drills-cloud.log}. It can be restarted on the same data directory and port.
 */
final class DrillCloud implements Drill.Target, AutoCloseable {

  static final Duration DRAIN = Duration.ofSeconds(90);
  private static final Path LOG = Path.of("target", "fault-drills-cloud.log");

  private final Path template = DrillTemplate.write();
  private final Path data;
  private final int port = FreePort.pick();
  private final LocalMongo mongo;
  private final MongoProxy proxy;
  private final MongoClient mongoClient;
  private final PrintWriter log;
  private final Devices devices = new Devices();
  private final Queue<Invocation> invocations = new ConcurrentLinkedQueue<>();
  private final Map<String, List<String>> poison = new ConcurrentHashMap<>();
  private LocalCloud cloud;
  private Api api;
  private DynamoDbClient dynamoDb;
  private SqsClient sqs;

  private DrillCloud() {
    try {
      data = Files.createTempDirectory("jobmate-drills");
      Files.createDirectories(LOG.getParent());
      log = new PrintWriter(Files.newBufferedWriter(LOG, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    mongo = LocalMongo.start(data);
    proxy = MongoProxy.to(mongo.uri());
    mongoClient = MongoClients.create(mongo.uri());
  }

  /** An invocation that reached a handler: which function, with what event, when ({@link System#nanoTime()}), whether it answered. */
  record Invocation(String function, byte[] event, long start, long end, boolean answered) {
  }

  static DrillCloud start() {
    DrillCloud drills = new DrillCloud();
    drills.startCloud();
    DemoData.recordTeams(drills.cloud);
    Workload.enterCustomers(drills.api);
    return drills;
  }

  private void startCloud() {
    log.println("---- local cloud starting on " + data + " at " + Instant.now());
    cloud = LocalCloud.start(template, LocalCloud.Options.in(data).withPort(port).withMongoUri(proxy.uri()).warmed()
        .withLog(log::println));
    cloud.functions().observe((function, event, start, end, answered) ->
        invocations.add(new Invocation(function, event, start, end, answered)));
    api = new Api(cloud.endpoints().api());
    dynamoDb = Clients.dynamoDb();
    sqs = Clients.sqs();
    devices.reconnect(api, cloud.endpoints().webSocket().orElseThrow());
  }

  /** Closes the cloud as Ctrl-C would and starts it again on the same data (MongoDB and the proxy stay up). */
  void restart() {
    closeCloud();
    startCloud();
  }

  LocalCloud cloud() {
    return cloud;
  }

  Api api() {
    return api;
  }

  MongoProxy mongoProxy() {
    return proxy;
  }

  @Override
  public Devices devices() {
    return devices;
  }

  @Override
  public Map<String, List<String>> poison() {
    return poison;
  }

  /** Per function: invocations since {@code nanos}, how many did not answer, and the longest, for the log. */
  String invocationSummary(long nanos) {
    Map<String, List<Invocation>> byFunction = new TreeMap<>();
    invocations.stream().filter(i -> i.start() >= nanos)
        .forEach(i -> byFunction.computeIfAbsent(i.function(), f -> new ArrayList<>()).add(i));
    StringBuilder summary = new StringBuilder();
    byFunction.forEach((function, runs) -> summary.append("%n  %-34s %5d invocations, %3d failed, longest %5d ms".formatted(function,
        runs.size(), runs.stream().filter(i -> !i.answered()).count(),
        runs.stream().mapToLong(i -> (i.end() - i.start()) / 1_000_000).max().orElse(0))));
    return summary.toString();
  }

  /** The invocations of {@code function} that began after {@code nanos}. */
  List<Invocation> invocationsSince(String function, long nanos) {
    return invocations.stream().filter(i -> i.function().equals(function) && i.start() >= nanos).toList();
  }

  @Override
  public Invariants.Site site() {
    Map<String, String> deadLetters = new TreeMap<>();
    DrillTemplate.deadLetterQueues().keySet().forEach(id -> deadLetters.put(id, cloud.queueUrl(id)));
    return new Invariants.Site(api, dynamoDb, cloud.tableName("EventsTable"), cloud.tableName("QuoteExpiriesTable"), sqs,
        deadLetters, mongoClient.getDatabase("jobmate"), target -> {
          FunctionSettings settings = FunctionSettings.of(cloud.functions().require("RebuildProjectionFunction").spec()
              .environment());
          // the rebuild function's own master key: KMS where the SDK's settings send it, the default credentials
          return RebuildProjection.into(target, settings, dynamoDb, KmsMasterKey.resolve(settings.require("CUSTOMER_KEY_ID"),
              Intrinsics.REGION, DefaultCredentialsProvider.builder().build()));
        });
  }

  /** Waits until streams, queues and functions are idle (delayed flushes of the push included). */
  @Override
  public void drain() throws Exception {
    cloud.awaitDrained(DRAIN);
  }

  void log(String line) {
    log.println("---- " + line);
  }

  private void closeCloud() {
    if (cloud != null) {
      cloud.close();
      dynamoDb.close();
      sqs.close();
      cloud = null;
    }
  }

  @Override
  public void close() {
    devices.close();
    closeCloud();
    mongoClient.close();
    proxy.close();
    mongo.close();
    log.close();
  }
}

package app.jobmate.localcloud.drills;

import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.projections.adapter.lambda.RebuildProjection;
import app.jobmate.localcloud.FreePort;
import app.jobmate.localcloud.Poll;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local cloud as {@code ./jobmate start} runs it: {@code app.jobmate.localcloud.Main} in a JVM
 * of its own (this test's class path), on a data directory and port that survive it, with the
 * drills' template. It can be killed outright ({@code SIGKILL}: no shutdown hook, nothing flushed)
 * and started again on the same data. Its output goes to {@code target/fault-drills-child.log}; the
 * endpoints are read from the banner it prints.
 */
final class ChildCloud implements Drill.Target, AutoCloseable {

  private static final Path LOG = Path.of("target", "fault-drills-child.log");
  private static final Duration START = Duration.ofSeconds(120);
  private static final Pattern URL = Pattern.compile("(?:http|mongodb)://127\\.0\\.0\\.1:\\d+");

  private final Path template = DrillTemplate.write();
  private final Path data;
  private final int port = FreePort.pick();
  private final Devices devices = new Devices();
  private final Map<String, List<String>> poison = new ConcurrentHashMap<>();
  private Process process;
  private Api api;
  private DynamoDbClient dynamoDb;
  private SqsClient sqs;
  /** The child's service port, where its KMS answers. */
  private URI serviceEndpoint;
  private MongoClient mongo;

  ChildCloud() {
    try {
      data = Files.createTempDirectory("jobmate-drills-child");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the child and waits until it has entered the demo data (first start) and says it is ready. */
  void start() throws Exception {
    long logFrom = Files.exists(LOG) ? Files.size(LOG) : 0;
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-cp", classPath, "app.jobmate.localcloud.Main",
        template.toString(), data.toString(), Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
    process = builder.start();
    String banner = Poll.value("the child local cloud is ready", START, () -> output(logFrom),
        out -> out.contains("Ctrl-C stops everything.") || !process.isAlive());
    if (!process.isAlive()) {
      throw new IllegalStateException("the child local cloud exited with " + process.exitValue() + ":\n" + banner);
    }
    URI endpoint = URI.create(line(banner, "HTTP API"));
    api = new Api(endpoint);
    List<String> services = urls(banner, "DynamoDB");
    dynamoDb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .endpointOverride(URI.create(services.getFirst())).build();
    serviceEndpoint = URI.create(services.getFirst());
    sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .endpointOverride(URI.create(services.get(2))).build();
    mongo = MongoClients.create(line(banner, "MongoDB"));
    devices.reconnect(api, URI.create("ws://127.0.0.1:" + port + "/ws"));
  }

  /**
   * Kills the child with {@code SIGKILL} and waits until it and the processes it started (dynalite,
   * which exits when its parent's end of its stdin closes) are gone.
   */
  void kill() throws Exception {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    for (ProcessHandle child : children) {
      child.onExit().get(30, TimeUnit.SECONDS);
    }
    closeClients();
  }

  /** How the child ended: 137 is 128 + 9, killed by SIGKILL. */
  int exitValue() {
    return process.exitValue();
  }

  Api api() {
    return api;
  }

  @Override
  public Devices devices() {
    return devices;
  }

  @Override
  public Map<String, List<String>> poison() {
    return poison;
  }

  @Override
  public Invariants.Site site() {
    Map<String, String> deadLetters = new TreeMap<>();
    DrillTemplate.deadLetterQueues().forEach((id, name) -> deadLetters.put(id, sqs.getQueueUrl(r -> r.queueName(name)).queueUrl()));
    return new Invariants.Site(api, dynamoDb, "jobmate-" + DrillTemplate.STAGE + "-events",
        "jobmate-" + DrillTemplate.STAGE + "-quote-expiries", sqs, deadLetters, mongo.getDatabase("jobmate"),
        target -> RebuildProjection.into(target, FunctionSettings.of(Map.of(
            "EVENTS_TABLE", "jobmate-" + DrillTemplate.STAGE + "-events",
            "CUSTOMER_KEYS_TABLE", "jobmate-" + DrillTemplate.STAGE + "-customer-keys",
            // the local cloud's ARN of the template's CustomerDataKey (LocalResourceNames)
            "CUSTOMER_KEY_ID", "arn:aws:local:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":CustomerDataKey")),
            dynamoDb, new KmsMasterKey(serviceEndpoint, Intrinsics.REGION,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")),
                "arn:aws:local:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":CustomerDataKey")));
  }

  /**
   * The child cannot be asked whether it is idle, so: every queue but the dead-letter queues empty
   * (nothing waiting, in flight or delayed) and every stored event in every read model, twice in a
   * row a second apart. Nothing wedged means this comes within the drain time.
   */
  @Override
  public void drain() {
    long deadline = System.nanoTime() + DrillCloud.DRAIN.toNanos();
    int quiet = 0;
    List<String> busy = List.of();
    while (quiet < 2) {
      busy = busy();
      quiet = busy.isEmpty() ? quiet + 1 : 0;
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the child local cloud did not drain in " + DrillCloud.DRAIN + " (wedged?): " + busy);
      }
      sleep(Duration.ofSeconds(1));
    }
  }

  /** What is still to do: queues (but the dead-letter queues) not empty, and events not yet in a read model. */
  private List<String> busy() {
    List<String> deadLetters = List.copyOf(DrillTemplate.deadLetterQueues().values());
    List<String> busy = new ArrayList<>();
    for (String url : sqs.listQueues().queueUrls()) {
      if (deadLetters.stream().anyMatch(url::endsWith)) {
        continue;
      }
      Map<QueueAttributeName, String> counts = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
          QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
          QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
      if (!counts.values().stream().allMatch("0"::equals)) {
        busy.add(url.substring(url.lastIndexOf('/') + 1) + " " + counts);
      }
    }
    Invariants.Check reached = Invariants.everyEventReachedEveryReadModel(site());
    if (!reached.passed()) {
      busy.add(reached.toString());
    }
    return busy;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String output(long from) {
    try {
      byte[] all = Files.readAllBytes(LOG);
      return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String line(String banner, String label) {
    return urls(banner, label).getFirst();
  }

  /** The URLs on the banner's line that starts with {@code label}. */
  private static List<String> urls(String banner, String label) {
    Optional<String> line = banner.lines().filter(l -> l.strip().startsWith(label)).findFirst();
    List<String> urls = new ArrayList<>();
    Matcher matcher = URL.matcher(line.orElseThrow(() -> new IllegalStateException("no " + label + " in\n" + banner)));
    while (matcher.find()) {
      urls.add(matcher.group());
    }
    return urls;
  }

  private void closeClients() {
    if (dynamoDb != null) {
      dynamoDb.close();
      sqs.close();
      mongo.close();
      dynamoDb = null;
    }
  }

  /** Stops the child as Ctrl-C would (its shutdown hook closes everything). */
  @Override
  public void close() {
    devices.close();
    closeClients();
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}

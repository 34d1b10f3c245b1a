package app.jobmate.loadtests.endtoend;

import app.jobmate.localcloud.LocalCloud;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The local cloud running Jobmate's own template, measured (issue: the local cloud):
 * <ol>
 *   <li>{@code ./jobmate start} from command to ready, and the resident memory of what it runs
 *       (the JVM and dynalite), then Ctrl-C and a check that nothing is left behind;</li>
 *   <li>end-to-end latency, command accepted to read model visible, over N commands (a draft
 *       quote each) from a few concurrent clients, split into hops by observing the functions:
 *       command, table stream to relay, relay (PutEvents), bus to projector (rule, queue, poll),
 *       projector (the conditional write); and the query that reads one's own write.</li>
 * </ol>
 * Run: {@code ./jobmate -q -pl load-tests -am install -DskipTests && ./jobmate -q -pl load-tests exec:java
 * -Dexec.mainClass=app.jobmate.loadtests.endtoend.EndToEndLatency -Dexec.args="1000 4"}.
 */
public final class EndToEndLatency {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final int WARM_UP = 100;

  private record Hops(long sent, long accepted, long relayStart, long relayEnd, long projectorStart, long projectorEnd,
                      long queried) {
  }

  private final Map<String, long[]> relay = new ConcurrentHashMap<>();
  private final Map<String, long[]> projector = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> visible = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    int commands = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path root = repositoryRoot();
    Path data = Files.createTempDirectory("jobmate-start");
    if (!Boolean.getBoolean("skipStart")) {
      startCommand(root, data, "first start (builds if a source changed, seeds the demo users)");
      startCommand(root, data, "second start (built, yesterday's data)");
    }
    try {
      if (Boolean.getBoolean("skipLatency")) {
        System.exit(0);
      }
      new EndToEndLatency().latency(root, commands, clients);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** {@code ./jobmate start}: command to ready, resident memory, and a clean stop. */
  private static void startCommand(Path root, Path data, String which) throws Exception {
    int port = freePort();
    long begun = System.nanoTime();
    Process start = new ProcessBuilder("./jobmate", "start", "infra/template.yaml", data.toString(), Integer.toString(port))
        .directory(root.toFile()).redirectErrorStream(true).start();
    long ready = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(start.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("Jobmate local cloud ready")) {
          ready = (System.nanoTime() - begun) / 1_000_000;
          break;
        }
      }
      long rss = residentKb(start.toHandle());
      long processes = 1 + start.toHandle().descendants().count();
      ProcessHandle java = start.toHandle();
      new ProcessBuilder("kill", "-INT", Long.toString(java.pid())).start().waitFor();
      boolean stopped = start.waitFor(30, TimeUnit.SECONDS);
      Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
      drain.setDaemon(true);
      drain.start();
      System.out.printf("%n./jobmate start, %s: ready in %d ms; %d processes, resident %.0f MB; "
          + "Ctrl-C stopped it: %s, processes left: %d%n", which, ready, processes, rss / 1024.0, stopped,
          java.descendants().count() + (java.isAlive() ? 1 : 0));
    }
  }

  private void latency(Path root, int commands, int clients) throws Exception {
    Path data = Files.createTempDirectory("jobmate-latency");
    long begun = System.nanoTime();
    try (LocalCloud cloud = LocalCloud.start(root.resolve("infra/template.yaml"), LocalCloud.Options.in(data))) {
      System.out.printf("in-process local cloud ready in %d ms%n", (System.nanoTime() - begun) / 1_000_000);
      cloud.functions().observe(this::observed);
      URI api = cloud.endpoints().api();
      String token = signIn(api, "olivia@acme.example");
      enterCustomer(api, token);

      List<Hops> hops = Collections.synchronizedList(new ArrayList<>());
      int total = commands + WARM_UP;
      ExecutorService pool = Executors.newFixedThreadPool(clients, task -> {
        Thread thread = new Thread(task, "client");
        thread.setDaemon(true);
        return thread;
      });
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int share = total / clients + (c < total % clients ? 1 : 0);
          running.add(pool.submit(() -> {
            for (int i = 0; i < share; i++) {
              hops.add(oneCommand(api, token));
            }
            return null;
          }));
        }
        for (Future<?> f : running) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      report(hops.subList(WARM_UP, hops.size()), commands, clients);
    }
  }

  private static final String CUSTOMER = "0193a5b2-7c41-7d2e-9f3a-00000000c001";

  /** Quotes are drafted only for customers in the book: the run's quotes are for this one. */
  private static void enterCustomer(URI api, String token) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve("/customers"))
        .header("authorization", "Bearer " + token).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"customerId": "%s", "kind": "company", "name": "Latency Lettings Ltd"}""".formatted(CUSTOMER))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201 && !response.body().contains("customer.exists")) {
      throw new IllegalStateException("entering the customer failed: " + response.statusCode() + " " + response.body());
    }
  }

  private Hops oneCommand(URI api, String token) throws Exception {
    String quote = app.jobmate.commands.core.UuidV7.at(java.time.Instant.now()).toString();
    String key = quote + "#2";
    CompletableFuture<Void> seen = visible.computeIfAbsent(key, k -> new CompletableFuture<>());
    String body = """
        {"quoteId": "%s", "customerId": "%s", "title": "Latency run",
         "lines": [{"lineId": "%s", "description": "Labour", "quantity": 1.5, "unitPrice": 4500, "vatCode": "standard"}]}
        """.formatted(quote, CUSTOMER, UUID.randomUUID());
    long sent = System.nanoTime();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve("/quotes"))
        .header("authorization", "Bearer " + token).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    long accepted = System.nanoTime();
    if (response.statusCode() != 201) {
      throw new IllegalStateException("draft failed: " + response.statusCode() + " " + response.body());
    }
    try {
      seen.get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("quote " + quote + " was not projected within 60 s", e);
    }
    HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(api.resolve("/quotes/" + quote + "?minVersion=2"))
        .header("authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    long queried = System.nanoTime();
    if (read.statusCode() != 200 || read.headers().firstValue("x-read-model-behind").isPresent()) {
      throw new IllegalStateException("the query did not see the write: " + read.statusCode() + " " + read.body());
    }
    // the local bus delivers inside PutEvents, so the projector can finish before the relay's invocation ends
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (relay.get(key) == null && System.nanoTime() < waitUntil) {
      Thread.sleep(1);
    }
    long[] r = relay.get(key);
    long[] p = projector.get(key);
    if (r == null || p == null) {
      throw new IllegalStateException("no relay or projector invocation seen for " + key);
    }
    return new Hops(sent, accepted, r[0], r[1], p[0], p[1], queried);
  }

  /** Records, per stream version, when the relay and the projector first handled it. */
  private void observed(String function, byte[] event, long start, long end, boolean answered) {
    if (!answered) {
      return;
    }
    try {
      JsonNode records = JSON.readTree(event).path("Records");
      if (function.equals("OutboxRelayFunction")) {
        for (JsonNode record : records) {
          for (JsonNode envelope : JSON.readTree(record.at("/dynamodb/NewImage/events/S").asText())) {
            relay.putIfAbsent(envelope.path("streamId").asText() + "#" + envelope.path("version").asLong(), new long[] {start, end});
          }
        }
      } else if (function.equals("QuoteProjectorFunction")) {
        for (JsonNode record : records) {
          JsonNode detail = JSON.readTree(record.path("body").asText()).path("detail");
          String key = detail.path("streamId").asText() + "#" + detail.path("version").asLong();
          projector.putIfAbsent(key, new long[] {start, end});
          visible.computeIfAbsent(key, k -> new CompletableFuture<>()).complete(null);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void report(List<Hops> hops, int commands, int clients) {
    List<Long> total = new ArrayList<>();
    List<Long> command = new ArrayList<>();
    List<Long> toRelay = new ArrayList<>();
    List<Long> relaying = new ArrayList<>();
    List<Long> toProjector = new ArrayList<>();
    List<Long> projecting = new ArrayList<>();
    List<Long> query = new ArrayList<>();
    for (Hops h : hops) {
      total.add(h.projectorEnd() - h.accepted());
      command.add(h.accepted() - h.sent());
      // the command's commit is on the stream before the HTTP answer leaves, so this hop can start "early"
      toRelay.add(Math.max(0, h.relayStart() - h.accepted()));
      relaying.add(h.relayEnd() - h.relayStart());
      toProjector.add(h.projectorStart() - h.relayEnd());
      projecting.add(h.projectorEnd() - h.projectorStart());
      query.add(h.queried() - Math.max(h.projectorEnd(), h.accepted()));
    }
    Percentiles all = Percentiles.of(total);
    double sum = Percentiles.of(toRelay).mean() + Percentiles.of(relaying).mean() + Percentiles.of(toProjector).mean()
        + Percentiles.of(projecting).mean();
    System.out.printf("%nEnd to end, command accepted -> read model visible: %d commands (after %d warm-up), %d clients%n",
        commands, WARM_UP, clients);
    System.out.printf("p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", all.at(50) / 1e6, all.at(99) / 1e6, all.at(100) / 1e6);
    System.out.printf("| hop | p50 ms | p99 ms | share of the mean |%n|---|---|---|---|%n");
    hop("table stream -> relay invoked", toRelay, sum);
    hop("relay: PutEvents", relaying, sum);
    hop("bus -> rule -> queue -> projector invoked", toProjector, sum);
    hop("projector: read, decide, conditional write", projecting, sum);
    System.out.printf("| (command itself, sent -> 201) | %.1f | %.1f | — |%n", Percentiles.of(command).at(50) / 1e6,
        Percentiles.of(command).at(99) / 1e6);
    System.out.printf("| (query with minVersion after visible) | %.1f | %.1f | — |%n", Percentiles.of(query).at(50) / 1e6,
        Percentiles.of(query).at(99) / 1e6);
  }

  private static void hop(String name, List<Long> values, double sumOfMeans) {
    Percentiles p = Percentiles.of(values);
    System.out.printf("| %s | %.1f | %.1f | %.0f%% |%n", name, p.at(50) / 1e6, p.at(99) / 1e6, 100 * p.mean() / sumOfMeans);
  }

  private static String signIn(URI api, String username) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve("/local/sign-in"))
        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"username\":\"" + username + "\",\"password\":\"" + UserDirectory.DEMO_PASSWORD + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).get("accessToken").asText();
  }

  /** Resident memory of a process and its descendants, from /proc. */
  static long residentKb(ProcessHandle process) {
    long kb = rss(process.pid());
    for (ProcessHandle child : process.descendants().toList()) {
      kb += rss(child.pid());
    }
    return kb;
  }

  private static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException e) {
      return 0; // the process is gone
    }
    return 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("jobmate")) && Files.isDirectory(dir.resolve("infra"))) {
        return dir;
      }
    }
    throw new IllegalStateException("run from inside the Jobmate repository");
  }
}

package app.jobmate.loadtests.endtoend;

import app.jobmate.localcloud.LocalCloud;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Push latency on the local cloud running Jobmate's template: with N WebSocket clients connected
 * (devices of the two demo staff members, half each), tasks are created and assigned over HTTP,
 * and the time from the command accepted to the message received is taken on every device of the
 * assignee. The coalescing window (the template's CoalescingWindowSeconds) is part of it by design.
 * Run: {@code ./jobmate -q -pl load-tests exec:java -Dexec.mainClass=app.jobmate.loadtests.endtoend.PushLatency
 * -Dexec.args="100 200 2"} (clients, tasks, window seconds).
 */
public final class PushLatency {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** When each device received the message about each task. */
  private final Map<String, List<Long>> received = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    String window = args.length > 2 ? args[2] : "2";
    new PushLatency().run(clients, tasks, window);
    System.exit(0);
  }

  private void run(int clients, int tasks, String window) throws Exception {
    Path data = Files.createTempDirectory("jobmate-push");
    Path template = EndToEndLatency.repositoryRoot().resolve("infra/template.yaml");
    try (LocalCloud cloud = LocalCloud.start(template, LocalCloud.Options.in(data)
        .withParameter("CoalescingWindowSeconds", window))) {
      DemoData.recordTeams(cloud);
      URI api = cloud.endpoints().api();
      URI ws = cloud.endpoints().webSocket().orElseThrow();
      String owner = signIn(api, "olivia@acme.example");
      String[] staff = {signIn(api, "sam@acme.example"), signIn(api, "sophie@acme.example")};
      String[] staffIds = {subjectOf(staff[0]), subjectOf(staff[1])};
      List<WebSocket> sockets = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        sockets.add(HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create(ws + "?token=" + staff[i % 2]), new Device()).get(30, TimeUnit.SECONDS));
      }
      int devicesEach = clients / 2;
      System.out.printf("%d WebSocket clients connected (%d devices each for 2 staff), coalescing window %s s%n",
          sockets.size(), devicesEach, window);

      List<Long> first = new ArrayList<>();
      List<Long> last = new ArrayList<>();
      for (int t = 0; t < tasks; t++) {
        String task = UUID.randomUUID().toString();
        String body = """
            {"taskId": "%s", "title": "Visit %d", "priority": "normal", "assignee": "%s"}""".formatted(task, t, staffIds[t % 2]);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve("/tasks"))
            .header("authorization", "Bearer " + owner).header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long accepted = System.nanoTime();
        if (response.statusCode() != 201) {
          throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (received.getOrDefault(task, List.of()).size() < devicesEach && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        List<Long> times = received.getOrDefault(task, List.of());
        if (times.size() < devicesEach) {
          throw new IllegalStateException("task " + t + " reached " + times.size() + " of " + devicesEach + " devices");
        }
        first.add(times.stream().mapToLong(Long::longValue).min().orElseThrow() - accepted);
        last.add(times.stream().mapToLong(Long::longValue).max().orElseThrow() - accepted);
      }
      Percentiles firstDevice = Percentiles.of(first);
      Percentiles allDevices = Percentiles.of(last);
      System.out.printf("Push latency, command accepted -> message received, %d tasks:%n", tasks);
      System.out.printf("| | p50 ms | p99 ms | max ms |%n|---|---|---|---|%n");
      System.out.printf("| first device | %.0f | %.0f | %.0f |%n", firstDevice.at(50) / 1e6, firstDevice.at(99) / 1e6,
          firstDevice.at(100) / 1e6);
      System.out.printf("| all %d devices of the assignee | %.0f | %.0f | %.0f |%n", devicesEach, allDevices.at(50) / 1e6,
          allDevices.at(99) / 1e6, allDevices.at(100) / 1e6);
      for (WebSocket socket : sockets) {
        socket.abort();
      }
    }
  }

  /** One device: records when a message about a task arrived. */
  private final class Device implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean lastPart) {
      partial.append(data);
      if (lastPart) {
        long at = System.nanoTime();
        try {
          JsonNode message = JSON.readTree(partial.toString());
          String task = message.path("taskId").asText("");
          if (!task.isEmpty() && message.path("type").asText().equals("task.assigned")) {
            received.computeIfAbsent(task, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(at);
          }
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }

  private static String signIn(URI api, String username) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve("/local/sign-in"))
        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"username\":\"" + username + "\",\"password\":\"" + UserDirectory.DEMO_PASSWORD + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).get("accessToken").asText();
  }

  private static String subjectOf(String token) throws Exception {
    return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
        .get("sub").asText();
  }
}

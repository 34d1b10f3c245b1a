package app.jobmate.commands.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * EventBridge's PutEvents as the SDK sees it over HTTP (AWS JSON 1.1), with failures scripted per
 * call: entries throttled, failing inside EventBridge, or refused for good, and calls that accept
 * every entry but answer too late for the client. What it accepted is on {@link #bus()}.
 */
final class FakeEventBridge implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call's script: an error code per entry position (null = accepted), or a late answer. */
  record Script(List<String> errorCodes, boolean answerLate) {
    static Script errors(String... codes) {
      return new Script(java.util.Arrays.asList(codes), false);
    }

    static Script late() {
      return new Script(List.of(), true);
    }
  }

  private final HttpServer server;
  private final Deque<Script> scripts = new ArrayDeque<>();
  private final List<JsonNode> bus = Collections.synchronizedList(new ArrayList<>());
  private final List<List<JsonNode>> calls = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch closing = new CountDownLatch(1);

  FakeEventBridge() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::putEvents);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized void script(Script... next) {
    scripts.addAll(List.of(next));
  }

  /** Every entry accepted, in order, duplicates included. */
  List<JsonNode> bus() {
    return List.copyOf(bus);
  }

  /** The entries of each call received. */
  List<List<JsonNode>> calls() {
    return List.copyOf(calls);
  }

  private void putEvents(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
    if (!"AWSEvents.PutEvents".equals(target)) {
      answer(exchange, 400, JSON.createObjectNode().put("__type", "UnknownOperationException"));
      return;
    }
    List<JsonNode> entries = new ArrayList<>();
    request.get("Entries").forEach(entries::add);
    calls.add(entries);
    Script script;
    synchronized (this) {
      script = scripts.isEmpty() ? Script.errors() : scripts.poll();
    }
    ObjectNode response = JSON.createObjectNode();
    ArrayNode results = response.putArray("Entries");
    int failed = 0;
    for (int i = 0; i < entries.size(); i++) {
      String code = i < script.errorCodes().size() ? script.errorCodes().get(i) : null;
      if (code == null) {
        bus.add(entries.get(i));
        results.addObject().put("EventId", UUID.randomUUID().toString());
      } else {
        failed++;
        results.addObject().put("ErrorCode", code).put("ErrorMessage", code + " (scripted)");
      }
    }
    response.put("FailedEntryCount", failed);
    if (script.answerLate()) {
      try {
        closing.await(5, TimeUnit.SECONDS); // long past the client's timeout
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    answer(exchange, 200, response);
  }

  private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    try {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientGone) {
      // the client timed out and closed the connection: that is the point of a late answer
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }

  static String detailType(JsonNode entry) {
    return entry.get("DetailType").asText();
  }

  static String eventId(JsonNode entry) {
    try {
      return JSON.readTree(entry.get("Detail").asText()).get("eventId").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

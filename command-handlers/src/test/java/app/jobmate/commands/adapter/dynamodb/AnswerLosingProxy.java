package app.jobmate.commands.adapter.dynamodb;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DynamoDB endpoint in front of dynalite that forwards every request but, for the first
 * {@code lose} requests of one operation, throws dynalite's answer away and answers 500 instead:
 * the write happened, the caller never heard, and its SDK sends the request again.
 */
final class AnswerLosingProxy implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect", "transfer-encoding");

  private final HttpServer server;
  private final AtomicInteger lost = new AtomicInteger();
  private final int lose;

  AnswerLosingProxy(URI dynalite, String operation, int lose) {
    this.lose = lose;
    HttpClient client = HttpClient.newHttpClient();
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder forward = HttpRequest.newBuilder(dynalite).POST(HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase())) {
          values.forEach(v -> forward.header(name, v));
        }
      });
      HttpResponse<byte[]> answer;
      try {
        answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      boolean loseIt = target != null && target.endsWith("." + operation) && lost.getAndIncrement() < lose;
      byte[] reply = loseIt ? "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"lost\"}"
          .getBytes(StandardCharsets.UTF_8) : answer.body();
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
      exchange.sendResponseHeaders(loseIt ? 500 : answer.statusCode(), reply.length);
      exchange.getResponseBody().write(reply);
      exchange.close();
    });
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** How many answers were thrown away. */
  int lost() {
    return Math.min(lost.get(), lose);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

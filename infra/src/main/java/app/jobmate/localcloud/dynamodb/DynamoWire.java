package app.jobmate.localcloud.dynamodb;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The DynamoDB JSON protocol spoken to dynalite directly, for the local cloud's own requests and forwarded ones. */
public final class DynamoWire {

  static final String TARGET_PREFIX = "DynamoDB_20120810.";
  private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  public record Response(int status, Map<String, List<String>> headers, byte[] body) {
    public JsonNode json() {
      return Json.parse(body);
    }

    public boolean ok() {
      return status == 200;
    }
  }

  private final URI endpoint;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  DynamoWire(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** A request of the local cloud's own; dynalite checks that a signature is present, not what it signs. */
  Response call(String operation, JsonNode body) {
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(AMZ_DATE);
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("X-Amz-Target", TARGET_PREFIX + operation)
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Date", date)
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/" + date.substring(0, 8)
            + "/eu-west-2/dynamodb/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=0000")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body))).build();
    return send(request);
  }

  /** A client's request passed on unchanged, headers and all. */
  Response forward(Map<String, List<String>> headers, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach((name, values) -> {
      if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        values.forEach(value -> request.header(name, value));
      }
    });
    return send(request.build());
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("dynalite did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling dynalite", e);
    }
  }
}

package app.jobmate.localcloud.drills;

import app.jobmate.localcloud.Http;
import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Jobmate's HTTP API as the demo users call it: a token per user, kept until the cloud restarts. */
final class Api {

  /** The demo users the drills act as. */
  static final String OLIVIA = "olivia@acme.example";
  static final String ADAM = "adam@acme.example";
  static final String SAM = "sam@acme.example";
  static final String SOPHIE = "sophie@acme.example";
  static final String BEN = "ben@brightside.example";

  /** An answer: status, body and headers; {@code status} 0 when no answer came (the connection failed). */
  record Answer(int status, String body, Map<String, List<String>> headers) {

    boolean accepted() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      return body.isEmpty() ? Json.object() : Json.parse(body);
    }

    long version() {
      return json().path("version").asLong(-1);
    }

    String problemCode() {
      return status >= 400 && body.startsWith("{") ? json().path("code").asText("") : "";
    }

    boolean replayed() {
      return headers.getOrDefault("idempotent-replayed", List.of()).contains("true");
    }

    Optional<String> header(String name) {
      return headers.getOrDefault(name, List.of()).stream().findFirst();
    }
  }

  private final URI base;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  Api(URI base) {
    this.base = base;
  }

  URI base() {
    return base;
  }

  String token(String user) {
    return tokens.computeIfAbsent(user, u -> Http.signIn(base, u));
  }

  /** The user's {@code sub}, read from their access token. */
  String userId(String user) {
    String payload = token(user).split("\\.")[1];
    return Json.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).get("sub").asText();
  }

  /** A command with its {@code Idempotency-Key}. */
  Answer command(String user, String method, String path, String body, String idempotencyKey) {
    HttpRequest.Builder request = Http.to(base, path).timeout(Duration.ofSeconds(30))
        .header("authorization", "Bearer " + token(user)).header("content-type", "application/json")
        .header("idempotency-key", idempotencyKey)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return send(request);
  }

  Answer get(String user, String pathAndQuery) {
    return send(Http.to(base, pathAndQuery).timeout(Duration.ofSeconds(30)).header("authorization", "Bearer " + token(user)).GET());
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = Http.send(request);
      return new Answer(response.statusCode(), response.body(), response.headers().map());
    } catch (RuntimeException unanswered) {
      return new Answer(0, String.valueOf(unanswered.getMessage()), Map.of());
    }
  }
}

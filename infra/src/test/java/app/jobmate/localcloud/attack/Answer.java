package app.jobmate.localcloud.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;

/** What the API answered one request: status, content type, body, and the body as JSON when it is JSON. */
record Answer(int status, String contentType, String body, Optional<JsonNode> json) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Answer of(HttpResponse<String> response) {
    return of(response.statusCode(), response.headers().firstValue("content-type").orElse(""), response.body());
  }

  static Answer of(int status, String contentType, String body) {
    Optional<JsonNode> json = Optional.empty();
    if (!body.isBlank()) {
      try {
        json = Optional.ofNullable(JSON.readTree(body));
      } catch (IOException notJson) {
        // judged by the suite: every answer of the API is JSON
      }
    }
    return new Answer(status, contentType.toLowerCase(Locale.ROOT), body, json);
  }

  boolean isHtml() {
    String start = body.stripLeading().toLowerCase(Locale.ROOT);
    return contentType.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html");
  }

  boolean isProblem() {
    return contentType.startsWith("application/problem+json") && json.isPresent();
  }

  String code() {
    return json.map(j -> j.path("code").asText(null)).orElse(null);
  }

  /** Whether a problem names {@code field} among its invalid fields. */
  boolean names(String field) {
    return json.map(j -> {
      for (JsonNode error : j.path("errors")) {
        if (error.path("field").asText().equals(field)) {
          return true;
        }
      }
      return false;
    }).orElse(false);
  }

  String brief() {
    String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
    return status + " " + (contentType.isEmpty() ? "(no content type)" : contentType) + " " + shown.replace('\n', ' ');
  }
}

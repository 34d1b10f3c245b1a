package app.jobmate.localcloud.http;

import app.jobmate.lambda.http.Problem;
import app.jobmate.localcloud.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An HTTP request as the local cloud's front door received it, and the response it gives. */
public final class HttpExchange {

  private HttpExchange() {
  }

  /** A raw query string's parameters, decoded, each with its values in order. */
  public static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int at = pair.indexOf('=');
      String name = URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8);
      String value = at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  /** {@code headers} have lower-case names and keep repeated values in order. */
  public record Request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
      String sourceIp, String protocol) {

    public Optional<String> header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }
  }

  public record Response(int status, Map<String, List<String>> headers, byte[] body) {

    public static Response json(int status, String json) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      headers.put("content-type", new ArrayList<>(List.of("application/json")));
      return new Response(status, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The local gateway's own refusals, in the shape the API's functions give theirs: RFC 9457
     * {@code application/problem+json}.
     */
    public static Response problem(Problem problem) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      headers.put("content-type", new ArrayList<>(List.of(Problem.MEDIA_TYPE)));
      return new Response(problem.status(), headers, Json.bytes(Json.MAPPER.valueToTree(problem)));
    }

    /** API Gateway's own error bodies: {@code {"message":"Not Found"}} and the like. */
    public static Response message(int status, String message) {
      return json(status, "{\"message\":\"" + message + "\"}");
    }

    public Response withHeader(String name, String value) {
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }
  }
}

package app.jobmate.lambda.http;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer: a status, headers and a UTF-8 body. */
public record HttpResponse(int status, Map<String, String> headers, String body) {

  public HttpResponse {
    headers = Map.copyOf(headers);
  }

  public static HttpResponse json(int status, String body) {
    return new HttpResponse(status, Map.of("content-type", "application/json"), body);
  }

  /** {@code body} as JSON, mapped as events are (ISO-8601 times, pence as integers). */
  public static HttpResponse ofJson(int status, Object body) {
    return json(status, write(body));
  }

  public static HttpResponse problem(Problem problem) {
    return new HttpResponse(problem.status(), Map.of("content-type", Problem.MEDIA_TYPE), write(problem));
  }

  private static String write(Object body) {
    try {
      return EventJson.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static HttpResponse noContent() {
    return new HttpResponse(204, Map.of(), "");
  }

  public HttpResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpResponse(status, more, body);
  }
}

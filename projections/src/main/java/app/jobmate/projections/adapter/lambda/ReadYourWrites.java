package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.EventJson;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reading your own write ({@code minVersion}, DESIGN §5): a query function polls the read model
 * (20 ms, doubling to 200 ms) until what the client wrote is there or {@code maxWait} has passed,
 * then answers with what it has, saying {@code "behind": true} and {@code X-Read-Model-Behind: true}
 * when it is still behind. Queries answer JSON through here, absent values left out.
 */
public final class ReadYourWrites {

  static final String BEHIND_HEADER = "x-read-model-behind";
  public static final ObjectMapper JSON = EventJson.mapper().copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private final Duration maxWait;

  public ReadYourWrites(Duration maxWait) {
    this.maxWait = maxWait;
  }

  /** What {@code read} gives once {@code satisfied}, or what it gives when the wait is over (then behind). */
  public <T> Waited<T> await(Supplier<T> read, Predicate<T> satisfied) {
    long deadline = System.nanoTime() + maxWait.toNanos();
    long pauseMillis = 20;
    while (true) {
      T value = read.get();
      if (satisfied.test(value)) {
        return new Waited<>(value, false);
      }
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        return new Waited<>(value, true);
      }
      try {
        Thread.sleep(Math.min(pauseMillis, remainingMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Waited<>(value, true);
      }
      pauseMillis = Math.min(pauseMillis * 2, 200);
    }
  }

  /** A 200 with {@code body}, and the behind header when the read model is behind. */
  public static HttpResponse answer(ObjectNode body, boolean behind) {
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
    HttpResponse response = HttpResponse.json(200, json);
    return behind ? response.withHeader(BEHIND_HEADER, "true") : response;
  }

  /**
   * Not found after waiting for it: the client's own write may not have reached the read model
   * yet, so the 404 says that the read model is behind.
   */
  public static HttpResponse notFoundBehind(Problem missing, HttpRequest request) {
    return HttpResponse.problem(missing.about(request.path(), request.requestId())).withHeader(BEHIND_HEADER, "true");
  }

  public record Waited<T>(T value, boolean behind) {
  }
}

package app.jobmate.localcloud.drills;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;

/**
 * The outbox relay dying between two PutEvents calls of one invocation, as a Lambda execution
 * environment killed mid-run: armed, it lets the relay's next {@code sends} PutEvents calls through
 * and, at the one after, ends the relay's invocation with an {@link Error} that nothing in it
 * catches (the call never reaches the bus). The SDK loads it into every client of this JVM
 * ({@code software/amazon/awssdk/global/handlers/execution.interceptors} in the test resources); it
 * acts only on calls made by the relay's own threads ({@code fn-OutboxRelayFunction-*}), and only
 * once per arming.
 */
public final class RelayCrash implements ExecutionInterceptor {

  /** What the crash ended: the relay's invocation, mid-flight. */
  static final class Crashed extends Error {
    Crashed() {
      super("the outbox relay's execution environment died between two PutEvents calls (a drill)");
    }
  }

  private static final String RELAY_THREADS = "fn-OutboxRelayFunction-";
  private static final AtomicInteger callsLeft = new AtomicInteger(-1);
  private static final List<JsonNode> published = new ArrayList<>();
  private static volatile boolean crashed;

  /** Lets {@code sends} calls of the relay through, then crashes it at the next one. */
  static synchronized void arm(int sends) {
    published.clear();
    crashed = false;
    callsLeft.set(sends);
  }

  static synchronized void disarm() {
    callsLeft.set(-1);
  }

  static boolean crashed() {
    return crashed;
  }

  /** The envelopes of the calls that went through before the crash. */
  static synchronized List<JsonNode> publishedBeforeTheCrash() {
    return List.copyOf(published);
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    if (callsLeft.get() < 0 || !Thread.currentThread().getName().startsWith(RELAY_THREADS)
        || !"PutEvents".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
      return;
    }
    synchronized (RelayCrash.class) {
      int left = callsLeft.get();
      if (left < 0) {
        return;
      }
      if (left > 0) {
        callsLeft.set(left - 1);
        record(context.request());
        return;
      }
      callsLeft.set(-1);
      crashed = true;
    }
    throw new Crashed();
  }

  private static void record(SdkRequest request) {
    if (request instanceof PutEventsRequest put) {
      put.entries().forEach(entry -> published.add(Json.parse(entry.detail())));
    }
  }
}

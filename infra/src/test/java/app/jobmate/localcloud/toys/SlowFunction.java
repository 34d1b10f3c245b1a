package app.jobmate.localcloud.toys;

import app.jobmate.lambda.FunctionSettings;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Takes the time its event asks for and counts how many of it run at once. */
public class SlowFunction implements RequestHandler<Map<String, Integer>, Integer> {

  public static final AtomicInteger RUNNING = new AtomicInteger();
  public static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

  private final String greeting = FunctionSettings.current().require("GREETING");

  @Override
  public Integer handleRequest(Map<String, Integer> event, Context context) {
    int now = RUNNING.incrementAndGet();
    MOST_AT_ONCE.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(event.get("millis"));
      return greeting.length();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      RUNNING.decrementAndGet();
    }
  }
}

package app.jobmate.localcloud;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for an outcome by asking again until a deadline, never for a fixed time. */
public final class Poll {

  private Poll() {
  }

  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting until " + what);
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what, e);
      }
    }
  }

  public static <T> T value(String what, Duration timeout, Supplier<T> value, Predicate<T> accepted) {
    AtomicReference<T> last = new AtomicReference<>();
    try {
      until(what, timeout, () -> {
        last.set(value.get());
        return accepted.test(last.get());
      });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; last seen: " + last.get(), e);
    }
    return last.get();
  }
}

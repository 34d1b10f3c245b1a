package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.FunctionSpec;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.toys.SlowFunction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LambdaFunctionTest {

  private static LambdaFunction slow(int concurrency, Duration timeout) {
    return new LambdaFunction(new FunctionSpec("Slow", "slow", "arn:aws:lambda:eu-west-2:000000000000:function:slow",
        SlowFunction.class.getName(), 128, timeout, concurrency, Map.of("GREETING", "hello")), message -> { });
  }

  private static byte[] sleep(int millis) {
    return ("{\"millis\":" + millis + "}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void environments_are_built_lazily_one_per_concurrent_invocation_and_concurrency_is_bounded() throws Exception {
    SlowFunction.MOST_AT_ONCE.set(0);
    try (LambdaFunction function = slow(2, Duration.ofSeconds(10));
         ExecutorService callers = Executors.newFixedThreadPool(6)) {
      assertThat(function.coldStarts()).isZero();
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(callers.submit(() -> function.invoke(sleep(100), Duration.ofSeconds(30))));
      }
      for (Future<byte[]> result : results) {
        assertThat(new String(result.get(), StandardCharsets.UTF_8)).isEqualTo("5");
      }
      assertThat(SlowFunction.MOST_AT_ONCE.get()).isEqualTo(2);
      assertThat(function.coldStarts()).isEqualTo(2);
      assertThat(function.invocations()).isEqualTo(6);
    }
  }

  @Test
  void an_invocation_past_its_timeout_fails_and_its_environment_is_replaced() throws Exception {
    try (LambdaFunction function = slow(1, Duration.ofMillis(300))) {
      function.warm();
      assertThatThrownBy(() -> function.invoke(sleep(5_000), Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(FunctionError.class, e -> {
            assertThat(e.kind()).isEqualTo(FunctionError.Kind.TIMEOUT);
            assertThat(e.getMessage()).isEqualTo("Task timed out after 0.3 seconds");
          });
      assertThat(new String(function.invoke(sleep(1), Duration.ofSeconds(5)), StandardCharsets.UTF_8)).isEqualTo("5");
      assertThat(function.coldStarts()).isEqualTo(2);
    }
  }

  @Test
  void a_function_with_no_free_slot_is_throttled() throws Exception {
    try (LambdaFunction function = slow(1, Duration.ofSeconds(10)); ExecutorService caller = Executors.newSingleThreadExecutor()) {
      Future<byte[]> busy = caller.submit(() -> function.invoke(sleep(500), Duration.ofSeconds(5)));
      Poll.until("the first invocation runs", Duration.ofSeconds(5), () -> function.inFlight() == 1);
      assertThatThrownBy(() -> function.invoke(sleep(1), Duration.ofMillis(10)))
          .isInstanceOfSatisfying(FunctionError.class, e -> assertThat(e.kind()).isEqualTo(FunctionError.Kind.THROTTLED));
      busy.get();
    }
  }
}

package app.jobmate.lambda;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A function's settings: in AWS, its environment variables (the template's {@code Environment});
 * in the local cloud, which runs many functions in one JVM, the environment the template gives
 * that one function. Functions read their settings once, in their no-argument constructor.
 */
public final class FunctionSettings {

  private static final ThreadLocal<Map<String, String>> SUPPLIED = new ThreadLocal<>();

  private final Map<String, String> values;

  private FunctionSettings(Map<String, String> values) {
    this.values = values;
  }

  /** The settings of the function being constructed on this thread. */
  public static FunctionSettings current() {
    Map<String, String> supplied = SUPPLIED.get();
    return new FunctionSettings(supplied != null ? supplied : System.getenv());
  }

  public static FunctionSettings of(Map<String, String> values) {
    return new FunctionSettings(Map.copyOf(values));
  }

  /** Constructs a function with {@code settings} as its environment (the local cloud uses this). */
  public static <T> T supplying(Map<String, String> settings, Supplier<T> construct) {
    Map<String, String> previous = SUPPLIED.get();
    SUPPLIED.set(Map.copyOf(settings));
    try {
      return construct.get();
    } finally {
      if (previous == null) {
        SUPPLIED.remove();
      } else {
        SUPPLIED.set(previous);
      }
    }
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
  }

  public String require(String name) {
    return get(name).orElseThrow(() -> new IllegalStateException("the function's setting " + name + " is not set"));
  }

  public int getInt(String name, int defaultValue) {
    return get(name).map(Integer::parseInt).orElse(defaultValue);
  }
}

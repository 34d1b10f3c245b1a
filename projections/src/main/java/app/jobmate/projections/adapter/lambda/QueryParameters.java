package app.jobmate.projections.adapter.lambda;

import app.jobmate.lambda.http.FieldError;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The query string of a request, read into typed values only: every error is collected so that a
 * 400 (problem+json) names each bad or unknown parameter.
 */
public final class QueryParameters {

  private final Map<String, String> values;
  private final List<FieldError> errors = new ArrayList<>();

  public QueryParameters(Map<String, String> values, String... allowed) {
    this.values = values;
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(Set.of(allowed));
    for (String name : unknown) {
      errors.add(error(name, "is not a parameter of this query; expected one of " + String.join(", ", allowed)));
    }
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The parameter parsed by {@code parse}, or {@code null} when absent or invalid (then recorded). */
  public <T> T optional(String name, Function<String, T> parse) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      reject(name, e.getMessage() == null ? "is not valid" : e.getMessage());
      return null;
    }
  }

  public <T> T required(String name, Function<String, T> parse) {
    if (!values.containsKey(name)) {
      reject(name, "is required");
      return null;
    }
    return optional(name, parse);
  }

  public void reject(String name, String detail) {
    errors.add(error(name, detail));
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ProblemException(Problem.invalidInput(errors));
    }
  }

  /** A page size from 1; a larger one than {@code max} is capped rather than refused (the answer says what was used). */
  public static Function<String, Integer> limit(int max) {
    return value -> {
      int limit;
      try {
        limit = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit < 1) {
        throw new IllegalArgumentException("must be a whole number from 1 to " + max);
      }
      return Math.min(limit, max);
    };
  }

  /** A parser of one of {@code values} by its wire name. */
  public static <E> Function<String, E> oneOf(E[] values, Function<E, String> wireName) {
    return value -> Arrays.stream(values).filter(v -> wireName.apply(v).equals(value)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("must be one of "
            + String.join(", ", Arrays.stream(values).map(wireName).toList())));
  }

  /** A parser of a comma list of {@code values} by their wire names. */
  public static <E extends Enum<E>> Function<String, Set<E>> someOf(Class<E> type, Function<E, String> wireName) {
    Function<String, E> one = oneOf(type.getEnumConstants(), wireName);
    return value -> {
      Set<E> chosen = EnumSet.noneOf(type);
      for (String name : value.split(",", -1)) {
        chosen.add(one.apply(name.strip()));
      }
      return chosen;
    };
  }

  private static FieldError error(String name, String detail) {
    return new FieldError(name + " (query)", null, detail);
  }
}

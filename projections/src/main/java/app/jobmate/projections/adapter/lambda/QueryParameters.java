package app.jobmate.projections.adapter.lambda;

import app.jobmate.lambda.http.FieldError;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The query string of a request, read into typed values only: every error is collected so that a
 * 400 names each bad or unknown parameter (DESIGN §8).
 */
final class QueryParameters {

  private final Map<String, String> values;
  private final List<FieldError> errors = new ArrayList<>();

  QueryParameters(Map<String, String> values, String... allowed) {
    this.values = values;
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(Set.of(allowed));
    for (String name : unknown) {
      errors.add(error(name, "is not a parameter of this query; expected one of " + String.join(", ", allowed)));
    }
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /** The parameter parsed by {@code parse}, or {@code null} when absent or invalid (then recorded). */
  <T> T optional(String name, Function<String, T> parse) {
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

  <T> T required(String name, Function<String, T> parse) {
    if (!values.containsKey(name)) {
      reject(name, "is required");
      return null;
    }
    return optional(name, parse);
  }

  void reject(String name, String detail) {
    errors.add(error(name, detail));
  }

  boolean isValid() {
    return errors.isEmpty();
  }

  void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ProblemException(Problem.invalidInput(errors));
    }
  }

  private static FieldError error(String name, String detail) {
    return new FieldError(name + " (query)", null, detail);
  }
}

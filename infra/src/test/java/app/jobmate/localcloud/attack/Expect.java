package app.jobmate.localcloud.attack;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The right answer to one attack: a description, and a test of an answer against it. */
record Expect(String description, Predicate<Answer> test) {

  Optional<String> wrongIn(Answer answer) {
    return test.test(answer) ? Optional.empty() : Optional.of("expected " + description + ", got " + answer.brief());
  }

  /** API Gateway's own refusal of a token: 401 {@code {"message":"Unauthorized"}} as JSON. */
  static Expect unauthorized() {
    return new Expect("401 {\"message\":\"Unauthorized\"}", a -> a.status() == 401 && a.contentType().startsWith("application/json")
        && a.json().map(j -> j.path("message").asText().equals("Unauthorized")).orElse(false));
  }

  /**
   * A Lambda authorizer's refusal of a token it was given: API Gateway answers 403
   * {@code {"message":"Forbidden"}} when the authorizer says no (401 only when the identity source is missing).
   */
  static Expect forbiddenByTheAuthorizer() {
    return new Expect("403 {\"message\":\"Forbidden\"}", a -> a.status() == 403 && a.contentType().startsWith("application/json")
        && a.json().map(j -> j.path("message").asText().equals("Forbidden")).orElse(false));
  }

  /** A problem+json answer with this status (and this code, when not null). */
  static Expect problem(int status, String code) {
    return new Expect(status + " problem" + (code == null ? "" : " " + code), a -> a.status() == status && a.isProblem()
        && a.json().get().path("status").asInt() == status && (code == null || code.equals(a.code())));
  }

  static Expect problem(Catalogue.Refusal refusal) {
    return problem(refusal.status(), refusal.code());
  }

  /** 400 naming the field among the invalid ones. */
  static Expect naming(String field) {
    return new Expect("400 naming " + field, a -> a.status() == 400 && a.isProblem() && a.names(field));
  }

  /** A problem+json answer with any of these statuses. */
  static Expect problemOf(Integer... statuses) {
    Set<Integer> allowed = Set.of(statuses);
    return new Expect("a problem with status " + Arrays.stream(statuses).map(String::valueOf).collect(Collectors.joining(" or ")),
        a -> allowed.contains(a.status()) && a.isProblem());
  }

  /**
   * Any of these statuses as a JSON refusal: the function's problem, or API Gateway's own
   * {@code {"message"}} (its 404 when no route matches what a path became).
   */
  static Expect refused(Integer... statuses) {
    Set<Integer> allowed = Set.of(statuses);
    return new Expect("a JSON refusal with status " + Arrays.stream(statuses).map(String::valueOf)
        .collect(Collectors.joining(" or ")), a -> allowed.contains(a.status()) && a.json().isPresent()
        && (a.isProblem() || a.json().get().has("message")));
  }

  /** 200 with a JSON body (or a CSV file, for an export) that {@code test} accepts. */
  static Expect ok(String what, Predicate<Answer> test) {
    return new Expect("200 " + what, a -> a.status() == 200
        && (a.json().isPresent() || a.contentType().startsWith("text/csv")) && test.test(a));
  }

  static Expect status(int status) {
    return new Expect(Integer.toString(status), a -> a.status() == status);
  }

  Expect or(Expect other) {
    return new Expect(description + ", or " + other.description, a -> test.test(a) || other.test.test(a));
  }
}

package app.jobmate.localcloud.authorizer;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.LambdaFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A REQUEST Lambda authorizer as API Gateway runs it: a missing identity source is 401 without an
 * invocation; the function failing with the message {@code Unauthorized} is 401; any other failure,
 * or an answer API Gateway cannot use, is 500; an IAM policy is evaluated for
 * {@code execute-api:Invoke} on the method (route) ARN, Deny or no Allow being 403; an HTTP API's
 * simple response ({@code isAuthorized}) is taken as it is. Answers are cached per identity value
 * for the authorizer's result TTL and re-evaluated against each ARN, as API Gateway does.
 */
public final class LambdaAuthorizer {

  /**
   * @param simpleResponses the function answers {@code {"isAuthorized": ..., "context": ...}} (HTTP APIs, payload 2.0)
   * @param flatContext context values must be strings, numbers or booleans (WebSocket and REST APIs)
   */
  public record Config(String name, LambdaFunction function, List<IdentitySource> identitySources, Duration resultTtl,
      boolean simpleResponses, boolean flatContext) {

    public Config {
      identitySources = List.copyOf(identitySources);
    }
  }

  private record Cached(JsonNode answer, Instant expires) {
  }

  private static final Duration WAIT_FOR_SLOT = Duration.ofSeconds(10);

  private final Config config;
  private final Consumer<String> log;
  private final Map<List<String>, Cached> cache = new ConcurrentHashMap<>();

  public LambdaAuthorizer(Config config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  public Config config() {
    return config;
  }

  /** The identity values in the order of the sources; empty when one is missing or blank. */
  public Optional<List<String>> identity(Map<String, List<String>> headers, Map<String, List<String>> query) {
    List<String> values = new ArrayList<>();
    for (IdentitySource source : config.identitySources()) {
      Optional<String> value = source.valueIn(headers, query);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
    }
    return Optional.of(List.copyOf(values));
  }

  /** Invokes the function with {@code event} (or reuses a cached answer for the same identity) and decides for {@code arn}. */
  public AuthorizerDecision authorize(List<String> identity, ObjectNode event, String arn, Instant now) {
    Cached cached = cache.get(identity);
    if (cached != null && now.isBefore(cached.expires())) {
      return decide(cached.answer(), arn);
    }
    byte[] result;
    try {
      result = config.function().invoke(Json.bytes(event), WAIT_FOR_SLOT);
    } catch (FunctionError error) {
      if (error.kind() == FunctionError.Kind.UNHANDLED && "Unauthorized".equals(error.getMessage())) {
        return AuthorizerDecision.unauthorized();
      }
      log.accept("authorizer " + config.name() + " failed (" + error.errorType() + ": " + error.getMessage() + "): 500");
      return AuthorizerDecision.failed();
    }
    JsonNode answer;
    try {
      answer = Json.parse(result);
    } catch (RuntimeException e) {
      log.accept("authorizer " + config.name() + " answered something that is not JSON: 500");
      return AuthorizerDecision.failed();
    }
    AuthorizerDecision decision = decide(answer, arn);
    if (!(decision instanceof AuthorizerDecision.Refused refused && refused.status() == 500) && config.resultTtl().isPositive()) {
      cache.put(identity, new Cached(answer, now.plus(config.resultTtl())));
    }
    return decision;
  }

  AuthorizerDecision decide(JsonNode answer, String arn) {
    if (!answer.isObject()) {
      return misconfigured("an answer that is not a JSON object");
    }
    JsonNode context = answer.path("context");
    if (!context.isMissingNode() && !context.isNull() && !context.isObject()) {
      return misconfigured("a context that is not an object");
    }
    ObjectNode contextObject = context.isObject() ? ((ObjectNode) context).deepCopy() : Json.object();
    if (config.flatContext()) {
      for (var entry : contextObject.properties()) {
        if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
          return misconfigured("context entry " + entry.getKey() + " that is not a string, number or boolean");
        }
      }
    }
    if (config.simpleResponses()) {
      JsonNode authorized = answer.path("isAuthorized");
      if (!authorized.isBoolean()) {
        return misconfigured("a simple response without a boolean isAuthorized");
      }
      return authorized.booleanValue() ? new AuthorizerDecision.Allowed(null, contextObject) : AuthorizerDecision.forbidden();
    }
    JsonNode principal = answer.path("principalId");
    if (!principal.isTextual() || !answer.path("policyDocument").isObject()) {
      return misconfigured("an answer without principalId and policyDocument");
    }
    return switch (IamPolicy.evaluate(answer.get("policyDocument"), IamPolicy.INVOKE, arn)) {
      case ALLOW -> new AuthorizerDecision.Allowed(principal.asText(), contextObject);
      case DENY, NONE -> AuthorizerDecision.forbidden();
    };
  }

  private AuthorizerDecision misconfigured(String what) {
    log.accept("authorizer " + config.name() + " answered " + what + "; API Gateway answers 500 (AuthorizerConfigurationException)");
    return AuthorizerDecision.failed();
  }
}

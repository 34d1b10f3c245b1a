package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.core.UuidV7;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Role;
import app.jobmate.lambda.http.FieldError;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.JsonBody;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.lambda.http.Reader;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What every command function does around its commands: the command context, the expected version,
 * ids in the path, the answer, the problems. Public for the command functions of the modules that
 * build on this one (identity's team function).
 */
public final class CommandRequests {

  public static final String EXPECTED_VERSION = "expectedVersion";
  static final Reader<Long> EXPECTED_VERSION_READER = Reader.integer(0, Long.MAX_VALUE);
  static final String IDEMPOTENCY_KEY = "idempotency-key";
  static final String CORRELATION_ID = "x-correlation-id";
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,128}");

  private CommandRequests() {
  }

  /**
   * The command's context: its id is the {@code Idempotency-Key} header (or a new UUIDv7), its
   * payload hash covers the route, the path parameters and the body, so the same key with another
   * request is recognised.
   */
  public static CommandContext context(HttpRequest request, Principal principal, Instant now, OptionalLong expectedVersion) {
    String key = request.header(IDEMPOTENCY_KEY).orElse(null);
    String correlation = request.header(CORRELATION_ID).orElse(null);
    if (key != null && !TOKEN.matcher(key).matches()) {
      throw invalidHeader("Idempotency-Key", "must be 1 to 128 visible ASCII characters");
    }
    if (correlation != null && !TOKEN.matcher(correlation).matches()) {
      throw invalidHeader("X-Correlation-Id", "must be 1 to 128 visible ASCII characters");
    }
    String commandId = key != null ? key : UuidV7.at(now).toString();
    return new CommandContext(commandId, payloadHash(request), principal.actor(),
        correlation != null ? correlation : request.requestId(), null, now, expectedVersion);
  }

  /**
   * A request that primes a command function for SnapStart: {@code routeKey} at {@code path} with this
   * JSON body, signed in with {@code groups} in a tenant that does not exist, so that the whole path
   * (strict JSON, claims, the event store read, the decider, problem+json) runs and nothing is written.
   */
  public static HttpRequest priming(String routeKey, String path, Map<String, String> pathParameters, String json,
                                    String groups) {
    return new HttpRequest(routeKey, path, pathParameters, Map.of(), Map.of("content-type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8), "snapstart-priming", Map.of("sub", "snapstart-priming",
        Principal.TENANT_CLAIM, "snapstart-priming", Principal.GROUPS_CLAIM, groups));
  }

  /**
   * The caller, from the token's verified claims, refused (403 {@code member.removed}) when the team's
   * record says they were removed, and in the role the record gives them now when it names them (a
   * demotion counts from the next command, not when the token expires): every command function asks
   * this first.
   */
  public static Principal member(HttpRequest request, TeamRecord team) {
    Principal principal = Principal.fromClaims(request.claims());
    try {
      return team.recordedRole(principal.tenantId(), principal.userId())
          // a token with no role stays refused: the record changes a role, it does not grant one to such a token
          .filter(role -> !principal.roles().isEmpty())
          .map(role -> new Principal(principal.tenantId(), principal.userId(), Set.of(role)))
          .orElse(principal);
    } catch (Rejection rejection) {
      throw problemOf(rejection);
    }
  }

  /**
   * A JSON command as every command function first reads it: the caller ({@link #member}), who must have
   * one of {@code roles} to {@code action}; no query parameter it does not know; a JSON body, parsed
   * strictly. Each refusal is its problem+json, in that order.
   */
  public static Opened open(HttpRequest request, TeamRecord team, String action, Role... roles) {
    Principal principal = member(request, team);
    principal.requireAny(action, roles);
    refuseUnknownQueryParameters(request);
    requireJson(request);
    JsonNode json = JsonBody.parse(request.body());
    return new Opened(principal, json, Fields.of(json));
  }

  /** An opened command request: who asks, the body as parsed, and its fields to read. */
  public record Opened(Principal principal, JsonNode json, Fields body) {
  }

  /** {@code 201 Created} with the resource's location, or {@code 200}; the stream's id and new version. */
  public static HttpResponse answer(CommandResult result, int status, String location) {
    HttpResponse response = HttpResponse.ofJson(status, Map.of("streamId", result.stream().streamId(), "version", result.version()))
        .withHeader("etag", "\"" + result.version() + "\"");
    if (location != null) {
      response = response.withHeader("location", location);
    }
    return result.replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }

  /**
   * The version the sender last saw, if they said: {@code expectedVersion} in the body, or in the
   * query of a command without a body (DELETE). A malformed one is recorded as a field error.
   */
  public static OptionalLong expectedVersion(HttpRequest request, Fields body) {
    Long fromBody = body.optional(EXPECTED_VERSION, EXPECTED_VERSION_READER);
    if (fromBody != null) {
      return OptionalLong.of(fromBody);
    }
    return request.query(EXPECTED_VERSION).map(v -> {
      try {
        return OptionalLong.of(Long.parseLong(v));
      } catch (NumberFormatException e) {
        body.reject(EXPECTED_VERSION, "must be a whole number");
        return OptionalLong.empty();
      }
    }).orElse(OptionalLong.empty());
  }

  /** An id in the path; one that is not even a UUID names nothing that exists (404). */
  public static <T> T pathId(HttpRequest request, String name, Function<String, T> parse) {
    String text = request.pathParameter(name);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound(null, "there is no " + name.replace("Id", "") + " '" + text + "'"));
    }
  }

  /** The field names {@code base} and {@code more}, for {@link Fields#allowOnly}. */
  public static String[] names(String[] base, String... more) {
    String[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  public static ProblemException problemOf(Rejection rejection) {
    return new ProblemException(switch (rejection.kind()) {
      case FORBIDDEN -> withCode(Problem.forbidden(rejection.getMessage()), rejection.code());
      case NOT_FOUND -> Problem.notFound(rejection.code(), rejection.getMessage());
      case CONFLICT -> Problem.conflict(rejection.code(), rejection.getMessage());
      case UNPROCESSABLE -> withField(Problem.unprocessable(rejection.code(), rejection.getMessage()), rejection.field());
    });
  }

  private static Problem withField(Problem problem, String field) {
    return field == null ? problem : new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
        problem.instance(), problem.code(), problem.requestId(), List.of(FieldError.at(field, problem.detail())));
  }

  /**
   * A command reads its input from its path and body; the query may carry only {@code expectedVersion}
   * (for a command without a body). Any other parameter ({@code ?tenantId=...}) is refused by name, as
   * an unknown body field is, rather than ignored while the command goes ahead.
   */
  public static void refuseUnknownQueryParameters(HttpRequest request) {
    List<FieldError> unknown = request.queryParameters().keySet().stream().sorted()
        .filter(name -> !name.equals(EXPECTED_VERSION))
        .map(name -> FieldError.query(name, "is not a parameter of this command; the query may carry only "
            + EXPECTED_VERSION))
        .toList();
    if (!unknown.isEmpty()) {
      throw new ProblemException(Problem.invalidInput(unknown));
    }
  }

  /** Commands with a body must say it is JSON. */
  public static void requireJson(HttpRequest request) {
    if (request.body().length == 0) {
      return;
    }
    String type = request.header("content-type").orElse("");
    if (!type.toLowerCase(java.util.Locale.ROOT).matches("application/json\\s*(;.*)?")) {
      throw new ProblemException(Problem.unsupportedMediaType("send the command as application/json"));
    }
  }

  static String payloadHash(HttpRequest request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(request.routeKey().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(new TreeMap<>(request.pathParameters()).toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(request.body());
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** A problem of a general kind (403 forbidden) that names the rule behind it. */
  private static Problem withCode(Problem problem, String code) {
    return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(), code,
        problem.requestId(), problem.errors());
  }

  private static ProblemException invalidHeader(String header, String detail) {
    return new ProblemException(Problem.invalidInput(List.of(FieldError.header(header, detail))));
  }
}

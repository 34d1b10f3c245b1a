package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.core.UuidV7;
import app.jobmate.lambda.http.FieldError;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What every command function does around its commands: the command context, the answer, the problems. */
final class CommandRequests {

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
  static CommandContext context(HttpRequest request, Principal principal, Instant now, OptionalLong expectedVersion) {
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

  /** {@code 201 Created} with the resource's location, or {@code 200}; the stream's id and new version. */
  static HttpResponse answer(CommandResult result, int status, String location) {
    HttpResponse response = HttpResponse.ofJson(status, Map.of("streamId", result.stream().id(), "version", result.version()))
        .withHeader("etag", "\"" + result.version() + "\"");
    if (location != null) {
      response = response.withHeader("location", location);
    }
    return result.replayed() ? response.withHeader("idempotent-replayed", "true") : response;
  }

  static ProblemException problemOf(Rejection rejection) {
    return new ProblemException(switch (rejection.kind()) {
      case NOT_FOUND -> Problem.notFound(rejection.code(), rejection.getMessage());
      case CONFLICT -> Problem.conflict(rejection.code(), rejection.getMessage());
      case UNPROCESSABLE -> Problem.unprocessable(rejection.code(), rejection.getMessage());
    });
  }

  /** Commands with a body must say it is JSON. */
  static void requireJson(HttpRequest request) {
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

  private static ProblemException invalidHeader(String header, String detail) {
    return new ProblemException(Problem.invalidInput(List.of(FieldError.header(header, detail))));
  }
}

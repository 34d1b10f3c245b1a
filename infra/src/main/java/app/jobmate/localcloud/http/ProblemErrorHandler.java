package app.jobmate.localcloud.http;

import app.jobmate.lambda.http.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error Jetty answers itself — a request it will not route (an ambiguous encoded path such as
 * {@code ..%2F}: 400), a URI or headers over its 8 KB limit (414, 431), a handler failure (500) —
 * written as the API's functions write theirs: RFC 9457 {@code application/problem+json}, whatever
 * the client accepts. Never Jetty's HTML page, never a stack trace: a failure's goes to the log. The
 * connection is closed after such an answer, and the answer says so ({@code Connection: close}).
 */
public final class ProblemErrorHandler implements Request.Handler {

  private static final String TYPES = "https://jobmate.app/problems/";

  private final Consumer<String> log;

  public ProblemErrorHandler(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String message = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
    Throwable cause = (Throwable) request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
    if (cause instanceof HttpException refusal) {
      status = refusal.getCode();
      response.setStatus(status);
      message = message == null ? refusal.getReason() : message;
    }
    if (status >= 500 && cause != null) {
      log.accept("HTTP: " + request.getMethod() + " failed with " + status + ":\n" + stackTrace(cause));
    }
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    // Jetty drops the connection after a request it refused itself (a NUL or an ambiguous segment in the
    // path); said in the answer, a keep-alive client does not send its next request into a closed socket
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    if (HttpStatus.hasNoBody(status)) {
      callback.succeeded();
      return true;
    }
    int limit = request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize();
    String detail = switch (status) {
      case 414 -> "the URI is longer than the " + limit + " bytes the local gateway takes";
      case 431 -> "the request headers are larger than the " + limit + " bytes the local gateway takes";
      default -> message;
    };
    // a server error's message may name its cause; a refusal's says what was wrong with the request
    HttpExchange.Response answer = HttpExchange.Response.problem(status >= 500 ? internal(status, null, null)
        : forStatus(status, detail));
    answer.headers().forEach((name, values) -> response.getHeaders().put(name, values.getFirst()));
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  /**
   * The problem for a status the gateway answers itself: the API's own type where it has one for the
   * status ({@code malformed-request}, {@code payload-too-large}, ...), else one named after the status.
   */
  public static Problem forStatus(int status, String detail) {
    String reason = HttpStatus.getMessage(status);
    String said = detail == null || detail.isBlank() ? reason : detail;
    return switch (status) {
      case 400 -> Problem.malformed(said);
      case 401 -> Problem.unauthorized(said);
      case 403 -> Problem.forbidden(said);
      case 404 -> Problem.notFound(null, said);
      case 413 -> Problem.tooLarge(said);
      case 415 -> Problem.unsupportedMediaType(said);
      case 429 -> Problem.tooManyRequests(said);
      case 503 -> Problem.unavailable(said);
      default -> status >= 500 ? internal(status, null, null)
          : new Problem(TYPES + reason.toLowerCase(Locale.ROOT).replace(' ', '-'), sentence(reason), status, said, null, null, null, null);
    };
  }

  /** A failure of the local cloud itself, told by {@code requestId} in its log. */
  public static Problem internal(int status, String instance, String requestId) {
    return new Problem(TYPES + "internal", "Internal error", status,
        "the local cloud failed to answer this request; its log has the details" + (requestId == null ? "" : " (requestId " + requestId + ")"),
        instance, null, requestId, null);
  }

  /** "URI Too Long" as the API's titles read: "URI too long". */
  private static String sentence(String reason) {
    int space = reason.indexOf(' ');
    return space < 0 ? reason : reason.substring(0, space) + reason.substring(space).toLowerCase(Locale.ROOT);
  }

  static String stackTrace(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}

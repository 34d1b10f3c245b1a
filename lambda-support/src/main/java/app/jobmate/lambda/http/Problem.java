package app.jobmate.lambda.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer, RFC 9457 {@code application/problem+json} (docs/architecture.md, "Errors and inputs"). {@code code} is the
 * reason code of a rejected command ({@code quote.not-draft}); {@code errors} lists every invalid
 * field of a 400.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String requestId, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String BASE = "https://jobmate.app/problems/";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem invalidInput(List<FieldError> errors) {
    String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
    return new Problem(BASE + "invalid-input", "Invalid input", 400, detail, null, null, null, errors);
  }

  public static Problem malformed(String detail) {
    return new Problem(BASE + "malformed-request", "Malformed request", 400, detail, null, null, null, null);
  }

  public static Problem unauthorized(String detail) {
    return new Problem(BASE + "unauthorized", "Unauthorized", 401, detail, null, null, null, null);
  }

  public static Problem forbidden(String detail) {
    return new Problem(BASE + "forbidden", "Forbidden", 403, detail, null, null, null, null);
  }

  /** A 403 that names the rule behind it ({@code member.removed}). */
  public static Problem forbidden(String code, String detail) {
    return new Problem(BASE + "forbidden", "Forbidden", 403, detail, null, code, null, null);
  }

  public static Problem notFound(String code, String detail) {
    return new Problem(BASE + (code == null ? "not-found" : code), "Not found", 404, detail, null, code, null, null);
  }

  public static Problem conflict(String code, String detail) {
    return new Problem(BASE + code, "Conflict", 409, detail, null, code, null, null);
  }

  public static Problem tooLarge(String detail) {
    return new Problem(BASE + "payload-too-large", "Payload too large", 413, detail, null, null, null, null);
  }

  public static Problem unsupportedMediaType(String detail) {
    return new Problem(BASE + "unsupported-media-type", "Unsupported media type", 415, detail, null, null, null, null);
  }

  public static Problem unprocessable(String code, String detail) {
    return new Problem(BASE + code, "Unprocessable", 422, detail, null, code, null, null);
  }

  public static Problem tooManyRequests(String detail) {
    return new Problem(BASE + "too-many-requests", "Too many requests", 429, detail, null, null, null, null);
  }

  public static Problem internal(String requestId) {
    return new Problem(BASE + "internal", "Internal error", 500,
        "something went wrong on our side; nothing was changed unless the response said so", null, null, requestId, null);
  }

  public static Problem unavailable(String detail) {
    return new Problem(BASE + "unavailable", "Service unavailable", 503, detail, null, null, null, null);
  }

  /** The same problem about one request. */
  public Problem about(String instance, String requestId) {
    return new Problem(type, title, status, detail, instance, code, requestId, errors);
  }
}

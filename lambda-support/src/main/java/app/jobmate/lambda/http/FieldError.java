package app.jobmate.lambda.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request: {@code field} as a person reads it ({@code lines[2].quantity}),
 * {@code pointer} as RFC 9457 suggests (a JSON Pointer fragment, {@code #/lines/2/quantity}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String pointer, String detail) {

  public static FieldError at(String field, String detail) {
    return new FieldError(field.isEmpty() ? "(body)" : field, pointerOf(field), detail);
  }

  /** An invalid request header (it has no JSON Pointer). */
  public static FieldError header(String name, String detail) {
    return new FieldError(name + " (header)", null, detail);
  }

  /** An invalid query parameter. */
  public static FieldError query(String name, String detail) {
    return new FieldError(name + " (query)", null, detail);
  }

  /** An invalid path parameter. */
  public static FieldError path(String name, String detail) {
    return new FieldError(name + " (path)", null, detail);
  }

  private static String pointerOf(String field) {
    if (field.isEmpty()) {
      return "#";
    }
    return "#/" + field.replace("[", ".").replace("]", "").replace(".", "/");
  }
}

package app.jobmate.lambda.http;

/**
 * One invalid field of a request: {@code field} as a person reads it ({@code lines[2].quantity}),
 * {@code pointer} as RFC 9457 suggests (a JSON Pointer fragment, {@code #/lines/2/quantity}).
 */
public record FieldError(String field, String pointer, String detail) {

  public static FieldError at(String field, String detail) {
    return new FieldError(field.isEmpty() ? "(body)" : field, pointerOf(field), detail);
  }

  private static String pointerOf(String field) {
    if (field.isEmpty()) {
      return "#";
    }
    return "#/" + field.replace("[", ".").replace("]", "").replace(".", "/");
  }
}

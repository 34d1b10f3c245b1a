package app.jobmate.commands.core;

/**
 * A command refused by a business rule, with a stable reason code ({@code quote.not-draft}) that
 * clients can act on. {@link Kind} says which HTTP status it is (docs/architecture.md, "Errors and inputs"). Permissions that
 * depend on the record (staff and the tasks assigned to them) are rules too, so deciders refuse
 * them the same way.
 */
public final class Rejection extends RuntimeException {

  /**
   * Why: the actor may not do this to a thing they can see (403), the thing is not there or not
   * theirs to see (404), its state does not allow the command (409), or a rule forbids it (422).
   */
  public enum Kind { FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE }

  private final Kind kind;
  private final String code;
  private final String field;

  private Rejection(Kind kind, String code, String message, String field) {
    super(message, null, false, false);
    this.kind = kind;
    this.code = code;
    this.field = field;
  }

  private Rejection(Kind kind, String code, String message) {
    this(kind, code, message, null);
  }

  public static Rejection forbidden(String code, String message) {
    return new Rejection(Kind.FORBIDDEN, code, message);
  }

  public static Rejection notFound(String code, String message) {
    return new Rejection(Kind.NOT_FOUND, code, message);
  }

  public static Rejection conflict(String code, String message) {
    return new Rejection(Kind.CONFLICT, code, message);
  }

  public static Rejection unprocessable(String code, String message) {
    return new Rejection(Kind.UNPROCESSABLE, code, message);
  }

  /** A rule refuses the value of one field of the command, which the answer names. */
  public static Rejection unprocessable(String code, String message, String field) {
    return new Rejection(Kind.UNPROCESSABLE, code, message, field);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /** The field of the command whose value the rule refused, or {@code null}. */
  public String field() {
    return field;
  }
}

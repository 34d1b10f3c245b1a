package app.jobmate.localcloud.function;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A failed invocation, with the error document Lambda returns ({@code errorMessage}, {@code errorType}, {@code stackTrace}). */
public final class FunctionError extends Exception {

  private final String errorType;
  private final Kind kind;

  /** Unhandled: the handler threw or could not be built; timeout: it ran out of time; throttled: no free slot. */
  public enum Kind { UNHANDLED, TIMEOUT, THROTTLED }

  public FunctionError(Kind kind, String errorType, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.errorType = errorType;
  }

  public Kind kind() {
    return kind;
  }

  public String errorType() {
    return errorType;
  }

  public ObjectNode document() {
    ObjectNode document = Json.object().put("errorMessage", getMessage()).put("errorType", errorType);
    if (getCause() != null) {
      ArrayNode trace = document.putArray("stackTrace");
      for (StackTraceElement element : getCause().getStackTrace()) {
        trace.add(element.toString());
      }
    }
    return document;
  }
}

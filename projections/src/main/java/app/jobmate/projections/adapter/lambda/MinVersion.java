package app.jobmate.projections.adapter.lambda;

import java.util.function.Function;

/** {@code <streamId>:<version>}: the write a client wants a list or report to include. */
public record MinVersion(String streamId, long version) {

  /**
   * A parser of {@code <streamId>:<version>} where {@code id} checks the stream id;
   * {@code name} says what the id is in the error ({@code quoteId}).
   */
  public static Function<String, MinVersion> parser(Function<String, ?> id, String name) {
    return text -> {
      int colon = text.lastIndexOf(':');
      try {
        if (colon < 0) {
          throw new IllegalArgumentException("no colon");
        }
        return new MinVersion(id.apply(text.substring(0, colon)).toString(), version(text.substring(colon + 1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("must be <" + name + ">:<version>, e.g. 0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60:7");
      }
    };
  }

  /** A stream version: a whole number from 1. */
  public static long version(String value) {
    try {
      long version = Long.parseLong(value);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // reported below, as every other malformed version is
    }
    throw new IllegalArgumentException("must be a version, a whole number from 1");
  }
}

package app.jobmate.commands.outbox;

import java.util.List;

/**
 * Publishes events on the bus (docs/architecture.md, "The write side": source {@code jobmate.<context>}, detail-type the event
 * type, detail the envelope). A call takes at most {@link #MAX_ENTRIES} entries of at most
 * {@link #MAX_CALL_BYTES} together, and answers each entry in order.
 */
public interface EventPublisher {

  /** EventBridge PutEvents takes at most 10 entries a call. */
  int MAX_ENTRIES = 10;

  /** EventBridge PutEvents takes at most 256 KB a call, counted as {@link PublishEntry#size()}. */
  int MAX_CALL_BYTES = 256 * 1024;

  /**
   * One result per entry, in the entries' order.
   *
   * @throws PublishUnavailable when the call as a whole failed or its outcome is unknown (a
   *     timeout): the caller sends every entry again, which may publish some twice
   */
  List<Outcome> publish(List<PublishEntry> entries);

  /** What became of one entry. */
  sealed interface Outcome {
    record Published(String eventId) implements Outcome {}

    record Failed(String errorCode, String errorMessage, boolean retryable) implements Outcome {}
  }

  /** The call failed as a whole; whether trying again can help is {@code retryable}. */
  final class PublishUnavailable extends RuntimeException {
    private final boolean retryable;

    public PublishUnavailable(String message, boolean retryable, Throwable cause) {
      super(message, cause);
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }
}

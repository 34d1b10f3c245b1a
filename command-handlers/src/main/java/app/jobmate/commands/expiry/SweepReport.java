package app.jobmate.commands.expiry;

import app.jobmate.commands.core.Rejection;
import java.util.List;
import java.util.Optional;

/**
 * What one run of a sweep did: quotes it expired, quotes it found no longer open, quotes still
 * valid (the index had not yet heard of a re-issue), the quotes it could not deal with, and the
 * rest of the sweep if the run's budget ran out first.
 */
public record SweepReport(Sweep sweep, int expired, int notOpen, int stillValid, List<Failure> failures,
                          Optional<Sweep> rest) {

  public SweepReport {
    failures = List.copyOf(failures);
  }

  /** A quote whose expiry failed; it stays in the index, so the next night tries it again. */
  public record Failure(DueQuote quote, RuntimeException cause) {

    /** The refusal's code and message, or the unexpected exception. */
    public String reason() {
      return cause instanceof Rejection r ? r.code() + ": " + r.getMessage() : cause.toString();
    }
  }
}

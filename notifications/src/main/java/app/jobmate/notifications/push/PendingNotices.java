package app.jobmate.notifications.push;

import app.jobmate.events.StreamId;
import java.time.Instant;

/**
 * The debounce's state per subject: the version up to which its people have been told, a
 * revision that every marked change raises, and a pending marker saying that a flush is
 * scheduled. The marker lapses after a lease, so that one whose flush was never scheduled (the
 * scheduling call failed and so did giving the marker back) cannot hold the subject for ever.
 * Safe under concurrent callers: of those marking changes to one subject at once, one at most
 * takes the marker.
 */
public interface PendingNotices {

  /** Records that {@code subject} changed up to {@code version}, and says whether the caller must schedule a flush. */
  Marked mark(StreamId subject, long version);

  /** Gives back the marker {@link #mark} handed out, whose flush could not be scheduled; a marker taken since stays. */
  void unmark(StreamId subject, Marked.FlushDue marked);

  /** Where a flush starts: read before the subject's history, so that a change marked after it shows at {@link #settle}. */
  Pending pending(StreamId subject);

  /**
   * Records that people have been told everything up to {@code toldVersion} (a version told never
   * goes back) and, if no change was marked since {@code read}, clears the marker: answers true.
   * Otherwise keeps the marker for another window and answers false: the caller schedules
   * another flush.
   */
  boolean settle(StreamId subject, Pending read, long toldVersion);

  /** A subject's state as a flush reads it. */
  record Pending(long toldVersion, long revision) {
  }

  /** What marking a change found. */
  sealed interface Marked {

    /** People have been told of this version already. */
    record AlreadyTold() implements Marked {
    }

    /** A flush is pending: it will tell this change, or settle will find it. */
    record FlushPending() implements Marked {
    }

    /** This call took the marker, held until {@code until}: the caller schedules the flush. */
    record FlushDue(Instant until) implements Marked {
      public FlushDue {
        if (until == null) {
          throw new IllegalArgumentException("until is required");
        }
      }
    }
  }
}

package app.jobmate.notifications.push;

import app.jobmate.events.StreamId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of pushing (docs/notifications.md, "Debounce"): events from the bus only mark that their
 * subject changed. The first change to a subject in a window schedules one flush for when the
 * window has passed; changes inside the window are marked and nothing more, whichever batch and
 * whichever concurrent poller they arrive in. A change people have already been told of is
 * dropped.
 */
public final class Debounce {

  private final NotifyingContexts contexts;
  private final PendingNotices pending;
  private final FlushScheduler flushes;

  /** @param contexts the contexts notifications follow: an event of any other fails */
  public Debounce(List<NotifyingContext> contexts, PendingNotices pending, FlushScheduler flushes) {
    this.contexts = new NotifyingContexts(contexts);
    this.pending = pending;
    this.flushes = flushes;
  }

  /** Marks the changes of {@code batch}; answers the indexes of the events whose marking failed, and why. */
  public Map<Integer, Exception> changed(List<Delivered> batch) {
    Map<Integer, Exception> failed = new LinkedHashMap<>();
    Map<StreamId, List<Integer>> bySubject = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      Delivered delivered = batch.get(i);
      if (contexts.of(delivered.event().getClass()).isEmpty()) {
        failed.put(i, new IllegalArgumentException("notifications know no rules for "
            + delivered.event().getClass().getSimpleName()));
        continue;
      }
      bySubject.computeIfAbsent(StreamId.of(delivered.envelope()), s -> new ArrayList<>()).add(i);
    }
    bySubject.forEach((subject, indexes) -> {
      long latest = indexes.stream().mapToLong(i -> batch.get(i).envelope().version()).max().orElseThrow();
      try {
        mark(subject, latest);
      } catch (RuntimeException e) {
        indexes.forEach(i -> failed.put(i, e));
      }
    });
    return failed;
  }

  private void mark(StreamId subject, long version) {
    switch (pending.mark(subject, version)) {
      case PendingNotices.Marked.AlreadyTold told -> { }
      case PendingNotices.Marked.FlushPending flushPending -> { }
      case PendingNotices.Marked.FlushDue due -> schedule(subject, due);
    }
  }

  private void schedule(StreamId subject, PendingNotices.Marked.FlushDue due) {
    try {
      flushes.schedule(subject);
    } catch (RuntimeException e) {
      // the change comes back (its message fails) and must find no marker: give it back, or let it lapse
      try {
        pending.unmark(subject, due);
      } catch (RuntimeException release) {
        e.addSuppressed(release);
      }
      throw e;
    }
  }
}

package app.jobmate.events.diary;

import app.jobmate.events.values.Require;
import java.util.List;

/**
 * An owner's or admin's explicit booking over a clash: why, and the appointments it overlaps (none,
 * when nothing clashed after all). Recorded in the events and shown in the diary.
 */
public record ClashOverride(String reason, List<AppointmentId> clashes) {

  public static final int MAX_REASON = 500;
  public static final int MAX_CLASHES = 200;

  public ClashOverride {
    reason = Require.text(reason, MAX_REASON, "reason");
    Require.present(clashes, "clashes");
    clashes = List.copyOf(clashes);
    if (clashes.size() > MAX_CLASHES) {
      throw new IllegalArgumentException("at most " + MAX_CLASHES + " clashes");
    }
  }
}

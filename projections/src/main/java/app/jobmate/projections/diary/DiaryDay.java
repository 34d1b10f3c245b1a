package app.jobmate.projections.diary;

import java.time.Instant;
import java.util.List;

/**
 * A member's or a busy resource's diary on a London day (collection {@code diary-days}, one per bookable
 * and day, named as the schedule stream {@code <memberId>-<yyyy-mm-dd>} or {@code <resourceId>-<yyyy-mm-dd>}):
 * the appointments whose time is reserved that day, by start. {@code GET /diary} shows those of them the
 * appointments say are booked. A member's day has {@code member}; a resource's has {@code resource} instead
 * (added for resources; nothing renamed).
 */
public record DiaryDay(String member, String day, List<DiaryEntry> entries, Instant updatedAt, String resource) {

  public DiaryDay {
    entries = List.copyOf(entries);
  }

  /** A member's day. */
  public DiaryDay(String member, String day, List<DiaryEntry> entries, Instant updatedAt) {
    this(member, day, entries, updatedAt, null);
  }
}

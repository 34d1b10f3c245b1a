package app.jobmate.projections.diary;

import java.time.Instant;
import java.util.List;

/**
 * A member's diary on a London day (collection {@code diary-days}, one per member and day, named as
 * the schedule stream {@code <memberId>-<yyyy-mm-dd>}): the appointments whose time is reserved that
 * day, by start. {@code GET /diary} shows those of them the appointments say are booked.
 */
public record DiaryDay(String member, String day, List<DiaryEntry> entries, Instant updatedAt) {

  public DiaryDay {
    entries = List.copyOf(entries);
  }
}

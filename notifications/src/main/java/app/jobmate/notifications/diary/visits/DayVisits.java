package app.jobmate.notifications.diary.visits;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The index of booked visits by London day that notifications keep for the morning reminder
 * (docs/notifications.md, "Today's visits"): day → (tenant, member, appointment, start, end, title,
 * job). The flush feeds it from each appointment's stream as the store holds it; it is not the
 * diary read side's and never reads it. Per place (day, tenant, member, appointment), only the
 * placement of the highest stream version counts (a place an appointment left keeps a marker of
 * the version that took it off), so duplicate, late and concurrent placements leave the index as
 * the latest placement says.
 */
public interface DayVisits {

  /**
   * Lists the appointment at each of the placement's places, and takes it off every unlisted one,
   * except where a placement of the same or a later version got there first.
   *
   * @throws RuntimeException when a write failed: place again (placing is idempotent)
   */
  void place(VisitPlacement placement);

  /** The visits listed on {@code day}, in {@link VisitKey#ORDER} after {@code after} (from the first when empty), at most {@code limit}. */
  Page onDay(LocalDate day, Optional<VisitKey> after, int limit);

  /** Every visit listed for {@code member} of {@code tenant} on {@code day}, in start order (then by appointment). */
  List<DayVisit> ofMember(LocalDate day, TenantId tenant, UserId member);

  /**
   * A page of a day's visits; {@code next} is where the next page starts, absent when nothing
   * follows (a page, even a full one, may be followed by an empty one).
   */
  record Page(List<DayVisit> visits, Optional<VisitKey> next) {
    public Page {
      visits = List.copyOf(visits);
      if (next == null) {
        throw new IllegalArgumentException("next is required (empty after the last page)");
      }
    }
  }
}

package app.jobmate.notifications.tasks.reminders;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The diary's visits as the morning reminder needs them: who has a visit on a day, and what each
 * person's visits are. The diary keeps them (its day-visits index, docs/notifications.md "Today's
 * visits"); the composition root plugs it in, so that the reminder knows no diary type.
 */
public interface VisitsOfTheDay {

  /**
   * A page of the people who have a visit on {@code day}, after {@code after} (an opaque position
   * from an earlier page; from the first when empty), read from at most {@code limit} visits. A person
   * may appear on two pages: the reminder log sends them one reminder whatever.
   */
  Page members(LocalDate day, Optional<String> after, int limit);

  /** The visits of {@code member} of {@code tenant} on {@code day}, as the store now has them, in start order. */
  List<ReminderVisit> of(LocalDate day, TenantId tenant, UserId member);

  /** A person of a business. */
  record Member(TenantId tenant, UserId member) {
    public Member {
      if (tenant == null || member == null) {
        throw new IllegalArgumentException("tenant and member are required");
      }
    }
  }

  /** {@code next}: where the next page starts, absent after the last (a full page may be followed by an empty one). */
  record Page(List<Member> members, Optional<String> next) {
    public Page {
      members = List.copyOf(members);
      if (next == null) {
        throw new IllegalArgumentException("next is required (empty after the last page)");
      }
    }
  }
}

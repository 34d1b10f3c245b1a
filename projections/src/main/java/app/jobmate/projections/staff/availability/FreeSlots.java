package app.jobmate.projections.staff.availability;

import app.jobmate.projections.staff.StaffProfile;
import app.jobmate.projections.staff.availability.Intervals.Interval;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The free slots of a team (docs/decisions/availability.md), pure: for each member, each day's free ranges
 * ({@link Availability}) at least {@code duration} long, all in time order, then by member; capped.
 */
public final class FreeSlots {

  public static final int MAX_DAYS = 31;
  public static final int MAX_SLOTS = 500;
  public static final Duration SHORTEST = Duration.ofMinutes(15);
  public static final Duration LONGEST = Duration.ofHours(12);

  private FreeSlots() {
  }

  /** A member's profile and the reservations standing on their days. */
  public record Member(StaffProfile profile, List<BookedTime.Booked> booked) {
  }

  public static FreeSlotsView find(List<Member> members, boolean moreMembers, Duration duration, String skill,
                                   LocalDate first, LocalDate last) {
    List<FreeSlot> slots = new ArrayList<>();
    for (Member m : members) {
      List<Interval> away = m.profile().absences().stream().map(a -> new Interval(a.startsAt(), a.endsAt())).toList();
      List<Interval> taken = m.booked().stream().map(b -> new Interval(b.startsAt(), b.endsAt())).toList();
      for (AvailableDay day : Availability.of(m.profile().workingHours(), away, taken, first, last)) {
        day.free().stream().filter(span -> span.minutes() >= duration.toMinutes())
            .forEach(span -> slots.add(FreeSlot.of(m.profile().member(), span)));
      }
    }
    slots.sort(Comparator.comparing(FreeSlot::startsAt).thenComparing(FreeSlot::member));
    boolean truncated = moreMembers || slots.size() > MAX_SLOTS;
    return new FreeSlotsView(first.toString(), last.toString(), duration.toMinutes(), skill,
        members.stream().map(m -> m.profile().member()).toList(),
        slots.subList(0, Math.min(slots.size(), MAX_SLOTS)), truncated);
  }
}

package app.jobmate.projections.staff.availability;

import app.jobmate.projections.staff.StaffProfile;
import app.jobmate.projections.staff.availability.Intervals.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff utilisation per ISO week (docs/decisions/availability.md), pure: for each member, the booked hours over
 * the hours they could have been booked — the working ranges of each London day less their absences — with the
 * booked time counted once however many reservations overlap (an override's) and only within those hours (a
 * booking outside working hours is overtime, not utilisation). Weeks run Monday to Sunday in London time.
 */
public final class Utilisation {

  /** At most this many weeks in one answer (the diary's days are read in one window of at most 62 days). */
  public static final int MAX_WEEKS = 8;

  private Utilisation() {
  }

  /** A member's profile and the reservations standing on the days of the weeks asked. */
  public record Member(StaffProfile profile, List<BookedTime.Booked> booked) {
  }

  /** One member's week: minutes working, away, available (working less away), booked, and the ratio. */
  public record MemberWeek(String member, long workingMinutes, long absentMinutes, long availableMinutes,
                           long bookedMinutes, BigDecimal utilisation) {
  }

  /** A week: its ISO name ({@code 2026-W50}), its Monday and Sunday, each member's figures and the team's. */
  public record Week(String week, String from, String to, List<MemberWeek> members, MemberWeek team) {
    public Week {
      members = List.copyOf(members);
    }
  }

  /** The Monday of the ISO week {@code day} is in. */
  public static LocalDate mondayOf(LocalDate day) {
    return day.with(DayOfWeek.MONDAY);
  }

  /** Each ISO week from the one {@code first} is in to the one {@code last} is in, for each member in order. */
  public static List<Week> of(List<Member> members, LocalDate first, LocalDate last) {
    List<Week> weeks = new ArrayList<>();
    for (LocalDate monday = mondayOf(first); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      LocalDate sunday = monday.plusDays(6);
      List<MemberWeek> rows = new ArrayList<>();
      long working = 0;
      long absent = 0;
      long booked = 0;
      for (Member m : members) {
        List<Interval> away = m.profile().absences().stream().map(a -> new Interval(a.startsAt(), a.endsAt())).toList();
        List<Interval> taken = m.booked().stream().map(b -> new Interval(b.startsAt(), b.endsAt())).toList();
        long w = 0;
        long a = 0;
        long b = 0;
        for (AvailableDay day : Availability.of(m.profile().workingHours(), away, taken, monday, sunday)) {
          w += day.workingMinutes();
          a += day.absentMinutes();
          b += day.bookedMinutes();
        }
        rows.add(row(m.profile().member(), w, a, b));
        working += w;
        absent += a;
        booked += b;
      }
      String name = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
          + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      weeks.add(new Week(name, monday.toString(), sunday.toString(), rows, row(null, working, absent, booked)));
    }
    return weeks;
  }

  private static MemberWeek row(String member, long working, long absent, long booked) {
    long available = working - absent;
    BigDecimal ratio = available == 0 ? null
        : BigDecimal.valueOf(booked).divide(BigDecimal.valueOf(available), 4, RoundingMode.HALF_UP);
    return new MemberWeek(member, working, absent, available, booked, ratio);
  }
}

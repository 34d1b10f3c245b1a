package app.jobmate.events;

import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.AbsenceKind;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceCancelled;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every staff profile event: Sam works weekdays with a lunch break and a short
 * Saturday, costs £18.50 an hour from January,
 * takes a week's holiday in August (then cancels it) or an afternoon's training. {@link #minimalLike} switches over the sealed
 * {@link StaffProfileEvent} without a default, so a new event does not compile until it has its examples here.
 */
public final class StaffProfileEventExamples {

  public static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  public static final AbsenceId HOLIDAY = AbsenceId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f61");

  private StaffProfileEventExamples() {
  }

  public static List<StaffProfileEvent> all() {
    return Arrays.stream(StaffProfileEvent.class.getPermittedSubclasses())
        .<StaffProfileEvent>map(type -> examples().filter(type::isInstance).findFirst()
            .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName())))
        .toList();
  }

  /** Another example: no skills, no working hours, a rate of nothing. */
  public static StaffProfileEvent minimalLike(StaffProfileEvent example) {
    return switch (example) {
      case StaffProfileSet e -> new StaffProfileSet(e.member(), List.of(), WorkingWeek.NONE);
      case StaffHourlyCostSet e -> new StaffHourlyCostSet(e.member(), Money.ofPence(0), LocalDate.of(2000, 1, 1));
      case AbsenceRecorded e -> new AbsenceRecorded(e.member(), e.absenceId(), new Absence(AbsenceKind.TRAINING,
          false, LocalDateTime.of(2027, 3, 4, 13, 0), LocalDateTime.of(2027, 3, 4, 17, 0),
          Instant.parse("2027-03-04T13:00:00Z"), Instant.parse("2027-03-04T17:00:00Z")));
      case AbsenceCancelled e -> e;
    };
  }

  public static List<StaffProfileEvent> fullAndMinimal() {
    List<StaffProfileEvent> events = new ArrayList<>(all());
    all().stream().map(StaffProfileEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<StaffProfileEvent> examples() {
    List<TimeRange> weekday = List.of(new TimeRange("08:00", "12:00"), new TimeRange("12:30", "16:30"));
    return Stream.of(
        new StaffProfileSet(SAM, List.of("gas safe", "unvented cylinders"), new WorkingWeek(weekday, weekday, weekday,
            weekday, weekday, List.of(new TimeRange("09:00", "12:00")), List.of())),
        new StaffHourlyCostSet(SAM, Money.ofPence(1_850), LocalDate.of(2027, 1, 1)),
        new AbsenceRecorded(SAM, HOLIDAY, Absence.days(AbsenceKind.HOLIDAY, LocalDate.of(2027, 8, 9),
            LocalDate.of(2027, 8, 13))),
        new AbsenceCancelled(SAM, HOLIDAY));
  }
}

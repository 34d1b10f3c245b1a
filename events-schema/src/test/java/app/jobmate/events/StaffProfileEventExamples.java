package app.jobmate.events;

import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every staff profile event: Sam works weekdays with a lunch break and a short
 * Saturday, and costs £18.50 an hour from January. {@link #minimalLike} switches over the sealed
 * {@link StaffProfileEvent} without a default, so a new event does not compile until it has its examples here.
 */
public final class StaffProfileEventExamples {

  public static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");

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
        new StaffHourlyCostSet(SAM, Money.ofPence(1_850), LocalDate.of(2027, 1, 1)));
  }
}

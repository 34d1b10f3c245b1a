package app.jobmate.events;

import app.jobmate.events.mileage.MileageEvent;
import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.mileage.MileageEvent.MileageReleased;
import app.jobmate.events.values.TaxYear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every event of a person's mileage count: Sam's 120 miles in 2027-28, 100
 * of them below the 10,000. {@link #minimalLike} switches over the sealed {@link MileageEvent} without a
 * default, so a new event does not compile until it has its examples here.
 */
public final class MileageEventExamples {

  private MileageEventExamples() {
  }

  public static List<MileageEvent> all() {
    return Arrays.stream(MileageEvent.class.getPermittedSubclasses())
        .<MileageEvent>map(type -> examples().filter(type::isInstance).findFirst()
            .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName())))
        .toList();
  }

  /** A further example of the same event: every field is required, so other values. */
  public static MileageEvent minimalLike(MileageEvent example) {
    return switch (example) {
      case MileageCounted e -> new MileageCounted(e.expenseId(), e.member(), e.taxYear(), 1, 0, 1);
      case MileageReleased e -> new MileageReleased(e.expenseId(), e.member(), e.taxYear(), 10_000, 10_000, 0);
    };
  }

  public static List<MileageEvent> fullAndMinimal() {
    List<MileageEvent> events = new ArrayList<>(all());
    all().stream().map(MileageEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<MileageEvent> examples() {
    TaxYear year = new TaxYear(2027);
    return Stream.of(
        new MileageCounted(ExpenseEventExamples.MILEAGE_EXPENSE.value(), ExpenseEventExamples.SAM, year, 120, 100, 20),
        new MileageReleased(ExpenseEventExamples.MILEAGE_EXPENSE.value(), ExpenseEventExamples.SAM, year, 120, 100, 20));
  }
}

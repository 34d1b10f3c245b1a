package app.jobmate.events.expenses;

import app.jobmate.events.values.Require;
import java.time.LocalDate;

/**
 * One business journey of a mileage claim, as HMRC asks a claimant to keep it (EIM31240): the day,
 * where from and where to, why, and the business miles, whole.
 */
public record Journey(LocalDate date, String from, String to, String purpose, int miles) {

  public static final int MAX_PLACE = 200;
  public static final int MAX_PURPOSE = 500;
  public static final int MAX_MILES = 2_000;

  public Journey {
    Require.present(date, "date");
    if (date.isBefore(ExpenseEvent.EARLIEST_DATE) || date.isAfter(ExpenseEvent.LATEST_DATE)) {
      throw new IllegalArgumentException("date must be from " + ExpenseEvent.EARLIEST_DATE + " to "
          + ExpenseEvent.LATEST_DATE);
    }
    from = Require.text(from, MAX_PLACE, "from");
    to = Require.text(to, MAX_PLACE, "to");
    purpose = Require.text(purpose, MAX_PURPOSE, "purpose");
    if (miles < 1 || miles > MAX_MILES) {
      throw new IllegalArgumentException("miles must be 1 to " + MAX_MILES);
    }
  }

  public MileageRates.Leg leg() {
    return new MileageRates.Leg(date, miles);
  }
}

package app.jobmate.commands.mileage;

import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.values.TaxYear;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A person's car and van miles counted in a tax year ({@code taxYear} null before the first count): the
 * counts standing, by expense id (a released count no longer stands).
 */
public record MileageCount(TaxYear taxYear, Map<UUID, MileageCounted> standing) {

  public MileageCount {
    standing = Map.copyOf(standing);
  }

  public static MileageCount none() {
    return new MileageCount(null, Map.of());
  }

  /** The miles below the 10,000 taken by the counts standing. */
  public int cheapMilesTaken() {
    return standing.values().stream().mapToInt(MileageCounted::cheapMiles).sum();
  }

  /** The miles still at 45p this year. */
  public int cheapMilesLeft() {
    return Math.max(0, MileageRates.CAR_FIRST_MILES - cheapMilesTaken());
  }

  MileageCount with(MileageCounted counted) {
    Map<UUID, MileageCounted> next = new LinkedHashMap<>(standing);
    next.put(counted.expenseId(), counted);
    return new MileageCount(counted.taxYear(), next);
  }

  MileageCount without(UUID expense, TaxYear year) {
    Map<UUID, MileageCounted> next = new LinkedHashMap<>(standing);
    next.remove(expense);
    return new MileageCount(year, next);
  }
}

package app.jobmate.events.mileage;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.UserId;
import java.util.UUID;

/**
 * The count of a person's car and van business miles in a tax year (docs/decisions/mileage-threshold.md):
 * one stream per person and tax year, {@code <tenantId>#mileage#<memberId>-<startYear>}, whose events are
 * its running total. Each says the expense, the miles it counts and how many of them fell below the
 * 10,000 ({@code cheapMiles}, at 45p) and above ({@code dearMiles}, at 25p).
 */
public sealed interface MileageEvent extends DomainEvent {

  /** More miles than a year of claims holds: 100 journeys of 2,000 miles a claim, many claims. */
  int MAX_MILES = 10_000_000;

  /** The mileage expense whose miles are counted, by its id (the expense's stream id). */
  UUID expenseId();

  UserId member();

  TaxYear taxYear();

  int miles();

  int cheapMiles();

  int dearMiles();

  /** The miles of a mileage expense in this year were counted: its cheap miles are taken. */
  record MileageCounted(UUID expenseId, UserId member, TaxYear taxYear, int miles, int cheapMiles, int dearMiles)
      implements MileageEvent {
    public MileageCounted {
      requireCount(expenseId, member, taxYear, miles, cheapMiles, dearMiles);
    }
  }

  /**
   * The miles an expense had counted in this year were taken back (the expense was refused, or its
   * journeys changed): its cheap miles are free for later claims.
   */
  record MileageReleased(UUID expenseId, UserId member, TaxYear taxYear, int miles, int cheapMiles, int dearMiles)
      implements MileageEvent {
    public MileageReleased {
      requireCount(expenseId, member, taxYear, miles, cheapMiles, dearMiles);
    }
  }

  private static void requireCount(UUID expenseId, UserId member, TaxYear taxYear, int miles, int cheapMiles,
                                   int dearMiles) {
    Require.present(expenseId, "expenseId");
    Require.present(member, "member");
    Require.present(taxYear, "taxYear");
    if (miles < 1 || miles > MAX_MILES || cheapMiles < 0 || cheapMiles > MileageRates.CAR_FIRST_MILES || dearMiles < 0
        || cheapMiles + dearMiles != miles) {
      throw new IllegalArgumentException("miles 1 to " + MAX_MILES + ", cheapMiles 0 to " + MileageRates.CAR_FIRST_MILES
          + ", cheapMiles + dearMiles = miles");
    }
  }
}

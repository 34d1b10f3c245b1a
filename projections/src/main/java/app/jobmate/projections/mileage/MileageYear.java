package app.jobmate.projections.mileage;

import app.jobmate.events.expenses.MileageRates;
import java.time.Instant;
import java.util.List;

/**
 * A person's car and van business miles counted in a tax year (collection {@code mileage}, one per
 * person and tax year, named as its count stream {@code <memberId>-<startYear>}): the claims standing
 * (a released claim is gone) and their totals, always recomputed from them here.
 *
 * @param taxYear as HMRC writes it, {@code 2026-27}
 */
public record MileageYear(String member, String taxYear, int miles, int cheapMiles, int dearMiles, List<Claim> claims,
                          Instant updatedAt) {

  public MileageYear {
    claims = List.copyOf(claims);
    miles = claims.stream().mapToInt(Claim::miles).sum();
    cheapMiles = claims.stream().mapToInt(Claim::cheapMiles).sum();
    dearMiles = claims.stream().mapToInt(Claim::dearMiles).sum();
  }

  /** What the car and van miles are worth at 45p and 25p, in pence (passengers are on the expenses). */
  public long pence() {
    return (long) cheapMiles * MileageRates.CAR_PENCE_FIRST + (long) dearMiles * MileageRates.CAR_PENCE_AFTER;
  }

  /** The miles still at 45p this tax year. */
  public int cheapMilesLeft() {
    return Math.max(0, MileageRates.CAR_FIRST_MILES - cheapMiles);
  }

  /** A mileage expense's miles in the year, as its count split them. */
  public record Claim(String expenseId, int miles, int cheapMiles, int dearMiles) {
  }
}

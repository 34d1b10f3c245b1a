package app.jobmate.projections.mileage;

import java.util.List;

/**
 * A person's mileage in a tax year as {@code GET /mileage} answers it: the car and van miles counted,
 * how many at 45p ({@code cheapMiles}) and 25p ({@code dearMiles}), their pence, the 45p miles left of
 * the 10,000, and the claims standing. A year with nothing counted answers zeros.
 */
public record MileageView(String member, String taxYear, int miles, int cheapMiles, int dearMiles, long pence,
                          int cheapMilesLeft, List<MileageYear.Claim> claims) {

  public static MileageView of(String member, String taxYear, MileageYear year) {
    MileageYear y = year != null ? year : new MileageYear(member, taxYear, 0, 0, 0, List.of(), null);
    return new MileageView(member, taxYear, y.miles(), y.cheapMiles(), y.dearMiles(), y.pence(), y.cheapMilesLeft(),
        y.claims());
  }
}

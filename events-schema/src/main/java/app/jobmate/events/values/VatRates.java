package app.jobmate.events.values;

import java.time.LocalDate;
import java.util.List;

/**
 * The UK's VAT rates with the dates they apply from: a rate change applies to supplies from its
 * date, so a document priced at a tax point takes the rates of that day, and a document already
 * issued keeps the rates it was priced at (its VAT summaries record them). A new rate is one line
 * here, added before its date.
 */
public final class VatRates {

  /** The rate bands the VAT codes use. */
  public enum Band { STANDARD, REDUCED, ZERO }

  private record Rate(Band band, LocalDate from, int basisPoints) {
  }

  // newest first within a band; HMRC, "VAT rates on different goods and services" and the historic rates
  private static final List<Rate> RATES = List.of(
      new Rate(Band.STANDARD, LocalDate.of(2011, 1, 4), 2000),
      new Rate(Band.STANDARD, LocalDate.of(2010, 1, 1), 1750),
      new Rate(Band.STANDARD, LocalDate.of(2008, 12, 1), 1500),
      new Rate(Band.STANDARD, LocalDate.of(1991, 4, 1), 1750),
      new Rate(Band.REDUCED, LocalDate.of(1997, 9, 1), 500),
      new Rate(Band.ZERO, LocalDate.of(1973, 4, 1), 0));

  private VatRates() {
  }

  /** The rate of {@code band} on {@code date}, in basis points (2000 is 20%). */
  public static int basisPoints(Band band, LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("a VAT rate is of a date");
    }
    return RATES.stream()
        .filter(rate -> rate.band() == band && !date.isBefore(rate.from()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + band + " VAT rate is known for " + date))
        .basisPoints();
  }
}

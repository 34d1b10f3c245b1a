package app.jobmate.projections.reports.vat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When a business's VAT quarters end: HMRC's three staggers, by the wire names the business settings
 * store ({@code vatQuarterStagger}). Stagger 1 ends in March, June, September and December; stagger 2
 * in April, July, October and January; stagger 3 in May, August, November and February.
 */
public enum Stagger {
  STAGGER_1("mar-jun-sep-dec", Month.MARCH),
  STAGGER_2("apr-jul-oct-jan", Month.APRIL),
  STAGGER_3("may-aug-nov-feb", Month.MAY);

  private final String wireName;
  private final Month firstQuarterEnd;

  Stagger(String wireName, Month firstQuarterEnd) {
    this.wireName = wireName;
    this.firstQuarterEnd = firstQuarterEnd;
  }

  public String wireName() {
    return wireName;
  }

  /** The stagger the settings name, if any does. */
  public static Optional<Stagger> ofWireName(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }

  /** Whether a quarter ends with {@code month}. */
  public boolean endsQuarterIn(Month month) {
    return (month.getValue() - firstQuarterEnd.getValue() + 12) % 3 == 0;
  }

  /** The four quarters that end in {@code year}, in order: each three whole months, the last one ending in the year. */
  public List<Period> quartersEndingIn(int year) {
    return Arrays.stream(Month.values()).filter(this::endsQuarterIn)
        .map(end -> YearMonth.of(year, end))
        .map(end -> new Period(end.minusMonths(2).atDay(1), end.atEndOfMonth()))
        .toList();
  }

  /** A VAT quarter: its first and last day. */
  public record Period(LocalDate start, LocalDate end) {
  }
}

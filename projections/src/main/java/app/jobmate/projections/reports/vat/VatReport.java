package app.jobmate.projections.reports.vat;

import app.jobmate.events.values.VatCode;
import app.jobmate.projections.reports.ReportQueries.ExpenseTally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The VAT on the business's purchases per VAT quarter ({@code GET /reports/vat?year=}): the four
 * quarters ending in the year by the stagger in force now (none chosen: calendar quarters, stagger 1,
 * and {@code staggerChosen} false), each summed from the months in it, so changing the stagger needs
 * no rebuild. Counted: approved and reimbursed expenses, by their purchase date, from the VAT
 * registration date on (nothing while not registered). Per VAT code (docs/business-rules.md,
 * reports):
 * <ul>
 *   <li>standard, reduced: the VAT paid is reclaimable (box 4);</li>
 *   <li>zero, exempt: no VAT; their net is in the purchases (box 7);</li>
 *   <li>outside the scope: no VAT, and not in the purchases either;</li>
 *   <li>reverse charge: the VAT the business accounts for itself is both due (box 1) and reclaimable
 *       (box 4), so it nets to nothing; both are shown.</li>
 * </ul>
 *
 * @param countedFrom the first day of the quarter whose purchases count (the registration date when it
 *                    falls in the quarter); absent when nothing in it counts
 */
public record VatReport(int year, String stagger, boolean staggerChosen, boolean vatRegistered,
                        LocalDate registeredFrom, List<Quarter> quarters) {

  public record Quarter(LocalDate start, LocalDate end, LocalDate countedFrom, long purchasesNet, long inputVat,
                        long reverseChargeOutputVat, long netReclaimable, List<CodeTotals> byVatCode) {
  }

  /**
   * @param reclaimable the input VAT of these expenses: their VAT when charged, their reverse-charge VAT
   *                    when reverse charged, none when exempt or outside the scope
   */
  public record CodeTotals(VatCode vatCode, long count, long net, long vat, long reverseChargeVat,
                           long reclaimable) {

    CodeTotals plus(ExpenseTally t) {
      return new CodeTotals(vatCode, count + t.count(), net + t.net(), vat + t.vat(),
          reverseChargeVat + t.reverseChargeVat(), reclaimable + VatReport.reclaimable(t));
    }
  }

  /** The stagger used when the business has chosen none: calendar quarters. */
  public static final Stagger DEFAULT_STAGGER = Stagger.STAGGER_1;

  /** The quarters ending in {@code year} for {@code registration}. */
  public static List<Stagger.Period> quarters(int year, VatRegistration registration) {
    return stagger(registration).quartersEndingIn(year);
  }

  /**
   * The report, given the tallies of the expenses dated from the first quarter's
   * {@link VatRegistration#countsFrom} to the last quarter's end (tallies outside are ignored).
   */
  public static VatReport of(int year, VatRegistration registration, List<ExpenseTally> tallies) {
    List<Quarter> quarters = new ArrayList<>();
    for (Stagger.Period period : quarters(year, registration)) {
      LocalDate countedFrom = registration.countsFrom(period.start());
      if (countedFrom == null || countedFrom.isAfter(period.end())) {
        quarters.add(new Quarter(period.start(), period.end(), null, 0, 0, 0, 0, List.of()));
        continue;
      }
      YearMonth first = YearMonth.from(period.start());
      YearMonth last = YearMonth.from(period.end());
      Map<VatCode, CodeTotals> byCode = new EnumMap<>(VatCode.class);
      for (ExpenseTally t : tallies) {
        YearMonth month = YearMonth.parse(t.month());
        if (!t.stage().counted() || month.isBefore(first) || month.isAfter(last)) {
          continue;
        }
        byCode.put(t.vatCode(), byCode.getOrDefault(t.vatCode(), new CodeTotals(t.vatCode(), 0, 0, 0, 0, 0)).plus(t));
      }
      long purchases = 0;
      long input = 0;
      long output = 0;
      for (CodeTotals c : byCode.values()) {
        purchases += inPurchases(c.vatCode()) ? c.net() : 0;
        input += c.reclaimable();
        output += c.reverseChargeVat();
      }
      quarters.add(new Quarter(period.start(), period.end(), countedFrom, purchases, input, output, input - output,
          List.copyOf(byCode.values())));
    }
    Stagger stagger = stagger(registration);
    return new VatReport(year, stagger.wireName(), registration.stagger() != null, registration.registered(),
        registration.registeredFrom(), quarters);
  }

  private static Stagger stagger(VatRegistration registration) {
    return registration.stagger() == null ? DEFAULT_STAGGER : registration.stagger();
  }

  private static long reclaimable(ExpenseTally t) {
    return switch (t.vatCode().treatment()) {
      case CHARGED -> t.vat();
      case REVERSE_CHARGED -> t.reverseChargeVat();
      case EXEMPT, OUTSIDE_SCOPE -> 0;
    };
  }

  /** Whether the net of purchases at this code is in the VAT return's purchases (box 7): all but outside the scope. */
  private static boolean inPurchases(VatCode code) {
    return switch (code.treatment()) {
      case CHARGED, EXEMPT, REVERSE_CHARGED -> true;
      case OUTSIDE_SCOPE -> false;
    };
  }
}

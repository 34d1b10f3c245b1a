package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of a quote, exact to the penny. It lives in the published language so that the
 * write side (which freezes the totals on issue) and every reader (drafts in the dashboard,
 * reports) compute the same pennies.
 *
 * <ol>
 *   <li>each line: quantity × unit price, half a penny up, as entered (before VAT, or including it);
 *       then its own discount;</li>
 *   <li>a discount on the whole is shared among the lines in proportion to their amounts as
 *       entered, the odd pennies going to the largest remainders, because VAT is due on the
 *       discounted price (VAT Notice 700, section 7.4);</li>
 *   <li>a line priced including VAT has its VAT taken out by the VAT fraction (rate ÷ (100 + rate),
 *       1/6 at 20%), to the nearest penny, half up, on its discounted amount, whatever the rounding
 *       policy: so the customer pays exactly the price entered, less its discounts;</li>
 *   <li>the lines priced before VAT are taxed by the rounding policy (HMRC VATREC12010): per line,
 *       each line's VAT to the nearest penny; per document, the VAT of those lines rounded down to
 *       the penny once, shared among the VAT codes by largest remainder so the summaries add up;</li>
 *   <li>rates are those in force on the tax point ({@link VatTerms}); a reverse-charge line is
 *       charged nothing and its VAT (per line, half up) is shown as the customer's to account for;
 *       an outside-the-scope line is in the price and in no VAT summary; a business not VAT
 *       registered charges no VAT and shows none, a price including VAT being the price;</li>
 *   <li>the deposit is a share of the gross, or a fixed amount no larger than it.</li>
 * </ol>
 */
public final class QuotePricing {

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private QuotePricing() {
  }

  /** The totals of {@code lines}, every one of which counts (leave out optional lines not taken). */
  public static QuoteTotals price(List<QuoteLine> lines, PercentOrAmount discount, PercentOrAmount deposit,
                                  VatTerms terms) {
    Lines priced = new Lines(lines, discount, terms);
    int n = lines.size();
    long subtotal = 0;
    long net = 0;
    long outsideScope = 0;
    for (int i = 0; i < n; i++) {
      subtotal = Math.addExact(subtotal, priced.netBeforeDiscounts[i]);
      net = Math.addExact(net, priced.nets[i]);
      if (!lines.get(i).vatCode().inScope()) {
        outsideScope += priced.nets[i];
      }
    }
    List<VatSummary> vat = terms.registered() ? summaries(lines, priced, terms) : List.of();
    long vatTotal = vat.stream().mapToLong(v -> v.vat().pence()).sum();
    long reverseCharge = vat.stream().mapToLong(v -> v.reverseChargeVat().pence()).sum();
    Money gross = Money.ofPence(net + vatTotal);
    Money depositAmount = deposit == null ? Money.ZERO : deposit.of(gross);
    return new QuoteTotals(Money.ofPence(subtotal), Money.ofPence(subtotal - net), Money.ofPence(net), vat,
        Money.ofPence(vatTotal), gross, depositAmount, Money.ofPence(outsideScope), Money.ofPence(reverseCharge),
        terms.registered());
  }

  /** What pricing had to cap on these lines: issuing them would be refused for it. */
  public static List<PricingWarning> warnings(List<QuoteLine> lines, PercentOrAmount discount, PercentOrAmount deposit,
                                              VatTerms terms) {
    List<PricingWarning> warnings = new ArrayList<>();
    long afterLineDiscounts = 0;
    for (QuoteLine line : lines) {
      Money amount = line.amount();
      if (line.discount() instanceof PercentOrAmount.Amount a && a.amount().compareTo(amount) > 0) {
        warnings.add(new PricingWarning(PricingWarning.LINE_DISCOUNT_CAPPED, line.lineId(), "the line's discount of "
            + a.amount() + " is more than its amount of " + amount + "; issuing is refused until it is changed"));
      }
      afterLineDiscounts += amount.pence() - (line.discount() == null ? 0 : line.discount().of(amount).pence());
    }
    if (discount instanceof PercentOrAmount.Amount a && a.amount().pence() > afterLineDiscounts) {
      warnings.add(new PricingWarning(PricingWarning.DISCOUNT_CAPPED, null, "the discount of " + a.amount()
          + " is more than the lines come to (" + Money.ofPence(afterLineDiscounts) + ")"));
    }
    if (deposit instanceof PercentOrAmount.Amount a) {
      Money gross = price(lines, discount, null, terms).gross();
      if (a.amount().compareTo(gross) > 0) {
        warnings.add(new PricingWarning(PricingWarning.DEPOSIT_CAPPED, null, "the deposit of " + a.amount()
            + " is more than the quote's total of " + gross));
      }
    }
    return List.copyOf(warnings);
  }

  /** Quantity × unit price, half a penny up: 0.333 × £1.00 is 33p. */
  public static Money lineAmount(QuoteLine line) {
    return line.amount();
  }

  /** The VAT in {@code gross} at {@code basisPoints}: the VAT fraction, half a penny up. */
  static long vatFraction(long gross, int basisPoints) {
    return divideHalfUp(BigInteger.valueOf(gross).multiply(BigInteger.valueOf(basisPoints)),
        BigInteger.valueOf(10_000L + basisPoints));
  }

  /** The lines after discounts: each one's net, and the VAT taken out of those priced including it. */
  private static final class Lines {
    final long[] netBeforeDiscounts;
    final long[] nets;
    final long[] includedVat;
    final boolean[] inclusive;

    Lines(List<QuoteLine> lines, PercentOrAmount discount, VatTerms terms) {
      int n = lines.size();
      long[] entered = new long[n];
      long[] afterLineDiscount = new long[n];
      long sumAfter = 0;
      for (int i = 0; i < n; i++) {
        QuoteLine line = lines.get(i);
        entered[i] = line.amount().pence();
        long lineDiscount = line.discount() == null ? 0 : line.discount().of(Money.ofPence(entered[i])).pence();
        afterLineDiscount[i] = entered[i] - lineDiscount;
        sumAfter = Math.addExact(sumAfter, afterLineDiscount[i]);
      }
      long wholeDiscount = discount == null ? 0 : discount.of(Money.ofPence(sumAfter)).pence();
      long[] shares = shareOut(wholeDiscount, afterLineDiscount);
      netBeforeDiscounts = new long[n];
      nets = new long[n];
      includedVat = new long[n];
      inclusive = new boolean[n];
      for (int i = 0; i < n; i++) {
        QuoteLine line = lines.get(i);
        long discounted = afterLineDiscount[i] - shares[i];
        int rate = line.vatCode().basisPointsOn(terms.taxPoint());
        // a price including VAT includes none where none is charged (reverse charge, exempt, out of scope, not registered)
        inclusive[i] = line.pricesIncludeVat() && terms.registered() && line.vatCode().charges() && rate > 0;
        if (inclusive[i]) {
          netBeforeDiscounts[i] = entered[i] - vatFraction(entered[i], rate);
          includedVat[i] = vatFraction(discounted, rate);
          nets[i] = discounted - includedVat[i];
        } else {
          netBeforeDiscounts[i] = entered[i];
          nets[i] = discounted;
        }
      }
    }
  }

  private static List<VatSummary> summaries(List<QuoteLine> lines, Lines priced, VatTerms terms) {
    Map<VatCode, long[]> byCode = new EnumMap<>(VatCode.class); // net, VAT of inclusive and per-line, reverse charge
    Map<VatCode, BigInteger> exclusiveExact = new EnumMap<>(VatCode.class);
    for (int i = 0; i < lines.size(); i++) {
      VatCode code = lines.get(i).vatCode();
      if (!code.inScope()) {
        continue;
      }
      int rate = code.basisPointsOn(terms.taxPoint());
      long[] sums = byCode.computeIfAbsent(code, c -> new long[3]);
      sums[0] += priced.nets[i];
      BigInteger exact = BigInteger.valueOf(priced.nets[i]).multiply(BigInteger.valueOf(rate));
      if (code.reverseCharged()) {
        sums[2] += divideHalfUp(exact, TEN_THOUSAND);
      } else if (!code.charges()) {
        continue;
      } else if (priced.inclusive[i]) {
        sums[1] += priced.includedVat[i];
      } else if (terms.rounding() == RoundingPolicy.PER_LINE) {
        // VATREC12010: line VAT may be rounded to the nearest penny
        sums[1] += divideHalfUp(exact, TEN_THOUSAND);
      } else {
        exclusiveExact.merge(code, exact, BigInteger::add);
      }
    }
    if (!exclusiveExact.isEmpty()) {
      // VATREC12010: the VAT of the whole may be rounded down, once; shared so the summaries add up
      List<VatCode> codes = List.copyOf(exclusiveExact.keySet());
      BigInteger[] exact = codes.stream().map(exclusiveExact::get).toArray(BigInteger[]::new);
      long total = Arrays.stream(exact).reduce(BigInteger.ZERO, BigInteger::add)
          .divide(TEN_THOUSAND).longValueExact();
      long[] shared = largestRemainder(total, exact, TEN_THOUSAND);
      for (int i = 0; i < codes.size(); i++) {
        byCode.get(codes.get(i))[1] += shared[i];
      }
    }
    List<VatSummary> summaries = new ArrayList<>();
    byCode.forEach((code, sums) -> summaries.add(new VatSummary(code, code.ratePercentOn(terms.taxPoint()),
        Money.ofPence(sums[0]), Money.ofPence(sums[1]), Money.ofPence(sums[2]))));
    return summaries;
  }

  /** {@code amount} shared in proportion to {@code weights}, exactly, odd pennies to the largest remainders. */
  static long[] shareOut(long amount, long[] weights) {
    long totalWeight = 0;
    for (long w : weights) {
      totalWeight += w;
    }
    if (amount == 0 || totalWeight == 0) {
      return new long[weights.length];
    }
    BigInteger[] scaled = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      // in units of 1/totalWeight of a penny
      scaled[i] = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]));
    }
    return largestRemainder(amount, scaled, BigInteger.valueOf(totalWeight));
  }

  /**
   * Whole pennies for each exact share ({@code exact[i] / unit}) that add up to {@code total}:
   * each share rounded down, the pennies left over given one each to the largest remainders (the
   * earlier share first on a tie).
   */
  private static long[] largestRemainder(long total, BigInteger[] exact, BigInteger unit) {
    long[] result = new long[exact.length];
    BigInteger[] remainders = new BigInteger[exact.length];
    long allocated = 0;
    for (int i = 0; i < exact.length; i++) {
      BigInteger[] qr = exact[i].divideAndRemainder(unit);
      result[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      allocated += result[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < exact.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; allocated < total; k = (k + 1) % order.size()) {
      result[order.get(k)]++;
      allocated++;
    }
    return result;
  }

  private static long divideHalfUp(BigInteger numerator, BigInteger denominator) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP).longValueExact();
  }
}

package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
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
 *   <li>each line: quantity × unit price, half a penny up; then its own discount;</li>
 *   <li>a discount on the whole is shared among the lines in proportion to their amounts, the odd
 *       pennies going to the largest remainders, because VAT is due on the discounted price
 *       (VAT Notice 700, section 7.4);</li>
 *   <li>VAT by the rounding policy (HMRC VATREC12010): per line, each line's VAT to the nearest
 *       penny; per document, the VAT of the whole rounded down to the penny, shared among the VAT
 *       codes by largest remainder so that the summaries add up;</li>
 *   <li>the deposit is a share of the gross, or a fixed amount no larger than it.</li>
 * </ol>
 */
public final class QuotePricing {

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private QuotePricing() {
  }

  /** The totals of {@code lines}, every one of which counts (leave out optional lines not taken). */
  public static QuoteTotals price(List<QuoteLine> lines, PercentOrAmount discount, PercentOrAmount deposit,
                                  RoundingPolicy policy) {
    int n = lines.size();
    long[] amounts = new long[n];
    long[] afterLineDiscount = new long[n];
    long subtotal = 0;
    long lineDiscounts = 0;
    for (int i = 0; i < n; i++) {
      QuoteLine line = lines.get(i);
      amounts[i] = lineAmount(line).pence();
      long lineDiscount = line.discount() == null ? 0 : line.discount().of(Money.ofPence(amounts[i])).pence();
      afterLineDiscount[i] = amounts[i] - lineDiscount;
      subtotal = Math.addExact(subtotal, amounts[i]);
      lineDiscounts += lineDiscount;
    }
    long beforeWholeDiscount = subtotal - lineDiscounts;
    long wholeDiscount = discount == null ? 0 : discount.of(Money.ofPence(beforeWholeDiscount)).pence();
    long[] nets = subtract(afterLineDiscount, shareOut(wholeDiscount, afterLineDiscount));

    List<VatSummary> vat = switch (policy) {
      case PER_LINE -> vatPerLine(lines, nets);
      case PER_DOCUMENT -> vatPerDocument(lines, nets);
    };
    long net = subtotal - lineDiscounts - wholeDiscount;
    long vatTotal = vat.stream().mapToLong(v -> v.vat().pence()).sum();
    Money gross = Money.ofPence(net + vatTotal);
    Money depositAmount = deposit == null ? Money.ZERO : deposit.of(gross);
    return new QuoteTotals(Money.ofPence(subtotal), Money.ofPence(lineDiscounts + wholeDiscount), Money.ofPence(net),
        vat, Money.ofPence(vatTotal), gross, depositAmount);
  }

  /** Quantity × unit price, half a penny up: 0.333 × £1.00 is 33p. */
  public static Money lineAmount(QuoteLine line) {
    BigDecimal exact = line.quantity().value().multiply(BigDecimal.valueOf(line.unitPrice().pence()));
    return Money.ofPence(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  private static List<VatSummary> vatPerLine(List<QuoteLine> lines, long[] nets) {
    Map<VatCode, long[]> byCode = new EnumMap<>(VatCode.class);
    for (int i = 0; i < nets.length; i++) {
      VatCode code = lines.get(i).vatCode();
      long[] sums = byCode.computeIfAbsent(code, c -> new long[2]);
      sums[0] += nets[i];
      // VATREC12010: line VAT may be rounded to the nearest penny
      sums[1] += divideHalfUp(BigInteger.valueOf(nets[i]).multiply(BigInteger.valueOf(code.chargedBasisPoints())));
    }
    List<VatSummary> summaries = new ArrayList<>();
    byCode.forEach((code, sums) -> summaries.add(new VatSummary(code, Money.ofPence(sums[0]), Money.ofPence(sums[1]))));
    return summaries;
  }

  private static List<VatSummary> vatPerDocument(List<QuoteLine> lines, long[] nets) {
    Map<VatCode, Long> netByCode = new EnumMap<>(VatCode.class);
    for (int i = 0; i < nets.length; i++) {
      netByCode.merge(lines.get(i).vatCode(), nets[i], Long::sum);
    }
    List<VatCode> codes = List.copyOf(netByCode.keySet());
    // exact VAT per code in ten-thousandths of a penny; VATREC12010: the total may be rounded down
    BigInteger[] exact = new BigInteger[codes.size()];
    BigInteger exactTotal = BigInteger.ZERO;
    for (int i = 0; i < codes.size(); i++) {
      exact[i] = BigInteger.valueOf(netByCode.get(codes.get(i))).multiply(BigInteger.valueOf(codes.get(i).chargedBasisPoints()));
      exactTotal = exactTotal.add(exact[i]);
    }
    long total = exactTotal.divide(TEN_THOUSAND).longValueExact();
    long[] vat = largestRemainder(total, exact);
    List<VatSummary> summaries = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      summaries.add(new VatSummary(codes.get(i), Money.ofPence(netByCode.get(codes.get(i))), Money.ofPence(vat[i])));
    }
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
      // in units of 1/totalWeight of a penny, rescaled below so largestRemainder can compare remainders
      scaled[i] = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]));
    }
    return largestRemainder(amount, scaled, BigInteger.valueOf(totalWeight));
  }

  private static long[] largestRemainder(long total, BigInteger[] exactTenThousandths) {
    return largestRemainder(total, exactTenThousandths, TEN_THOUSAND);
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

  private static long[] subtract(long[] values, long[] shares) {
    long[] result = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i] - shares[i];
    }
    return result;
  }

  private static long divideHalfUp(BigInteger tenThousandths) {
    return new BigDecimal(tenThousandths).movePointLeft(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}

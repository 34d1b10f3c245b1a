package app.jobmate.projections.quotes.pipeline;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.projections.quotes.QuoteStatus;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The quotes pipeline over a period (a report of the dashboard): the quotes first issued in it,
 * counted and valued by the state they are in now. A rate with nothing to divide by is {@code null}
 * in the answer, not left out.
 *
 * <p>{@code conversionRate} is accepted / decided, where decided is accepted + declined + expired:
 * the share of the customers' answers that were yes. It is the headline figure because it does not
 * fall just because the period is recent and many quotes still await an answer; withdrawn quotes
 * are left out, as the customer never decided. {@code acceptedOfIssued} (accepted / all issued in the
 * period) is given beside it, with {@code awaitingDecision}, for the whole picture.
 *
 * @param byState            count and gross value (pence) per state; every state is present
 * @param conversionRate     accepted / decided, 4 decimals; absent when nothing was decided
 * @param acceptedOfIssued   accepted / issued, 4 decimals; absent when nothing was issued
 * @param averageDaysToAccept from first issue to acceptance, 1 decimal; absent when nothing was accepted
 * @param declineReasons     declined quotes per reason
 */
public record QuotesPipeline(LocalDate from, LocalDate to, Map<QuoteStatus, StateFigures> byState, long issued,
                             long awaitingDecision, long decided,
                             @JsonInclude(Include.ALWAYS) BigDecimal conversionRate,
                             @JsonInclude(Include.ALWAYS) BigDecimal acceptedOfIssued,
                             @JsonInclude(Include.ALWAYS) BigDecimal averageDaysToAccept,
                             Map<DeclineReason, Long> declineReasons) {

  private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

  public record StateFigures(long count, long gross) {
  }

  public static QuotesPipeline of(LocalDate from, LocalDate to, PipelineTally tally) {
    Map<QuoteStatus, long[]> sums = new EnumMap<>(QuoteStatus.class);
    for (QuoteStatus state : QuoteStatus.values()) {
      sums.put(state, new long[2]);
    }
    Map<DeclineReason, Long> reasons = new EnumMap<>(DeclineReason.class);
    long acceptMillis = 0;
    for (PipelineTally.Row row : tally.rows()) {
      long[] s = sums.get(row.state());
      s[0] += row.count();
      s[1] += row.gross();
      if (row.state() == QuoteStatus.ACCEPTED) {
        acceptMillis += row.millisToAccept();
      }
      if (row.state() == QuoteStatus.DECLINED && row.declineReason() != null) {
        reasons.merge(row.declineReason(), row.count(), Long::sum);
      }
    }
    Map<QuoteStatus, StateFigures> byState = new EnumMap<>(QuoteStatus.class);
    sums.forEach((state, s) -> byState.put(state, new StateFigures(s[0], s[1])));
    long accepted = sums.get(QuoteStatus.ACCEPTED)[0];
    long decided = accepted + sums.get(QuoteStatus.DECLINED)[0] + sums.get(QuoteStatus.EXPIRED)[0];
    long awaiting = sums.get(QuoteStatus.ISSUED)[0] + sums.get(QuoteStatus.VIEWED)[0];
    long issued = sums.values().stream().mapToLong(s -> s[0]).sum();
    BigDecimal averageDays = accepted == 0 ? null
        : BigDecimal.valueOf(acceptMillis).divide(MILLIS_PER_DAY.multiply(BigDecimal.valueOf(accepted)), 1,
            RoundingMode.HALF_UP);
    return new QuotesPipeline(from, to, byState, issued, awaiting, decided, ratio(accepted, decided),
        ratio(accepted, issued), averageDays, reasons);
  }

  private static BigDecimal ratio(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
  }
}

package app.jobmate.projections.quotes.detail;

import app.jobmate.events.Role;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.quotes.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote as the dashboard's quote page shows it (collection {@code quote_detail}): its details,
 * lines, totals with VAT per code, and the history of its state with who and when. A draft's totals
 * are computed with {@code QuotePricing} by the quote's rounding policy, at the rates of the day it
 * last changed ({@code pricedOn}) and the VAT registration it was drafted with, so they agree to the
 * penny with what issuing that day will freeze; a draft also says what its pricing had to cap
 * ({@code warnings}: issuing will refuse it). An issued or accepted quote shows the totals of that
 * event. Fields added after the first documents were written are boxed: absent in an older document.
 */
public record QuoteDetail(Long number, int revision, String displayNumber, QuoteStatus state, String customerId,
                          String siteId, String title, String notes, String terms, LocalDate validUntil,
                          int validityDays, RoundingPolicy roundingPolicy, Adjustment discount, Adjustment deposit,
                          List<Line> lines, Totals totals, TotalsBasis totalsBasis, List<String> optionalLinesTaken,
                          Instant draftedAt, LocalDate firstIssuedOn, LocalDate issuedOn, Instant viewedAt,
                          Instant acceptedAt, Instant declinedAt, DeclineReason declineReason, String declineNote,
                          Instant expiredAt, Instant withdrawnAt, String withdrawalReason, String jobId,
                          List<HistoryEntry> history, Boolean vatRegistered, LocalDate pricedOn,
                          List<Warning> warnings) {

  public QuoteDetail {
    lines = List.copyOf(lines);
    optionalLinesTaken = List.copyOf(optionalLinesTaken);
    history = List.copyOf(history);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** Something a draft's pricing had to cap, which issuing will refuse; {@code lineId} names the line of a line discount. */
  public record Warning(String code, String lineId, String message) {
  }

  /** A discount or deposit: a percentage, or an amount in pence. */
  public record Adjustment(BigDecimal percent, Long amount) {
  }

  /** A line with its amount (quantity × unit price, before its discount; including VAT when its price does). */
  public record Line(String lineId, String description, BigDecimal quantity, long unitPrice, VatCode vatCode,
                     Adjustment discount, boolean optional, long amount, Boolean pricesIncludeVat) {
  }

  /** The totals; {@code outsideScope} is in the net and in no VAT line, {@code reverseChargeVat} shown, not charged. */
  public record Totals(long subtotal, long discount, long net, List<VatLine> vat, long vatTotal, long gross,
                       long deposit, Long outsideScope, Long reverseChargeVat) {
    public Totals {
      vat = List.copyOf(vat);
    }
  }

  /** Net and VAT at one VAT code, with the rate shown on the quote and, under the reverse charge, the customer's VAT. */
  public record VatLine(VatCode vatCode, BigDecimal ratePercent, long net, long vat, Long reverseChargeVat) {
  }

  /** Which totals the quote shows: computed for a draft, frozen on issue, or what the customer accepted. */
  public enum TotalsBasis {
    DRAFT, ISSUED, ACCEPTED
  }

  /** A change of state: what happened, the state after it, when, and who did it (absent for Jobmate itself). */
  public record HistoryEntry(long version, String event, QuoteStatus state, int revision, Instant at, String by,
                             List<Role> roles) {
    public HistoryEntry {
      roles = List.copyOf(roles);
    }
  }
}

package app.jobmate.events.quotes;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.SiteId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a quote. Life cycle: Draft -> Issued -> (Viewed) -> Accepted | Declined | Expired,
 * or Withdrawn; a revision returns an issued quote to draft under the same number.
 * Optional fields are absent (not null) on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface QuoteEvent extends DomainEvent {

  QuoteId quoteId();

  record QuoteDrafted(QuoteId quoteId, CustomerId customerId, SiteId siteId, String title, String notes,
                      String terms, LocalDate validUntil, PercentOrAmount discount, PercentOrAmount deposit,
                      RoundingPolicy roundingPolicy, int validityDays) implements QuoteEvent {}

  /** The draft's details after the change, whole: absent optional fields were cleared. */
  record QuoteDetailsChanged(QuoteId quoteId, CustomerId customerId, SiteId siteId, String title, String notes,
                             String terms, LocalDate validUntil, PercentOrAmount discount,
                             PercentOrAmount deposit) implements QuoteEvent {}

  record QuoteLineAdded(QuoteId quoteId, QuoteLine line) implements QuoteEvent {}

  record QuoteLineChanged(QuoteId quoteId, QuoteLine line) implements QuoteEvent {}

  record QuoteLineRemoved(QuoteId quoteId, LineId lineId) implements QuoteEvent {}

  /** Lines frozen and totals computed by the quote's rounding policy; optional lines are not in the totals. */
  record QuoteIssued(QuoteId quoteId, QuoteNumber number, int revision, CustomerId customerId, LocalDate issuedOn,
                     LocalDate validUntil, List<QuoteLine> lines, PercentOrAmount discount, PercentOrAmount deposit,
                     RoundingPolicy roundingPolicy, QuoteTotals totals) implements QuoteEvent {
    public QuoteIssued {
      lines = List.copyOf(lines);
    }
  }

  record QuoteViewed(QuoteId quoteId, Instant viewedAt) implements QuoteEvent {}

  /** Totals of what was accepted: the issued lines plus the optional lines the customer took. */
  record QuoteAccepted(QuoteId quoteId, Instant acceptedAt, List<LineId> optionalLinesTaken, QuoteTotals totals)
      implements QuoteEvent {
    public QuoteAccepted {
      optionalLinesTaken = List.copyOf(optionalLinesTaken);
    }
  }

  /** Schema version 2: version 1 carried only a free-text reason (see the upcaster). */
  record QuoteDeclined(QuoteId quoteId, Instant declinedAt, DeclineReason reason, String note) implements QuoteEvent {}

  record QuoteExpired(QuoteId quoteId, LocalDate validUntil) implements QuoteEvent {}

  record QuoteWithdrawn(QuoteId quoteId, Instant withdrawnAt, String reason) implements QuoteEvent {}

  /** A new revision, back in draft with the lines of the last one, under the same number. */
  record QuoteRevised(QuoteId quoteId, int revision) implements QuoteEvent {}

  record QuoteConvertedToJob(QuoteId quoteId, JobId jobId) implements QuoteEvent {}
}

package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.JobId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a quote is in its life: Draft -> Issued -> (Viewed) -> Accepted | Declined | Expired, or
 * Withdrawn; an accepted quote can become a job; a revision returns it to Draft.
 */
public sealed interface QuoteState {

  /** No quote has been drafted in this stream. */
  record None() implements QuoteState {}

  /** Lines and details may change. {@code number} is present from the second revision on. */
  record Draft(QuoteDetails details, List<QuoteLine> lines, int revision, QuoteNumber number, RoundingPolicy rounding,
               int validityDays) implements QuoteState {
    public Draft {
      lines = List.copyOf(lines);
    }

    Optional<QuoteLine> line(LineId lineId) {
      return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }
  }

  /** A quote with the customer: it can be accepted, declined, expire or be withdrawn. */
  sealed interface Open extends QuoteState {
    Offer offer();
  }

  /** A quote that went out and can be revised into a new draft under the same number. */
  sealed interface Revisable extends QuoteState {
    Offer offer();
  }

  record Issued(Offer offer) implements Open, Revisable {}

  record Viewed(Offer offer) implements Open, Revisable {}

  record Accepted(Offer offer, List<LineId> optionalLinesTaken, QuoteTotals totals) implements QuoteState {}

  record Declined(Offer offer) implements Revisable {}

  record Expired(Offer offer) implements Revisable {}

  record Withdrawn(int revision, QuoteNumber number) implements QuoteState {}

  record ConvertedToJob(Offer offer, JobId jobId) implements QuoteState {}

  /** What was issued: frozen lines and totals. */
  record Offer(QuoteDetails details, List<QuoteLine> lines, int revision, QuoteNumber number, RoundingPolicy rounding,
               int validityDays, LocalDate issuedOn, LocalDate validUntil, QuoteTotals totals) {
    public Offer {
      lines = List.copyOf(lines);
    }
  }
}

package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.JobId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What owners and admins ask of a quote. The time and new ids arrive on the command. */
public sealed interface QuoteCommand {

  QuoteId quoteId();

  /** A new draft, with the tenant's rounding policy and validity at the time, and any first lines. */
  /** A new draft, recording the tenant's policy of the day: rounding, validity, VAT registration. */
  record DraftQuote(QuoteId quoteId, QuoteDetails details, List<QuoteLine> lines, RoundingPolicy rounding,
                    int validityDays, boolean vatRegistered) implements QuoteCommand {
    public DraftQuote {
      lines = List.copyOf(lines);
    }

    public DraftQuote(QuoteId quoteId, QuoteDetails details, List<QuoteLine> lines, RoundingPolicy rounding,
                      int validityDays) {
      this(quoteId, details, lines, rounding, validityDays, true);
    }
  }

  /** Replaces the draft's details (not its lines). */
  record ChangeQuoteDetails(QuoteId quoteId, QuoteDetails details) implements QuoteCommand {}

  record AddQuoteLine(QuoteId quoteId, QuoteLine line) implements QuoteCommand {}

  record ChangeQuoteLine(QuoteId quoteId, QuoteLine line) implements QuoteCommand {}

  record RemoveQuoteLine(QuoteId quoteId, LineId lineId) implements QuoteCommand {}

  /**
   * {@code number} is the next quote number, needed only by a quote never issued before, and
   * {@code numberPrefix} the business's prefix for it (absent: the default);
   * {@code vatRegistered} whether the business is VAT registered today, the issue's tax point.
   */
  record IssueQuote(QuoteId quoteId, LocalDate today, QuoteNumber number, boolean vatRegistered, String numberPrefix)
      implements QuoteCommand {
    /** An issue by a VAT-registered business. */
    public IssueQuote(QuoteId quoteId, LocalDate today, QuoteNumber number) {
      this(quoteId, today, number, true, null);
    }

    public IssueQuote(QuoteId quoteId, LocalDate today, QuoteNumber number, boolean vatRegistered) {
      this(quoteId, today, number, vatRegistered, null);
    }

    public IssueQuote withNumber(QuoteNumber allocated, String prefix) {
      return new IssueQuote(quoteId, today, allocated, vatRegistered, prefix);
    }

    public IssueQuote withNumber(QuoteNumber allocated) {
      return withNumber(allocated, numberPrefix);
    }

    public IssueQuote withVatRegistration(boolean registered) {
      return new IssueQuote(quoteId, today, number, registered, numberPrefix);
    }
  }

  record RecordQuoteViewed(QuoteId quoteId, Instant at) implements QuoteCommand {}

  record AcceptQuote(QuoteId quoteId, Instant at, LocalDate today, Set<LineId> optionalLinesTaken)
      implements QuoteCommand {
    public AcceptQuote {
      optionalLinesTaken = Set.copyOf(optionalLinesTaken);
    }
  }

  record DeclineQuote(QuoteId quoteId, Instant at, DeclineReason reason, String note) implements QuoteCommand {}

  record ExpireQuote(QuoteId quoteId, LocalDate today) implements QuoteCommand {}

  record WithdrawQuote(QuoteId quoteId, Instant at, String reason) implements QuoteCommand {}

  record ReviseQuote(QuoteId quoteId) implements QuoteCommand {}

  record ConvertQuoteToJob(QuoteId quoteId, JobId jobId) implements QuoteCommand {}
}

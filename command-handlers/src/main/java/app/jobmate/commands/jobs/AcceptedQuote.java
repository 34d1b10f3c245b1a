package app.jobmate.commands.jobs;

import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.SiteId;
import java.util.List;

/**
 * An accepted quote as its stream says, which a job is opened from: its number and revision, who
 * and where it is for, its title and notes, the lines the customer accepted and the accepted totals.
 */
public record AcceptedQuote(QuoteId quoteId, QuoteNumber number, int revision, CustomerId customerId, SiteId siteId,
                            String title, String notes, List<QuoteLine> acceptedLines, QuoteTotals totals,
                            String numberPrefix) {

  /** A quote whose number has the default prefix. */
  public AcceptedQuote(QuoteId quoteId, QuoteNumber number, int revision, CustomerId customerId, SiteId siteId,
                       String title, String notes, List<QuoteLine> acceptedLines, QuoteTotals totals) {
    this(quoteId, number, revision, customerId, siteId, title, notes, acceptedLines, totals, null);
  }

  /** As printed on the quote: the prefix its number was taken with, the number, the revision. */
  public String reference() {
    return number.display(numberPrefix, revision);
  }

  public AcceptedQuote {
    Require.present(quoteId, "quoteId");
    Require.present(number, "number");
    Require.present(customerId, "customerId");
    acceptedLines = List.copyOf(acceptedLines);
    Require.present(totals, "totals");
  }

  /** The accepted net, VAT and gross: what the job agrees. */
  public AgreedValue agreedValue() {
    return new AgreedValue(totals.net(), totals.vatTotal(), totals.gross());
  }
}

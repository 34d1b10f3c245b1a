package app.jobmate.notifications.quotes;

import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteConvertedToJob;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteEvent.QuoteDetailsChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteExpired;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineRemoved;
import app.jobmate.events.quotes.QuoteEvent.QuoteRevised;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an owner's message about a quote needs beyond the event itself: its title, number and
 * revision. Registers keep the value of the highest stream version seen, so the order and
 * repetition of deliveries do not matter (see {@link TaskSummary}).
 *
 * @param revision     0 until the quote is issued or revised
 * @param numberPrefix the prefix the quote's number was taken with (only the issue that took it says); absent: Q-
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteSummary(QuoteId quoteId, long version, String title, long titleVersion, QuoteNumber number,
                           int revision, long revisionVersion, String numberPrefix) {

  /** A summary of a quote whose number has the default prefix. */
  public QuoteSummary(QuoteId quoteId, long version, String title, long titleVersion, QuoteNumber number, int revision,
                      long revisionVersion) {
    this(quoteId, version, title, titleVersion, number, revision, revisionVersion, null);
  }

  public QuoteSummary {
    if (quoteId == null) {
      throw new IllegalArgumentException("quoteId is required");
    }
  }

  public static QuoteSummary empty(QuoteId quoteId) {
    return new QuoteSummary(quoteId, 0, null, 0, null, 0, 0);
  }

  /** This summary with the event at stream version {@code version} applied. */
  public QuoteSummary apply(long version, QuoteEvent event) {
    QuoteSummary seen = new QuoteSummary(quoteId, Math.max(this.version, version), title, titleVersion, number,
        revision, revisionVersion, numberPrefix);
    return switch (event) {
      case QuoteDrafted e -> seen.withTitle(version, e.title());
      case QuoteDetailsChanged e -> seen.withTitle(version, e.title());
      // a quote keeps its number through every revision
      case QuoteIssued e -> seen.withNumber(e.number(), e.numberPrefix()).withRevision(version, e.revision());
      case QuoteRevised e -> seen.withRevision(version, e.revision());
      case QuoteLineAdded e -> seen;
      case QuoteLineChanged e -> seen;
      case QuoteLineRemoved e -> seen;
      case QuoteViewed e -> seen;
      case QuoteAccepted e -> seen;
      case QuoteDeclined e -> seen;
      case QuoteExpired e -> seen;
      case QuoteWithdrawn e -> seen;
      case QuoteConvertedToJob e -> seen;
    };
  }

  /** As printed on the quote, e.g. {@code Q-00042/2}; absent before it is first issued. */
  public String reference() {
    return number == null ? null : number.display(numberPrefix, Math.max(revision, 1));
  }

  private QuoteSummary withTitle(long version, String newTitle) {
    return version <= titleVersion ? this
        : new QuoteSummary(quoteId, this.version, newTitle, version, number, revision, revisionVersion, numberPrefix);
  }

  private QuoteSummary withNumber(QuoteNumber issuedNumber, String prefix) {
    // only the issue that took the number says its prefix: whatever the order of deliveries, it is kept
    return new QuoteSummary(quoteId, version, title, titleVersion, issuedNumber, revision, revisionVersion,
        prefix != null ? prefix : numberPrefix);
  }

  private QuoteSummary withRevision(long version, int newRevision) {
    return version <= revisionVersion ? this
        : new QuoteSummary(quoteId, this.version, title, titleVersion, number, newRevision, version, numberPrefix);
  }
}

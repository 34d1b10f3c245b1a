package app.jobmate.notifications.recipients;

import app.jobmate.events.EventEnvelope;
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
import app.jobmate.notifications.messages.QuoteMessage;
import app.jobmate.notifications.summaries.QuoteSummary;
import app.jobmate.notifications.summaries.Subject;
import java.util.List;

/**
 * Quotes (DOMAIN.md, notifications): owners and admins hear when a customer views, accepts or
 * declines a quote. Staff never hear of quotes (they see no prices). The other events only keep
 * the title, number and revision that those messages show.
 */
public final class QuoteRecipients implements NoticeRules<QuoteEvent, QuoteSummary> {

  @Override
  public Class<QuoteEvent> eventType() {
    return QuoteEvent.class;
  }

  @Override
  public QuoteSummary empty(Subject subject) {
    return QuoteSummary.empty(QuoteId.of(subject.streamId()));
  }

  @Override
  public QuoteSummary apply(QuoteSummary summary, EventEnvelope envelope, QuoteEvent event) {
    return summary.apply(envelope.version(), event);
  }

  @Override
  public List<Notice> notices(EventEnvelope envelope, QuoteEvent event, QuoteSummary quote) {
    return switch (event) {
      case QuoteViewed e -> toOffice(QuoteMessage.viewed(quote, envelope));
      case QuoteAccepted e -> toOffice(QuoteMessage.accepted(quote, e.totals().gross(), envelope));
      case QuoteDeclined e -> toOffice(QuoteMessage.declined(quote, e.reason(), e.note(), envelope));
      case QuoteDrafted e -> List.of();
      case QuoteDetailsChanged e -> List.of();
      case QuoteLineAdded e -> List.of();
      case QuoteLineChanged e -> List.of();
      case QuoteLineRemoved e -> List.of();
      case QuoteIssued e -> List.of();
      case QuoteExpired e -> List.of();
      case QuoteWithdrawn e -> List.of();
      case QuoteRevised e -> List.of();
      case QuoteConvertedToJob e -> List.of();
    };
  }

  private static List<Notice> toOffice(QuoteMessage message) {
    return List.of(new Notice(Audience.OFFICE, message));
  }
}

package app.jobmate.notifications.quotes;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
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
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.List;
import java.util.Optional;

/**
 * Quotes: owners and admins hear when a customer views, accepts or declines a quote; of several
 * answers within one coalescing window, the latest. Staff never hear of quotes (they see no
 * prices). The other events only give the title, number and revision that those messages show.
 */
public final class QuoteRecipients implements NoticeRules<QuoteEvent, QuoteSummary> {

  @Override
  public Class<QuoteEvent> eventType() {
    return QuoteEvent.class;
  }

  @Override
  public QuoteSummary empty(StreamId subject) {
    return QuoteSummary.empty(QuoteId.of(subject.streamId()));
  }

  @Override
  public QuoteSummary apply(QuoteSummary summary, EventEnvelope envelope, QuoteEvent event) {
    return summary.apply(envelope.version(), event);
  }

  @Override
  public List<Notice> notices(Changes<QuoteEvent, QuoteSummary> changes) {
    List<Changes.Change<QuoteEvent>> events = changes.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      Optional<QuoteMessage> answer = answer(changes.after(), events.get(i));
      if (answer.isPresent()) {
        return List.of(new Notice(Audience.OFFICE, answer.get()));
      }
    }
    return List.of();
  }

  private static Optional<QuoteMessage> answer(QuoteSummary quote, Changes.Change<QuoteEvent> change) {
    EventEnvelope envelope = change.envelope();
    return switch (change.event()) {
      case QuoteViewed e -> Optional.of(QuoteMessage.viewed(quote, envelope));
      case QuoteAccepted e -> Optional.of(QuoteMessage.accepted(quote, e.totals().gross(), envelope));
      case QuoteDeclined e -> Optional.of(QuoteMessage.declined(quote, e.reason(), e.note(), envelope));
      case QuoteDrafted e -> Optional.empty();
      case QuoteDetailsChanged e -> Optional.empty();
      case QuoteLineAdded e -> Optional.empty();
      case QuoteLineChanged e -> Optional.empty();
      case QuoteLineRemoved e -> Optional.empty();
      case QuoteIssued e -> Optional.empty();
      case QuoteExpired e -> Optional.empty();
      case QuoteWithdrawn e -> Optional.empty();
      case QuoteRevised e -> Optional.empty();
      case QuoteConvertedToJob e -> Optional.empty();
    };
  }
}

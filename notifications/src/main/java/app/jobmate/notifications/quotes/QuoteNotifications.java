package app.jobmate.notifications.quotes;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
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
import app.jobmate.events.quotes.QuoteEvents;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.Set;

/** Quotes in real time: owners and admins hear customers' answers ({@link QuoteRecipients}). */
public final class QuoteNotifications implements NotifyingContext {

  private static final QuoteRecipients RULES = new QuoteRecipients();

  @Override
  public EventContext events() {
    return QuoteEvents.CONTEXT;
  }

  @Override
  public NoticeRules<QuoteEvent, QuoteSummary> rules() {
    return RULES;
  }

  /** A customer's answers: owners and admins are told. */
  @Override
  public Set<Class<? extends DomainEvent>> notified() {
    return Set.of(QuoteViewed.class, QuoteAccepted.class, QuoteDeclined.class);
  }

  /** The office's own work on a quote: it only gives the title, number and revision the answers show. */
  @Override
  public Set<Class<? extends DomainEvent>> notNotified() {
    return Set.of(QuoteDrafted.class, QuoteDetailsChanged.class, QuoteLineAdded.class, QuoteLineChanged.class,
        QuoteLineRemoved.class, QuoteIssued.class, QuoteRevised.class, QuoteExpired.class, QuoteWithdrawn.class,
        QuoteConvertedToJob.class);
  }
}

package app.jobmate.commands.expiry;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
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

/**
 * The event side of the quote expiry process: keeps {@link QuoteExpiries} in step with the quote
 * events on the bus. An issue opens a quote until its valid-until; an answer, an expiry, a
 * withdrawal, a revision or a conversion closes it (a revised quote is a draft again until it is
 * re-issued with a new valid-until). Each event carries its stream version, and the index keeps
 * only the latest, so duplicates and any order of delivery end in the same index.
 */
public final class QuoteExpiryIndex {

  private final QuoteExpiries expiries;
  private final EventCodec codec;

  public QuoteExpiryIndex(QuoteExpiries expiries) {
    this(expiries, EventCodec.standard());
  }

  public QuoteExpiryIndex(QuoteExpiries expiries, EventCodec codec) {
    this.expiries = expiries;
    this.codec = codec;
  }

  /**
   * Records what the event says about whether its quote is open.
   *
   * @return whether the index changed (false for an event that says nothing about it, or one the
   *     index has already seen or moved past)
   */
  public boolean apply(EventEnvelope envelope) {
    DomainEvent decoded = codec.decode(envelope);
    if (!(decoded instanceof QuoteEvent event)) {
      return false;
    }
    return switch (event) {
      case QuoteIssued e -> expiries.recordOpen(envelope.tenantId(), e.quoteId(), envelope.version(), e.validUntil());
      case QuoteAccepted e -> closed(envelope, e);
      case QuoteDeclined e -> closed(envelope, e);
      case QuoteExpired e -> closed(envelope, e);
      case QuoteWithdrawn e -> closed(envelope, e);
      case QuoteRevised e -> closed(envelope, e);
      case QuoteConvertedToJob e -> closed(envelope, e);
      // a draft's changes and a customer's look change neither whether a quote is open nor until when
      case QuoteDrafted e -> false;
      case QuoteDetailsChanged e -> false;
      case QuoteLineAdded e -> false;
      case QuoteLineChanged e -> false;
      case QuoteLineRemoved e -> false;
      case QuoteViewed e -> false;
    };
  }

  private boolean closed(EventEnvelope envelope, QuoteEvent event) {
    return expiries.recordClosed(envelope.tenantId(), event.quoteId(), envelope.version(), envelope.occurredAt());
  }
}

package app.jobmate.events.quotes;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import java.util.List;

/** The quotes context in the published language: its event types, wire names and schema versions, written here once. */
public final class QuoteEvents {

  /** The stream type of a quote: one stream per quote, {@code <tenantId>#quote#<id>}. */
  public static final String STREAM = "quote";

  public static final EventContext CONTEXT = new EventContext("quotes", List.of(
      type("QuoteDrafted", 1, QuoteEvent.QuoteDrafted.class),
      type("QuoteDetailsChanged", 1, QuoteEvent.QuoteDetailsChanged.class),
      type("QuoteLineAdded", 1, QuoteEvent.QuoteLineAdded.class),
      type("QuoteLineChanged", 1, QuoteEvent.QuoteLineChanged.class),
      type("QuoteLineRemoved", 1, QuoteEvent.QuoteLineRemoved.class),
      type("QuoteIssued", 1, QuoteEvent.QuoteIssued.class),
      type("QuoteViewed", 1, QuoteEvent.QuoteViewed.class),
      type("QuoteAccepted", 1, QuoteEvent.QuoteAccepted.class),
      type("QuoteDeclined", 2, QuoteEvent.QuoteDeclined.class),
      type("QuoteExpired", 1, QuoteEvent.QuoteExpired.class),
      type("QuoteWithdrawn", 1, QuoteEvent.QuoteWithdrawn.class),
      type("QuoteRevised", 1, QuoteEvent.QuoteRevised.class),
      type("QuoteConvertedToJob", 1, QuoteEvent.QuoteConvertedToJob.class)));

  private QuoteEvents() {
  }

  private static <E extends QuoteEvent> EventType<E> type(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "quotes", STREAM, type);
  }
}

package app.jobmate.notifications.quotes;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.messages.ClientMessage;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A customer's answer to a quote, for owners and admins: viewed, accepted (with the gross total
 * accepted, in pence) or declined (with the reason and note), with the quote as it stands at
 * {@code version}.
 *
 * @param reference as printed on the quote, e.g. {@code Q-00042/2}
 * @param at        when the answer was given
 * @param by        who recorded it, when someone did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "quoteId", "reference", "number", "revision", "title", "gross", "reason", "note",
    "version", "at", "by"})
public record QuoteMessage(Kind kind, QuoteId quoteId, String reference, QuoteNumber number, Integer revision,
                           String title, Money gross, DeclineReason reason, String note, long version, Instant at,
                           UserId by) implements ClientMessage {

  public enum Kind {
    VIEWED("quote.viewed"),
    ACCEPTED("quote.accepted"),
    DECLINED("quote.declined");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  public QuoteMessage {
    if (kind == null || quoteId == null || at == null) {
      throw new IllegalArgumentException("kind, quoteId and at are required");
    }
  }

  /** The answer {@code event} carried, with {@code quote} as it now stands. */
  public static QuoteMessage viewed(QuoteSummary quote, EventEnvelope event) {
    return of(Kind.VIEWED, quote, null, null, null, event);
  }

  public static QuoteMessage accepted(QuoteSummary quote, Money gross, EventEnvelope event) {
    return of(Kind.ACCEPTED, quote, gross, null, null, event);
  }

  public static QuoteMessage declined(QuoteSummary quote, DeclineReason reason, String note, EventEnvelope event) {
    return of(Kind.DECLINED, quote, null, reason, note, event);
  }

  private static QuoteMessage of(Kind kind, QuoteSummary quote, Money gross, DeclineReason reason, String note,
                                 EventEnvelope event) {
    return new QuoteMessage(kind, quote.quoteId(), quote.reference(), quote.number(),
        quote.revision() == 0 ? null : quote.revision(), quote.title(), gross, reason, note, quote.version(),
        event.occurredAt(), event.actor() == null ? null : event.actor().userId());
  }

  @JsonIgnore
  @Override
  public Kind kind() {
    return kind;
  }

  @JsonProperty("type")
  @Override
  public String type() {
    return kind.wireName();
  }

  @JsonIgnore
  @Override
  public boolean showsPrices() {
    return true;
  }
}

package app.jobmate.commands.core;

import app.jobmate.events.StreamId;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Envelopes for tests that write to a store as another command would. */
final class EventStoreFixture {

  static final EventCodec CODEC = EventCodec.standard();

  private EventStoreFixture() {
  }

  static EventEnvelope lineAdded(StreamId stream, long version, String commandId, LineId lineId) {
    QuoteLineAdded event = new QuoteLineAdded(QuoteId.of(stream.streamId()), new QuoteLine(lineId, "Extra socket",
        Quantity.of("1"), Money.ofPence(3_000), VatCode.STANDARD, null, false));
    return new EventEnvelope(UUID.randomUUID().toString(), "QuoteLineAdded", 1, stream.tenantId(), stream.streamType(),
        stream.streamId(), version, Instant.parse("2026-11-26T10:15:30Z"), commandId, commandId, commandId,
        new Actor(UserId.of("u-admin"), List.of(Role.ADMIN)), CODEC.encode(event));
  }
}

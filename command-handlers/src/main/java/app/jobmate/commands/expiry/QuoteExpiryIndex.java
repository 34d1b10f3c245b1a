package app.jobmate.commands.expiry;

import app.jobmate.events.quotes.QuoteEvents;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.StreamId;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event side of the quote expiry process: keeps {@link QuoteExpiries} in step with the quotes
 * in the event store. The store is the truth and the bus is a doorbell: a quote event delivered
 * only says that its quote changed. The quote's stream is read from the {@link EventStore} and
 * folded: an issue opens a quote until its valid-until; an answer, an expiry, a withdrawal, a
 * revision or a conversion closes it (a revised quote is a draft again until it is re-issued with
 * a new valid-until); a quote never issued is not in the index. That is recorded at the stream's
 * last version, and the index keeps only the latest, so duplicates and any order of delivery end
 * in the same index. A delivered event the store does not have (forged, or of a quote that does
 * not exist) changes nothing and is reported, not retried: the relay publishes an event only after
 * it is stored, and the store is read consistently.
 */
public final class QuoteExpiryIndex {

  private final QuoteExpiries expiries;
  private final EventStore store;
  private final EventCodec codec;

  public QuoteExpiryIndex(QuoteExpiries expiries, EventStore store) {
    this(expiries, store, EventCodec.standard());
  }

  public QuoteExpiryIndex(QuoteExpiries expiries, EventStore store, EventCodec codec) {
    this.expiries = expiries;
    this.store = store;
    this.codec = codec;
  }

  /** Brings the index up to the store for the quote of {@code delivered}. */
  public Outcome update(EventEnvelope delivered) {
    return update(List.of(delivered));
  }

  /**
   * Brings the index up to the store for every quote {@code delivered} rings for, reading each
   * quote's stream once.
   *
   * @return the deliveries, by index, that failed (they should come back), and those the store
   *     does not confirm
   */
  public Outcome update(List<EventEnvelope> delivered) {
    Map<StreamId, List<Integer>> byQuote = new LinkedHashMap<>();
    Map<Integer, String> unconfirmed = new TreeMap<>();
    for (int i = 0; i < delivered.size(); i++) {
      EventEnvelope envelope = delivered.get(i);
      try {
        byQuote.computeIfAbsent(quoteStream(envelope), s -> new ArrayList<>()).add(i);
      } catch (IllegalArgumentException notAQuote) {
        unconfirmed.put(i, describe(envelope) + " is not about a quote stream the store can hold: "
            + notAQuote.getMessage());
      }
    }
    Map<Integer, RuntimeException> failures = new TreeMap<>();
    byQuote.forEach((stream, indexes) -> {
      try {
        List<EventEnvelope> history = store.read(stream).stream().map(Commit::events).flatMap(List::stream).toList();
        for (int i : indexes) {
          confirm(delivered.get(i), history).ifPresent(why -> unconfirmed.put(i, why));
        }
        record(stream, history);
      } catch (RuntimeException e) {
        // each quote is on its own: the other quotes of the batch go on
        indexes.forEach(i -> failures.put(i, e));
      }
    });
    return new Outcome(failures, unconfirmed);
  }

  private static StreamId quoteStream(EventEnvelope envelope) {
    if (!QuoteEvents.STREAM.equals(envelope.streamType())) {
      throw new IllegalArgumentException("its stream type is " + envelope.streamType());
    }
    QuoteId.of(envelope.streamId());
    return new StreamId(envelope.tenantId(), envelope.streamType(), envelope.streamId());
  }

  /** Why the store does not bear {@code delivered} out, if it does not. */
  private static Optional<String> confirm(EventEnvelope delivered, List<EventEnvelope> history) {
    Optional<EventEnvelope> atVersion = history.stream().filter(e -> e.version() == delivered.version()).findFirst();
    if (atVersion.isEmpty()) {
      return Optional.of(describe(delivered) + " is not in the event store, whose stream ends at version "
          + lastVersion(history));
    }
    EventEnvelope stored = atVersion.get();
    if (!stored.eventId().equals(delivered.eventId())) {
      return Optional.of(describe(delivered) + " is not the event store's, which is " + stored.eventType()
          + " " + stored.eventId());
    }
    return Optional.empty();
  }

  private static long lastVersion(List<EventEnvelope> history) {
    return history.isEmpty() ? 0 : history.getLast().version();
  }

  private static String describe(EventEnvelope envelope) {
    return envelope.eventType() + " " + envelope.eventId() + " at version " + envelope.version() + " of "
        + envelope.tenantId().value() + "#" + envelope.streamType() + "#" + envelope.streamId();
  }

  /** Records what the quote's whole stream says: open until a date, closed, or nothing for a quote never issued. */
  private void record(StreamId stream, List<EventEnvelope> history) {
    Openness openness = new Openness.NeverIssued();
    List<EventEnvelope> current = codec.upcast(history);
    for (EventEnvelope envelope : current) {
      DomainEvent decoded = codec.decode(envelope);
      if (!(decoded instanceof QuoteEvent event)) {
        throw new IllegalStateException("stream " + stream + " holds " + envelope.eventType() + ", not a quote event");
      }
      openness = next(openness, event, envelope.occurredAt());
    }
    long version = lastVersion(history);
    QuoteId quote = QuoteId.of(stream.streamId());
    switch (openness) {
      case Openness.Open open -> expiries.recordOpen(stream.tenantId(), quote, version, open.validUntil());
      case Openness.Closed closed -> expiries.recordClosed(stream.tenantId(), quote, version, closed.at());
      case Openness.NeverIssued never -> { }
    }
  }

  private static Openness next(Openness openness, QuoteEvent event, Instant at) {
    return switch (event) {
      case QuoteIssued e -> new Openness.Open(e.validUntil());
      case QuoteAccepted e -> new Openness.Closed(at);
      case QuoteDeclined e -> new Openness.Closed(at);
      case QuoteExpired e -> new Openness.Closed(at);
      case QuoteWithdrawn e -> new Openness.Closed(at);
      case QuoteRevised e -> new Openness.Closed(at);
      case QuoteConvertedToJob e -> new Openness.Closed(at);
      // a draft's changes and a customer's look change neither whether a quote is open nor until when
      case QuoteDrafted e -> openness;
      case QuoteDetailsChanged e -> openness;
      case QuoteLineAdded e -> openness;
      case QuoteLineChanged e -> openness;
      case QuoteLineRemoved e -> openness;
      case QuoteViewed e -> openness;
    };
  }

  /** Whether a quote, as its stream stands, is in the index. */
  private sealed interface Openness {
    record NeverIssued() implements Openness {
    }

    record Open(LocalDate validUntil) implements Openness {
    }

    record Closed(Instant at) implements Openness {
    }
  }

  /**
   * What an update did: the deliveries, by index, that failed and should come back, with why; and
   * those the store does not confirm (they changed nothing, and did not fail), with why.
   */
  public record Outcome(Map<Integer, RuntimeException> failures, Map<Integer, String> unconfirmed) {
    public Outcome {
      failures = Collections.unmodifiableMap(new TreeMap<>(failures));
      Map<Integer, String> notFailed = new TreeMap<>(unconfirmed);
      notFailed.keySet().removeAll(failures.keySet());
      unconfirmed = Collections.unmodifiableMap(notFailed);
    }
  }
}

package app.jobmate.commands.expiry;

import static app.jobmate.commands.expiry.QuoteBook.ACME;
import static app.jobmate.commands.expiry.QuoteBook.BRIGHTSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryQuoteExpiries;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.StreamId;
import app.jobmate.commands.expiry.QuoteBook.Ref;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteExpired;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given quote events as the bus delivers them (again, late, in any order, or not from the relay at
 * all), then the expiry index, which follows the quotes as the event store has them when each
 * message arrives.
 */
class KeepingTheExpiryIndexTest {

  private static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);
  private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
  private static final LocalDate FAR_AHEAD = LocalDate.of(2100, 1, 1);

  private final QuoteBook book = new QuoteBook();

  @Test
  void an_issued_quote_is_due_from_the_day_after_it_is_valid_until() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);

    List<DueQuote> due = indexAfter(book.history(quote));

    assertThat(due).containsExactly(new DueQuote(ACME, quote.quote(), DEC_10, versionOfLast(quote)));
    assertThat(due.getFirst().day()).isEqualTo(LocalDate.of(2026, 12, 11));
  }

  @Test
  void looking_at_a_quote_leaves_it_due_on_the_same_day() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    book.viewed(quote, LocalDate.of(2026, 11, 27));

    assertThat(indexAfter(book.history(quote))).containsExactly(new DueQuote(ACME, quote.quote(), DEC_10,
        versionOfLast(quote)));
  }

  @Test
  void a_draft_is_not_in_the_index() {
    Ref quote = book.drafted(ACME, NOV_26, DEC_10);

    assertThat(indexAfter(book.history(quote))).isEmpty();
  }

  static Stream<Arguments> ways_a_quote_stops_being_open() {
    LocalDate dec1 = LocalDate.of(2026, 12, 1);
    return Stream.of(
        Arguments.of("accepted", (BiConsumer<QuoteBook, Ref>) (b, q) -> b.accepted(q, dec1)),
        Arguments.of("declined", (BiConsumer<QuoteBook, Ref>) (b, q) -> b.declined(q, dec1)),
        Arguments.of("withdrawn", (BiConsumer<QuoteBook, Ref>) (b, q) -> b.withdrawn(q, dec1)),
        Arguments.of("expired", (BiConsumer<QuoteBook, Ref>) (b, q) -> b.expired(q, DEC_10.plusDays(1))),
        Arguments.of("revised", (BiConsumer<QuoteBook, Ref>) (b, q) -> b.revised(q, dec1)),
        Arguments.of("accepted and converted to a job", (BiConsumer<QuoteBook, Ref>) (b, q) -> {
          b.accepted(q, dec1);
          b.convertedToJob(q, dec1);
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ways_a_quote_stops_being_open")
  void a_quote_that_stops_being_open_leaves_the_index(String how, BiConsumer<QuoteBook, Ref> stop) {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    stop.accept(book, quote);

    assertThat(indexAfter(book.history(quote))).isEmpty();
  }

  @Test
  void a_revised_quote_is_due_again_only_once_reissued_and_then_after_its_new_valid_until() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    book.revised(quote, LocalDate.of(2026, 12, 1));
    assertThat(indexAfter(book.history(quote))).as("a draft again").isEmpty();

    book.reissued(quote, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 24));

    assertThat(indexAfter(book.history(quote)))
        .containsExactly(new DueQuote(ACME, quote.quote(), LocalDate.of(2026, 12, 24), versionOfLast(quote)));
  }

  @Test
  void every_order_of_delivery_with_every_event_twice_ends_in_the_index_of_the_quotes_last_version() {
    Ref stillOpen = book.issued(ACME, NOV_26, DEC_10);
    book.viewed(stillOpen, LocalDate.of(2026, 11, 27));
    book.revised(stillOpen, LocalDate.of(2026, 11, 28));
    book.reissued(stillOpen, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 24));
    Ref answered = book.issued(ACME, NOV_26, DEC_10);
    book.revised(answered, LocalDate.of(2026, 11, 28));
    book.reissued(answered, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 24));
    book.accepted(answered, LocalDate.of(2026, 11, 30));

    for (Ref quote : List.of(stillOpen, answered)) {
      List<DueQuote> inOrder = indexAfter(book.history(quote));
      List<EventEnvelope> history = book.history(quote);
      List<List<EventEnvelope>> orders = permutations(history.subList(2, history.size()));
      for (List<EventEnvelope> order : orders) {
        List<EventEnvelope> delivered = new ArrayList<>(history.subList(0, 2));
        delivered.addAll(order);
        delivered.addAll(order.reversed());
        assertThat(indexAfter(delivered)).as("delivered as %s", order.stream().map(e -> e.version() + " " + e.eventType())
            .toList()).isEqualTo(inOrder);
      }
    }
    assertThat(indexAfter(book.history(stillOpen))).extracting(DueQuote::validUntil).containsExactly(LocalDate.of(2026, 12, 24));
    assertThat(indexAfter(book.history(answered))).isEmpty();
  }

  @Test
  void a_forged_closing_event_far_ahead_leaves_an_issued_quote_due_and_its_real_answer_still_closes_it() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
    QuoteExpiryIndex index = new QuoteExpiryIndex(expiries, book.store());
    index.update(book.history(quote));

    QuoteExpiryIndex.Outcome forged = index.update(forgedWithdrawal(ACME, quote.quote(), 1_000));

    assertThat(forged.failures()).as("handled, not retried").isEmpty();
    assertThat(forged.unconfirmed()).containsOnlyKeys(0);
    assertThat(forged.unconfirmed().get(0)).contains("QuoteWithdrawn", "version 1000",
        "ends at version " + versionOfLast(quote));
    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).containsExactly(new DueQuote(ACME, quote.quote(), DEC_10,
        versionOfLast(quote)));

    book.accepted(quote, LocalDate.of(2026, 12, 1));
    assertThat(index.update(book.history(quote).getLast()).unconfirmed()).isEmpty();
    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).isEmpty();
  }

  @Test
  void a_forged_event_at_a_version_the_store_holds_is_told_apart_by_its_id_and_changes_nothing() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
    QuoteExpiryIndex index = new QuoteExpiryIndex(expiries, book.store());

    QuoteExpiryIndex.Outcome outcome = index.update(forgedWithdrawal(ACME, quote.quote(), versionOfLast(quote)));

    assertThat(outcome.unconfirmed()).containsOnlyKeys(0);
    assertThat(outcome.unconfirmed().get(0)).contains("is not the event store's, which is QuoteIssued");
    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).extracting(DueQuote::quote).containsExactly(quote.quote());
  }

  @Test
  void a_forged_event_for_a_quote_that_does_not_exist_or_for_another_tenants_quote_id_records_nothing() {
    Ref acme = book.issued(ACME, NOV_26, DEC_10);
    InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
    QuoteExpiryIndex index = new QuoteExpiryIndex(expiries, book.store());
    index.update(book.history(acme));
    List<DueQuote> before = expiries.due(FAR_AHEAD, Optional.empty(), 10);

    QuoteExpiryIndex.Outcome outcome = index.update(List.of(
        forgedExpiry(ACME, QuoteId.of(UUID.randomUUID().toString()), 1),
        forgedExpiry(BRIGHTSIDE, acme.quote(), 3),
        forgedWithdrawal(BRIGHTSIDE, acme.quote(), 3)));

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.unconfirmed()).containsOnlyKeys(0, 1, 2);
    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).isEqualTo(before);
    assertThat(expiries.recordClosed(BRIGHTSIDE, acme.quote(), 1, Instant.EPOCH)).as("nothing recorded for Brightside")
        .isTrue();
  }

  @Test
  void a_batch_reads_each_quote_once_and_a_quote_the_store_cannot_read_fails_its_messages_alone() {
    Ref readable = book.issued(ACME, NOV_26, DEC_10);
    Ref unreadable = book.issued(ACME, NOV_26, DEC_10);
    List<StreamId> reads = new ArrayList<>();
    EventStore failing = new EventStore() {
      @Override
      public List<Commit> read(StreamId stream) {
        reads.add(stream);
        if (stream.equals(book.stream(unreadable))) {
          throw new IllegalStateException("ProvisionedThroughputExceededException");
        }
        return book.store().read(stream);
      }

      @Override
      public AppendResult append(Commit commit) {
        throw new UnsupportedOperationException("the index never writes the store");
      }
    };
    InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
    List<EventEnvelope> batch = new ArrayList<>(book.history(readable));
    batch.add(1, book.history(unreadable).getLast());
    batch.add(book.history(readable).getLast());

    QuoteExpiryIndex.Outcome outcome = new QuoteExpiryIndex(expiries, failing).update(batch);

    assertThat(outcome.failures()).containsOnlyKeys(1);
    assertThat(reads).containsExactly(book.stream(readable), book.stream(unreadable));
    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).extracting(DueQuote::quote)
        .containsExactly(readable.quote());
  }

  /** The index after {@code delivered}, each message arriving once its commit is in the store, and not before. */
  private List<DueQuote> indexAfter(List<EventEnvelope> delivered) {
    InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
    AsPublished store = new AsPublished(book.store());
    QuoteExpiryIndex index = new QuoteExpiryIndex(expiries, store);
    for (EventEnvelope envelope : delivered) {
      store.published(envelope);
      QuoteExpiryIndex.Outcome outcome = index.update(envelope);
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.unconfirmed()).isEmpty();
    }
    return expiries.due(FAR_AHEAD, Optional.empty(), 100);
  }

  private static EventEnvelope forgedWithdrawal(TenantId tenant, QuoteId quote, long version) {
    return forged(tenant, quote, version, new QuoteWithdrawn(quote, Instant.parse("2026-11-27T09:00:00Z"), "forged"));
  }

  private static EventEnvelope forgedExpiry(TenantId tenant, QuoteId quote, long version) {
    return forged(tenant, quote, version, new QuoteExpired(quote, FAR_AHEAD));
  }

  /** {@code event} as someone other than the relay might put it on the bus: well formed, at {@code version}. */
  private static EventEnvelope forged(TenantId tenant, QuoteId quote, long version, QuoteEvent event) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    return new EventEnvelope(UUID.randomUUID().toString(), type.name(), type.schemaVersion(), tenant, "quote",
        quote.toString(), version, Instant.parse("2026-11-27T09:00:00Z"), "forged", null, null, null,
        EventCodec.standard().encode(event));
  }

  /** The store as the relay has published from it: a stream's commits up to the last one a delivered event belongs to. */
  private static final class AsPublished implements EventStore {
    private final EventStore store;
    private final Map<StreamId, Long> published = new HashMap<>();

    AsPublished(EventStore store) {
      this.store = store;
    }

    void published(EventEnvelope envelope) {
      published.merge(new StreamId(envelope.tenantId(), envelope.streamType(), envelope.streamId()), envelope.version(),
          Math::max);
    }

    @Override
    public List<Commit> read(StreamId stream) {
      long upTo = published.getOrDefault(stream, 0L);
      return store.read(stream).stream().filter(commit -> commit.firstVersion() <= upTo).toList();
    }

    @Override
    public AppendResult append(Commit commit) {
      throw new UnsupportedOperationException("the index never writes the store");
    }
  }

  private long versionOfLast(Ref quote) {
    return book.history(quote).getLast().version();
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (List<T> tail : permutations(rest)) {
        List<T> order = new ArrayList<>();
        order.add(first);
        order.addAll(tail);
        all.add(order);
      }
    }
    return all;
  }
}

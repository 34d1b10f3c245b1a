package app.jobmate.commands.expiry;

import static app.jobmate.commands.expiry.QuoteBook.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryQuoteExpiries;
import app.jobmate.commands.expiry.QuoteBook.Ref;
import app.jobmate.events.EventEnvelope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Given quote events as the bus delivers them (again, late, in any order), then the expiry index. */
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
  void looking_at_a_quote_changes_nothing() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    long issuedAt = versionOfLast(quote);
    book.viewed(quote, LocalDate.of(2026, 11, 27));

    assertThat(indexAfter(book.history(quote))).containsExactly(new DueQuote(ACME, quote.quote(), DEC_10, issuedAt));
  }

  @Test
  void a_draft_is_not_in_the_index() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    List<EventEnvelope> draftOnly = book.history(quote).stream().filter(e -> !e.eventType().equals("QuoteIssued")).toList();

    assertThat(indexAfter(draftOnly)).isEmpty();
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

  private static List<DueQuote> indexAfter(List<EventEnvelope> delivered) {
    InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
    QuoteExpiryIndex index = new QuoteExpiryIndex(expiries);
    delivered.forEach(index::apply);
    return expiries.due(FAR_AHEAD, Optional.empty(), 100);
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

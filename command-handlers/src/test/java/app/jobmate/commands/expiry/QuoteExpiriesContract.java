package app.jobmate.commands.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.expiry.DueQuote.Position;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link QuoteExpiries} must do, run against each implementation; each test gets an empty index. */
public abstract class QuoteExpiriesContract {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final TenantId BRIGHTSIDE = TenantId.of("t-brightside");
  private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
  private static final LocalDate DEC_11 = LocalDate.of(2026, 12, 11);
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
  private static final LocalDate FAR_AHEAD = LocalDate.of(2100, 1, 1);

  /** An empty index. */
  protected abstract QuoteExpiries expiries();

  @Test
  void an_open_quote_is_due_from_the_day_after_its_valid_until() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = newQuote();

    assertThat(expiries.recordOpen(ACME, quote, 3, DEC_10)).isTrue();

    assertThat(expiries.due(DEC_10, Optional.empty(), 10)).as("still valid on its last day").isEmpty();
    assertThat(expiries.due(DEC_11, Optional.empty(), 10)).containsExactly(new DueQuote(ACME, quote, DEC_10, 3));
    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).containsExactly(new DueQuote(ACME, quote, DEC_10, 3));
  }

  @Test
  void a_quote_closed_at_a_later_version_is_not_due() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = newQuote();
    expiries.recordOpen(ACME, quote, 3, DEC_10);

    assertThat(expiries.recordClosed(ACME, quote, 4, NOW)).isTrue();

    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).isEmpty();
  }

  @Test
  void an_older_version_arriving_late_changes_nothing() {
    QuoteExpiries expiries = expiries();
    QuoteId open = newQuote();
    QuoteId closed = newQuote();
    expiries.recordOpen(ACME, open, 5, DEC_10);
    expiries.recordClosed(ACME, closed, 7, NOW);

    assertThat(expiries.recordClosed(ACME, open, 4, NOW)).isFalse();
    assertThat(expiries.recordOpen(ACME, closed, 6, DEC_10)).as("closed before it was seen open").isFalse();

    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).containsExactly(new DueQuote(ACME, open, DEC_10, 5));
  }

  @Test
  void the_same_version_again_changes_nothing() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = newQuote();
    expiries.recordOpen(ACME, quote, 3, DEC_10);

    assertThat(expiries.recordOpen(ACME, quote, 3, DEC_10)).isFalse();
    assertThat(expiries.recordClosed(ACME, quote, 3, NOW)).isFalse();

    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).containsExactly(new DueQuote(ACME, quote, DEC_10, 3));
  }

  @Test
  void a_quote_open_again_with_a_new_valid_until_is_due_only_after_the_new_one() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = newQuote();
    expiries.recordOpen(ACME, quote, 3, DEC_10);
    expiries.recordClosed(ACME, quote, 4, NOW);

    assertThat(expiries.recordOpen(ACME, quote, 6, LocalDate.of(2026, 12, 24))).isTrue();

    assertThat(expiries.due(LocalDate.of(2026, 12, 24), Optional.empty(), 10)).isEmpty();
    assertThat(expiries.due(LocalDate.of(2026, 12, 25), Optional.empty(), 10))
        .containsExactly(new DueQuote(ACME, quote, LocalDate.of(2026, 12, 24), 6));
  }

  @Test
  void due_quotes_come_by_day_then_tenant_then_quote_and_only_up_to_today() {
    QuoteExpiries expiries = expiries();
    List<DueQuote> recorded = new ArrayList<>();
    for (LocalDate validUntil : List.of(DEC_10, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5))) {
      for (TenantId tenant : List.of(BRIGHTSIDE, ACME)) {
        for (int i = 0; i < 2; i++) {
          DueQuote due = new DueQuote(tenant, newQuote(), validUntil, 2 + i);
          expiries.recordOpen(due.tenant(), due.quote(), due.version(), due.validUntil());
          recorded.add(due);
        }
      }
    }
    expiries.recordOpen(ACME, newQuote(), 3, DEC_11);

    List<DueQuote> due = expiries.due(DEC_11, Optional.empty(), 100);

    assertThat(due).containsExactlyElementsOf(recorded.stream().sorted((a, b) -> a.position().compareTo(b.position())).toList());
    assertThat(due.getFirst().validUntil()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void due_quotes_are_read_a_limited_number_at_a_time_from_just_after_a_position() {
    QuoteExpiries expiries = expiries();
    for (int i = 0; i < 7; i++) {
      expiries.recordOpen(i % 2 == 0 ? ACME : BRIGHTSIDE, newQuote(), 3, LocalDate.of(2026, 12, 1 + i % 3));
    }
    List<DueQuote> all = expiries.due(DEC_11, Optional.empty(), 100);

    List<DueQuote> paged = new ArrayList<>();
    Optional<Position> after = Optional.empty();
    List<DueQuote> page;
    do {
      page = expiries.due(DEC_11, after, 3);
      assertThat(page.size()).isLessThanOrEqualTo(3);
      paged.addAll(page);
      after = page.isEmpty() ? after : Optional.of(page.getLast().position());
    } while (page.size() == 3);

    assertThat(all).hasSize(7);
    assertThat(paged).containsExactlyElementsOf(all);
  }

  @Test
  void a_position_need_not_be_in_the_index_any_more() {
    QuoteExpiries expiries = expiries();
    DueQuote first = new DueQuote(ACME, newQuote(), LocalDate.of(2026, 12, 1), 3);
    DueQuote second = new DueQuote(ACME, newQuote(), LocalDate.of(2026, 12, 2), 3);
    expiries.recordOpen(ACME, first.quote(), 3, first.validUntil());
    expiries.recordOpen(ACME, second.quote(), 3, second.validUntil());
    expiries.remove(first, NOW);

    assertThat(expiries.due(DEC_11, Optional.of(first.position()), 10)).containsExactly(second);
  }

  @Test
  void removing_takes_out_only_the_version_that_was_read() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = newQuote();
    expiries.recordOpen(ACME, quote, 3, LocalDate.of(2026, 12, 1));
    DueQuote read = expiries.due(DEC_11, Optional.empty(), 10).getFirst();
    expiries.recordClosed(ACME, quote, 4, NOW);
    expiries.recordOpen(ACME, quote, 6, DEC_10);

    assertThat(expiries.remove(read, NOW)).isFalse();

    assertThat(expiries.due(DEC_11, Optional.empty(), 10)).containsExactly(new DueQuote(ACME, quote, DEC_10, 6));
  }

  @Test
  void a_removed_quote_is_not_opened_again_by_a_repeat_of_the_event_that_opened_it() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = newQuote();
    expiries.recordOpen(ACME, quote, 3, DEC_10);

    assertThat(expiries.remove(new DueQuote(ACME, quote, DEC_10, 3), NOW)).isTrue();
    assertThat(expiries.remove(new DueQuote(ACME, quote, DEC_10, 3), NOW)).as("already removed").isFalse();
    assertThat(expiries.recordOpen(ACME, quote, 3, DEC_10)).isFalse();

    assertThat(expiries.due(FAR_AHEAD, Optional.empty(), 10)).isEmpty();
    assertThat(expiries.recordClosed(ACME, quote, 4, NOW)).as("a later event still counts").isTrue();
  }

  @Test
  void the_same_quote_id_in_two_tenants_is_two_quotes() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = newQuote();
    expiries.recordOpen(ACME, quote, 3, DEC_10);
    expiries.recordOpen(BRIGHTSIDE, quote, 3, DEC_10);

    expiries.recordClosed(BRIGHTSIDE, quote, 4, NOW);

    assertThat(expiries.due(DEC_11, Optional.empty(), 10)).containsExactly(new DueQuote(ACME, quote, DEC_10, 3));
  }

  private static QuoteId newQuote() {
    return QuoteId.of(UUID.randomUUID().toString());
  }
}

package app.jobmate.projections.quotes.list;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.testing.QuoteStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteListProjectionTest {

  private static final QuoteListProjection LIST = new QuoteListProjection();
  private final QuoteStream quote = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60",
      Instant.parse("2026-03-30T22:30:00.123456Z"));

  private void draftWithTwoLines() {
    quote.drafted("Kitchen rewire", null, PercentOrAmount.percent("25"));
    quote.lineAdded(quote.line("Rewire (per circuit)", "4", 32_500, VatCode.STANDARD, false));
    quote.lineAdded(quote.line("Sealant", "0.333", 100, VatCode.STANDARD, true));
  }

  @Test
  void a_draft_is_listed_with_its_title_customer_and_london_day_but_no_number_or_amounts() {
    draftWithTwoLines();

    QuoteListItem item = fold(LIST, quote.envelopes());

    assertThat(item.title()).isEqualTo("Kitchen rewire");
    assertThat(item.state()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(item.customerId()).isEqualTo("0193a5a0-1111-7abc-8def-0123456789ab");
    assertThat(item.number()).isNull();
    assertThat(item.displayNumber()).isNull();
    assertThat(item.gross()).isNull();
    assertThat(item.draftedAt()).as("kept to the millisecond").isEqualTo(Instant.parse("2026-03-30T22:30:00.123Z"));
    assertThat(item.draftedOn()).as("22:30 UTC is 23:30 in London (BST)").isEqualTo(LocalDate.parse("2026-03-30"));
    assertThat(item.revision()).isEqualTo(1);
  }

  @Test
  void the_list_does_not_take_line_events_and_takes_every_other_quote_event() {
    Set<String> quoteTypes = Set.copyOf(EventTypes.all().stream().filter(t -> t.streamType().equals("quote"))
        .map(t -> t.name()).toList());

    assertThat(LIST.eventTypes()).doesNotContain("QuoteLineAdded", "QuoteLineChanged", "QuoteLineRemoved");
    assertThat(LIST.eventTypes()).hasSize(quoteTypes.size() - 3);
    assertThat(quoteTypes).containsAll(LIST.eventTypes());
  }

  @Test
  void an_event_the_list_does_not_take_leaves_the_item_as_it_was() {
    draftWithTwoLines();
    QuoteListItem before = fold(LIST, quote.envelopes());
    EventEnvelope lineRemoved = quote.lineRemoved(quote.lines().getLast().lineId());

    QuoteListItem after = LIST.evolve(before, lineRemoved, (QuoteEvent) EventCodec.standard().decode(lineRemoved));

    assertThat(after).isEqualTo(before);
  }

  @Test
  void issuing_lists_the_number_and_the_frozen_totals() {
    draftWithTwoLines();
    quote.after(Duration.ofDays(1)).issued(42);

    QuoteListItem item = fold(LIST, quote.envelopes());

    assertThat(item.state()).isEqualTo(QuoteStatus.ISSUED);
    assertThat(item.number()).isEqualTo(42);
    assertThat(item.displayNumber()).isEqualTo("Q-00042");
    // 4 × £325 = £1,300 net, £260 VAT, £1,560 gross, 25% deposit £390; the optional line is not counted
    assertThat(List.of(item.net(), item.vat(), item.gross(), item.deposit())).containsExactly(130_000L, 26_000L, 156_000L,
        39_000L);
    assertThat(item.firstIssuedOn()).isEqualTo(item.issuedOn()).isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(item.validUntil()).isEqualTo(LocalDate.parse("2026-04-30"));
  }

  @Test
  void a_quote_numbered_with_the_business_s_prefix_shows_it_through_its_revisions() {
    draftWithTwoLines();
    quote.issued(42, "AB1/");
    QuoteListItem issued = fold(LIST, quote.envelopes());
    quote.after(Duration.ofDays(3)).revised();
    QuoteListItem revising = fold(LIST, quote.envelopes());
    quote.after(Duration.ofDays(2)).issued(99, "NEW-");

    assertThat(issued.displayNumber()).isEqualTo("AB1/00042");
    assertThat(revising.displayNumber()).isEqualTo("AB1/00042/2");
    assertThat(fold(LIST, quote.envelopes()).displayNumber()).as("the prefix changed since: the quote keeps its own")
        .isEqualTo("AB1/00042/2");
  }

  @Test
  void a_revision_keeps_the_number_shows_the_revision_and_remembers_the_first_issue() {
    draftWithTwoLines();
    quote.issued(42);
    quote.after(Duration.ofDays(3)).revised();
    QuoteListItem revising = fold(LIST, quote.envelopes());
    quote.lineChanged(quote.line("Rewire (per circuit)", "5", 32_500, VatCode.STANDARD, false));
    quote.after(Duration.ofDays(2)).issued(99);

    QuoteListItem item = fold(LIST, quote.envelopes());

    assertThat(revising.state()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(revising.displayNumber()).isEqualTo("Q-00042/2");
    assertThat(revising.gross()).as("the last issued amounts until issued again").isEqualTo(156_000L);
    assertThat(item.displayNumber()).isEqualTo("Q-00042/2");
    assertThat(item.revision()).isEqualTo(2);
    assertThat(item.firstIssuedOn()).isEqualTo(LocalDate.parse("2026-03-30"));
    assertThat(item.issuedOn()).isEqualTo(LocalDate.parse("2026-04-04"));
  }

  @Test
  void acceptance_lists_the_accepted_totals_and_the_time_since_the_first_issue() {
    draftWithTwoLines();
    quote.issued(7);
    quote.after(Duration.ofHours(5)).viewed();
    QuoteListItem viewed = fold(LIST, quote.envelopes());
    LineId sealant = quote.lines().getLast().lineId();
    quote.after(Duration.ofDays(2)).accepted(Set.of(sealant));
    quote.convertedToJob(JobId.of("0193b0c4-3333-7abc-8def-0123456789ab"));

    QuoteListItem item = fold(LIST, quote.envelopes());

    assertThat(viewed.state()).isEqualTo(QuoteStatus.VIEWED);
    assertThat(item.state()).isEqualTo(QuoteStatus.ACCEPTED);
    assertThat(item.gross()).as("with the optional line taken: 33p + 7p VAT more").isEqualTo(156_040L);
    assertThat(item.millisToAccept()).isEqualTo(Duration.ofHours(5).plusMinutes(2).plusDays(2).toMillis());
    assertThat(item.acceptedOn()).isNotNull();
    assertThat(item.jobId()).isEqualTo("0193b0c4-3333-7abc-8def-0123456789ab");
  }

  @Test
  void declining_expiring_and_withdrawing_end_in_their_states() {
    draftWithTwoLines();
    quote.issued(1);
    QuoteStream expiring = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-000000000e01", quote.now());
    expiring.drafted("Expiring");
    expiring.lineAdded(expiring.line("Work", "1", 1_000, VatCode.ZERO, false));
    expiring.issued(2);
    QuoteStream withdrawn = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-000000000e02", quote.now());
    withdrawn.drafted("Withdrawn");

    quote.declined(DeclineReason.PRICE, "too dear");
    expiring.after(Duration.ofDays(31)).expired();
    withdrawn.withdrawn("customer cancelled");

    QuoteListItem declined = fold(LIST, quote.envelopes());
    assertThat(declined.state()).isEqualTo(QuoteStatus.DECLINED);
    assertThat(declined.declineReason()).isEqualTo(DeclineReason.PRICE);
    assertThat(declined.declinedOn()).isNotNull();
    assertThat(fold(LIST, expiring.envelopes()).state()).isEqualTo(QuoteStatus.EXPIRED);
    assertThat(fold(LIST, withdrawn.envelopes()).state()).isEqualTo(QuoteStatus.WITHDRAWN);
  }

  @Test
  void changed_details_change_the_title_and_customer() {
    draftWithTwoLines();
    quote.detailsChanged("Kitchen and hall rewire", CustomerId.of("0193a5a0-9999-7abc-8def-0123456789ab"), null, null);

    QuoteListItem item = fold(LIST, quote.envelopes());

    assertThat(item.title()).isEqualTo("Kitchen and hall rewire");
    assertThat(item.customerId()).isEqualTo("0193a5a0-9999-7abc-8def-0123456789ab");
  }
}

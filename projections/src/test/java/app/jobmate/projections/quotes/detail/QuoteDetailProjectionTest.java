package app.jobmate.projections.quotes.detail;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuotePricing;
import app.jobmate.events.quotes.VatTerms;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.detail.QuoteDetail.HistoryEntry;
import app.jobmate.projections.quotes.detail.QuoteDetail.TotalsBasis;
import app.jobmate.projections.quotes.detail.QuoteDetail.VatLine;
import app.jobmate.projections.testing.QuoteStream;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteDetailProjectionTest {

  private static final QuoteDetailProjection DETAIL = new QuoteDetailProjection();
  private static final Actor ADMIN = new Actor(UserId.of("u-admin"), List.of(Role.ADMIN));
  private final QuoteStream quote = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60",
      Instant.parse("2026-11-26T10:15:30Z")).policy(RoundingPolicy.PER_DOCUMENT);
  private QuoteLine rewire;
  private QuoteLine consumerUnit;
  private QuoteLine sealant;

  private void draft() {
    quote.drafted("Kitchen rewire", PercentOrAmount.amount(5_000), PercentOrAmount.percent("25"));
    rewire = quote.line("Rewire (per circuit)", "4", 32_500, VatCode.STANDARD, false);
    consumerUnit = quote.line("Consumer unit", "1", 48_000, VatCode.REDUCED, false);
    sealant = quote.line("Sealant (optional)", "0.333", 100, VatCode.ZERO, true);
    quote.lineAdded(rewire);
    quote.lineAdded(consumerUnit);
    quote.lineAdded(sealant);
  }

  @Test
  void the_detail_takes_every_quote_event() {
    assertThat(DETAIL.eventTypes()).containsExactlyInAnyOrderElementsOf(EventTypes.all().stream()
        .filter(t -> t.streamType().equals("quote")).map(t -> t.name()).toList());
  }

  @Test
  void a_draft_shows_its_details_lines_and_totals_priced_as_issuing_will_price_them() {
    draft();

    QuoteDetail detail = fold(DETAIL, quote.envelopes());

    assertThat(detail.state()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(detail.title()).isEqualTo("Kitchen rewire");
    assertThat(detail.notes()).isEqualTo("Notes for Kitchen rewire");
    assertThat(detail.roundingPolicy()).isEqualTo(RoundingPolicy.PER_DOCUMENT);
    assertThat(detail.discount()).isEqualTo(new QuoteDetail.Adjustment(null, 5_000L));
    assertThat(detail.deposit()).isEqualTo(new QuoteDetail.Adjustment(new BigDecimal("25"), null));
    assertThat(detail.lines()).extracting(QuoteDetail.Line::description)
        .containsExactly("Rewire (per circuit)", "Consumer unit", "Sealant (optional)");
    assertThat(detail.lines().get(2).quantity()).isEqualByComparingTo("0.333");
    assertThat(detail.lines().get(2).amount()).isEqualTo(33);
    assertThat(detail.lines().get(2).optional()).isTrue();
    assertThat(detail.totalsBasis()).isEqualTo(TotalsBasis.DRAFT);
    var expected = QuotePricing.price(List.of(rewire, consumerUnit), PercentOrAmount.amount(5_000),
        PercentOrAmount.percent("25"), new VatTerms(RoundingPolicy.PER_DOCUMENT, detail.pricedOn(), true));
    assertThat(detail.totals().gross()).isEqualTo(expected.gross().pence());
    assertThat(detail.totals().net()).as("£1,300 + £480 - £50").isEqualTo(173_000);
    assertThat(detail.totals().vat()).as("VAT per code").extracting(VatLine::vatCode)
        .containsExactly(VatCode.STANDARD, VatCode.REDUCED);
    assertThat(detail.totals().vat().stream().mapToLong(VatLine::vat).sum()).isEqualTo(detail.totals().vatTotal());
    assertThat(detail.totals().deposit()).isEqualTo(expected.deposit().pence());
    assertThat(detail.number()).isNull();
  }

  @Test
  void editing_a_draft_changes_replaces_and_removes_lines_and_reprices() {
    draft();
    quote.lineChanged(new QuoteLine(rewire.lineId(), "Rewire (per circuit)", rewire.quantity(), rewire.unitPrice(),
        VatCode.STANDARD, PercentOrAmount.percent("10"), false));
    quote.lineRemoved(consumerUnit.lineId());
    quote.detailsChanged("Kitchen rewire (revised)", CustomerId.of("0193a5a0-9999-7abc-8def-0123456789ab"), null, null);

    QuoteDetail detail = fold(DETAIL, quote.envelopes());

    assertThat(detail.lines()).extracting(QuoteDetail.Line::lineId)
        .containsExactly(rewire.lineId().toString(), sealant.lineId().toString());
    assertThat(detail.lines().getFirst().discount()).isEqualTo(new QuoteDetail.Adjustment(new BigDecimal("10"), null));
    assertThat(detail.title()).isEqualTo("Kitchen rewire (revised)");
    assertThat(detail.terms()).isEqualTo("Payment within 14 days");
    assertThat(detail.discount()).isNull();
    assertThat(detail.totals().net()).as("£1,300 less 10%").isEqualTo(117_000);
    assertThat(detail.totals().deposit()).isZero();
  }

  @Test
  void a_quote_numbered_with_the_business_s_prefix_shows_it_through_its_revisions() {
    draft();
    quote.issued(42, "ACME-");
    QuoteDetail issued = fold(DETAIL, quote.envelopes());
    quote.after(Duration.ofDays(1)).revised();
    QuoteDetail revising = fold(DETAIL, quote.envelopes());
    quote.after(Duration.ofDays(1)).issued(42, "NEW-");

    assertThat(issued.displayNumber()).isEqualTo("ACME-00042");
    assertThat(revising.displayNumber()).isEqualTo("ACME-00042/2");
    assertThat(fold(DETAIL, quote.envelopes()).displayNumber()).isEqualTo("ACME-00042/2");
  }

  @Test
  void issuing_freezes_lines_and_totals_and_acceptance_shows_what_was_accepted_with_the_optional_line_taken() {
    draft();
    quote.issued(42);
    QuoteDetail issued = fold(DETAIL, quote.envelopes());
    quote.after(Duration.ofHours(3)).viewed();
    quote.after(Duration.ofDays(1)).accepted(Set.of(sealant.lineId()));

    QuoteDetail accepted = fold(DETAIL, quote.envelopes());

    assertThat(issued.totalsBasis()).isEqualTo(TotalsBasis.ISSUED);
    assertThat(issued.displayNumber()).isEqualTo("Q-00042");
    assertThat(issued.issuedOn()).isEqualTo(issued.firstIssuedOn());
    assertThat(accepted.state()).isEqualTo(QuoteStatus.ACCEPTED);
    assertThat(accepted.totalsBasis()).isEqualTo(TotalsBasis.ACCEPTED);
    assertThat(accepted.optionalLinesTaken()).containsExactly(sealant.lineId().toString());
    assertThat(accepted.totals().subtotal()).isEqualTo(issued.totals().subtotal() + 33);
    assertThat(accepted.totals().vat()).extracting(VatLine::vatCode)
        .containsExactly(VatCode.STANDARD, VatCode.REDUCED, VatCode.ZERO);
    assertThat(accepted.viewedAt()).isNotNull();
    assertThat(accepted.acceptedAt()).isNotNull();
  }

  @Test
  void the_state_history_records_each_change_with_who_and_when_but_not_draft_edits() {
    draft();
    quote.issued(42);
    quote.by(Actor.system("expiry")).after(Duration.ofDays(31)).expired();
    quote.by(ADMIN).revised();
    quote.issued(43);
    quote.by(QuoteStream.OWNER).declined(DeclineReason.TIMING, "not this year");

    QuoteDetail detail = fold(DETAIL, quote.envelopes());

    assertThat(detail.history()).extracting(HistoryEntry::event, HistoryEntry::state, HistoryEntry::revision, HistoryEntry::by)
        .containsExactly(
            tuple("QuoteDrafted", QuoteStatus.DRAFT, 1, "u-owner"),
            tuple("QuoteIssued", QuoteStatus.ISSUED, 1, "u-owner"),
            tuple("QuoteExpired", QuoteStatus.EXPIRED, 1, "system:expiry"),
            tuple("QuoteRevised", QuoteStatus.DRAFT, 2, "u-admin"),
            tuple("QuoteIssued", QuoteStatus.ISSUED, 2, "u-admin"),
            tuple("QuoteDeclined", QuoteStatus.DECLINED, 2, "u-owner"));
    assertThat(detail.history().get(3).roles()).containsExactly(Role.ADMIN);
    assertThat(detail.history()).extracting(HistoryEntry::version).containsExactly(1L, 5L, 6L, 7L, 8L, 9L);
    assertThat(detail.history().getFirst().at()).isEqualTo(Instant.parse("2026-11-26T10:15:30Z"));
    assertThat(detail.displayNumber()).as("the number of the first issue, with the revision").isEqualTo("Q-00042/2");
    assertThat(detail.declineReason()).isEqualTo(DeclineReason.TIMING);
    assertThat(detail.declineNote()).isEqualTo("not this year");
    assertThat(detail.expiredAt()).isNotNull();
  }

  @Test
  void a_revised_quote_is_a_draft_again_priced_from_its_lines() {
    draft();
    quote.issued(42);
    quote.revised();

    QuoteDetail detail = fold(DETAIL, quote.envelopes());

    assertThat(detail.state()).isEqualTo(QuoteStatus.DRAFT);
    assertThat(detail.revision()).isEqualTo(2);
    assertThat(detail.totalsBasis()).isEqualTo(TotalsBasis.DRAFT);
    assertThat(detail.totals()).isEqualTo(fold(DETAIL, quote.envelopes().subList(0, 5)).totals());
  }

  @Test
  void withdrawal_and_conversion_to_a_job_are_shown() {
    draft();
    quote.issued(42);
    QuoteStream other = QuoteStream.of("t-acme", "0193a5b2-7c41-7d2e-9f3a-00000000000f", quote.now());
    other.drafted("Shed");
    other.withdrawn("customer changed their mind");
    quote.accepted(Set.of());
    quote.convertedToJob(JobId.of("0193b0c4-3333-7abc-8def-0123456789ab"));

    QuoteDetail converted = fold(DETAIL, quote.envelopes());
    QuoteDetail withdrawn = fold(DETAIL, other.envelopes());

    assertThat(converted.jobId()).isEqualTo("0193b0c4-3333-7abc-8def-0123456789ab");
    assertThat(converted.history().getLast().event()).isEqualTo("QuoteConvertedToJob");
    assertThat(withdrawn.state()).isEqualTo(QuoteStatus.WITHDRAWN);
    assertThat(withdrawn.withdrawalReason()).isEqualTo("customer changed their mind");
  }

  @Test
  void a_decline_stored_at_schema_version_1_reads_through_the_upcaster() {
    draft();
    quote.issued(42);
    EventEnvelope v2 = quote.declined(DeclineReason.PRICE, null);
    ObjectNode v1 = EventJson.mapper().createObjectNode().put("quoteId", v2.streamId())
        .put("declinedAt", v2.occurredAt().toString()).put("reason", "went with a cheaper quote");
    List<EventEnvelope> stored = new ArrayList<>(quote.envelopes().subList(0, quote.envelopes().size() - 1));
    stored.add(new EventEnvelope(v2.eventId(), "QuoteDeclined", 1, v2.tenantId(), "quote", v2.streamId(), v2.version(),
        v2.occurredAt(), v2.commandId(), null, null, v2.actor(), v1));

    QuoteDetail detail = fold(DETAIL, stored);

    assertThat(detail.declineReason()).isEqualTo(DeclineReason.OTHER);
    assertThat(detail.declineNote()).isEqualTo("went with a cheaper quote");
  }
}

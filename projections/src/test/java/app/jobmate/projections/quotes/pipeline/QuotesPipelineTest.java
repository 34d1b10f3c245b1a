package app.jobmate.projections.quotes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.pipeline.PipelineTally.Row;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesPipelineTest {

  private static final LocalDate FROM = LocalDate.parse("2026-11-01");
  private static final LocalDate TO = LocalDate.parse("2026-11-30");
  private static final long DAY = 86_400_000L;

  @Test
  void conversion_is_accepted_over_decided_and_accepted_over_issued_is_given_beside_it() {
    PipelineTally tally = new PipelineTally(List.of(
        new Row(QuoteStatus.ACCEPTED, null, 3, 300_000, 3 * DAY + 2 * DAY + 4 * DAY),
        new Row(QuoteStatus.DECLINED, DeclineReason.PRICE, 1, 50_000, 0),
        new Row(QuoteStatus.EXPIRED, null, 2, 20_000, 0),
        new Row(QuoteStatus.ISSUED, null, 3, 30_000, 0),
        new Row(QuoteStatus.VIEWED, null, 1, 10_000, 0),
        new Row(QuoteStatus.WITHDRAWN, null, 2, 9_000, 0)));

    QuotesPipeline pipeline = QuotesPipeline.of(FROM, TO, tally);

    assertThat(pipeline.issued()).isEqualTo(12);
    assertThat(pipeline.decided()).as("accepted + declined + expired").isEqualTo(6);
    assertThat(pipeline.awaitingDecision()).isEqualTo(4);
    assertThat(pipeline.conversionRate()).isEqualByComparingTo("0.5");
    assertThat(pipeline.acceptedOfIssued()).isEqualByComparingTo("0.25");
    assertThat(pipeline.averageDaysToAccept()).isEqualByComparingTo("3.0");
    assertThat(pipeline.byState().get(QuoteStatus.ACCEPTED)).isEqualTo(new QuotesPipeline.StateFigures(3, 300_000));
    assertThat(pipeline.byState().get(QuoteStatus.DRAFT)).isEqualTo(new QuotesPipeline.StateFigures(0, 0));
    assertThat(pipeline.declineReasons()).containsEntry(DeclineReason.PRICE, 1L).hasSize(1);
  }

  @Test
  void nothing_decided_or_accepted_leaves_the_rates_and_the_average_absent() {
    QuotesPipeline pipeline = QuotesPipeline.of(FROM, TO, new PipelineTally(List.of(
        new Row(QuoteStatus.ISSUED, null, 2, 1_000, 0))));

    assertThat(pipeline.conversionRate()).isNull();
    assertThat(pipeline.averageDaysToAccept()).isNull();
    assertThat(pipeline.acceptedOfIssued()).isEqualByComparingTo("0");
  }

  @Test
  void tallies_grouped_differently_are_equal_and_only_declined_quotes_keep_a_reason() {
    PipelineTally split = new PipelineTally(List.of(
        new Row(QuoteStatus.DECLINED, DeclineReason.TIMING, 1, 100, 0),
        new Row(QuoteStatus.ACCEPTED, DeclineReason.PRICE, 1, 200, 5),
        new Row(QuoteStatus.ACCEPTED, null, 2, 300, 7),
        new Row(QuoteStatus.DECLINED, DeclineReason.TIMING, 2, 400, 0)));

    assertThat(split.rows()).containsExactly(
        new Row(QuoteStatus.ACCEPTED, null, 3, 500, 12),
        new Row(QuoteStatus.DECLINED, DeclineReason.TIMING, 3, 500, 0));
  }
}

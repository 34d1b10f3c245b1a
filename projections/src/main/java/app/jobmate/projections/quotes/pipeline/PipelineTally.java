package app.jobmate.projections.quotes.pipeline;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.list.QuoteListItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the pipeline's aggregation returns: for each state (and, for declined quotes, reason) of the
 * quotes first issued in the period, how many, their gross value, and the time they took to be
 * accepted, summed. Rows are merged by state and reason and kept in that order, so that two tallies
 * of the same quotes are equal however they were grouped.
 */
public record PipelineTally(List<Row> rows) {

  private static final Comparator<Row> ORDER = Comparator.comparing(Row::state)
      .thenComparing(Row::declineReason, Comparator.nullsFirst(Comparator.naturalOrder()));

  public PipelineTally {
    Map<Row, long[]> merged = new TreeMap<>(ORDER);
    for (Row row : rows) {
      Row key = new Row(row.state(), row.state() == QuoteStatus.DECLINED ? row.declineReason() : null, 0, 0, 0);
      long[] sums = merged.computeIfAbsent(key, k -> new long[3]);
      sums[0] += row.count();
      sums[1] += row.gross();
      sums[2] += row.millisToAccept();
    }
    List<Row> normalized = new ArrayList<>();
    merged.forEach((key, s) -> normalized.add(new Row(key.state(), key.declineReason(), s[0], s[1], s[2])));
    rows = List.copyOf(normalized);
  }

  /**
   * @param declineReason absent but for declined quotes
   * @param gross         the sum of the quotes' gross amounts in pence (a quote never issued counts 0)
   * @param millisToAccept the sum of the times from first issue to acceptance
   */
  public record Row(QuoteStatus state, DeclineReason declineReason, long count, long gross, long millisToAccept) {
    public Row {
      Objects.requireNonNull(state, "state");
    }
  }

  /** The tally of {@code items}, computed in memory: what the aggregation must return too. */
  public static PipelineTally of(Stream<QuoteListItem> items) {
    return new PipelineTally(items.map(item -> new Row(item.state(), item.declineReason(), 1,
        item.gross() == null ? 0 : item.gross(), item.millisToAccept() == null ? 0 : item.millisToAccept())).toList());
  }
}

package app.jobmate.projections.quotes;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.DateField;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.quotes.list.QuoteListSort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The read side of the quotes context: the quotes list and the quote page. The pipeline report is
 * a query over the list. Between them they take every quote event.
 */
public final class QuoteReadSide implements ReadSide {

  public static final String NAME = "quotes";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new QuoteListProjection(),
      new QuoteDetailProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /**
   * Tenant first: one index per order of the list (its key, then the id, which keyset paging
   * compares), one per filter, and the pipeline's period. The quote page is read by id only.
   */
  @Override
  public Map<String, List<Index>> indexes() {
    List<Index> list = new ArrayList<>();
    for (QuoteListSort sort : QuoteListSort.values()) {
      list.add(Index.ascending("by_" + sort.wireName(), Index.TENANT, sort.field(), Index.ID));
    }
    list.add(Index.ascending("by_state", Index.TENANT, "state", "draftedAt"));
    list.add(Index.ascending("by_customer", Index.TENANT, "customerId", "draftedAt"));
    for (DateField field : DateField.values()) {
      if (!field.field().equals(QuoteListSort.VALID_UNTIL.field())) {
        list.add(Index.ascending("on_" + field.wireName(), Index.TENANT, field.field()));
      }
    }
    return Map.of(QuoteListProjection.NAME, List.copyOf(list), QuoteDetailProjection.NAME, List.of());
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new QuoteDrafted(QuoteId.of(streamId), CustomerId.of(streamId), null, "SnapStart priming", null, null,
        LocalDate.of(2026, 1, 31), null, null, RoundingPolicy.PER_LINE, 30);
  }
}

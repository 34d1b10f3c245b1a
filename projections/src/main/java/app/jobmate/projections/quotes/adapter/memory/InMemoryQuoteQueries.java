package app.jobmate.projections.quotes.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.list.ListQuotes;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListPage;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.quotes.list.QuoteListQueries;
import app.jobmate.projections.quotes.pipeline.PipelineQueries;
import app.jobmate.projections.quotes.pipeline.PipelineTally;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The quote queries over {@link InMemoryReadModels}, by the queries' own definitions. */
public final class InMemoryQuoteQueries implements QuoteListQueries, PipelineQueries {

  private final InMemoryReadModels readModels;

  public InMemoryQuoteQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public QuoteListPage list(ListQuotes query) {
    List<Versioned<QuoteListItem>> upToLimitPlusOne = items()
        .filter(query::matches)
        .filter(query::isAfterCursor)
        .sorted(query.comparator())
        .limit(query.limit() + 1L)
        .toList();
    return QuoteListPage.of(query, upToLimitPlusOne);
  }

  @Override
  public PipelineTally tally(TenantId tenantId, LocalDate from, LocalDate to) {
    return PipelineTally.of(items()
        .filter(q -> q.tenantId().equals(tenantId))
        .map(Versioned::document)
        .filter(i -> i.firstIssuedOn() != null && !i.firstIssuedOn().isBefore(from) && !i.firstIssuedOn().isAfter(to)));
  }

  @SuppressWarnings("unchecked")
  private Stream<Versioned<QuoteListItem>> items() {
    String active = readModels.placement(QuoteListProjection.NAME).active();
    return readModels.documents(active).stream().map(d -> (Versioned<QuoteListItem>) d);
  }
}

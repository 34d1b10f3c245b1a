package app.jobmate.projections.quotes.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.quotes.QuoteQueriesContract;

class InMemoryQuoteQueriesTest extends QuoteQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    InMemoryQuoteQueries queries = new InMemoryQuoteQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}

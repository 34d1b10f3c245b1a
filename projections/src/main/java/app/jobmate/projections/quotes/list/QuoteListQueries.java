package app.jobmate.projections.quotes.list;

/** Reads the quotes list (the active {@code quote_list} collection). */
public interface QuoteListQueries {

  /** One page of {@code query}, in its order, after its cursor. */
  QuoteListPage list(ListQuotes query);
}

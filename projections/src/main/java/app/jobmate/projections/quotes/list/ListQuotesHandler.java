package app.jobmate.projections.quotes.list;

import app.jobmate.projections.core.Versioned;

/** Answers {@link ListQuotes}: one page of the quotes list, in its order, after its cursor. */
public final class ListQuotesHandler {

  private final QuoteListQueries list;

  public ListQuotesHandler(QuoteListQueries list) {
    this.list = list;
  }

  public QuoteListView handle(ListQuotes query) {
    QuoteListPage page = list.list(query);
    return new QuoteListView(page.items().stream().map(ListQuotesHandler::entry).toList(),
        page.next().map(ListCursor::encode).orElse(null), query.limit());
  }

  private static QuoteListView.Entry entry(Versioned<QuoteListItem> quote) {
    return new QuoteListView.Entry(quote.streamId(), quote.version(), quote.document());
  }
}

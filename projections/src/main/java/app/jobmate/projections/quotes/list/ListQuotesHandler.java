package app.jobmate.projections.quotes.list;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.query.CustomerNames;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers {@link ListQuotes}: one page of the quotes list, in its order, after its cursor, with
 * each quote's customer name joined at query time ({@link CustomerNames}, one read per page).
 */
public final class ListQuotesHandler {

  private final QuoteListQueries list;
  private final CustomerNames customers;

  public ListQuotesHandler(QuoteListQueries list, CustomerNames customers) {
    this.list = list;
    this.customers = customers;
  }

  public QuoteListView handle(ListQuotes query) {
    QuoteListPage page = list.list(query);
    Set<String> customerIds = page.items().stream().map(q -> q.document().customerId())
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    Map<String, String> names = customers.namesOf(query.tenantId(), customerIds);
    return new QuoteListView(page.items().stream().map(q -> entry(q, names)).toList(),
        page.next().map(ListCursor::encode).orElse(null), query.limit());
  }

  private static QuoteListView.Entry entry(Versioned<QuoteListItem> quote, Map<String, String> names) {
    String customer = quote.document().customerId();
    return new QuoteListView.Entry(quote.streamId(), quote.version(), customer == null ? null : names.get(customer),
        quote.document());
  }
}

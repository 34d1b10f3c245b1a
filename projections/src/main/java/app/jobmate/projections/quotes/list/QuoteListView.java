package app.jobmate.projections.quotes.list;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A page of the quotes list as the API answers it: each quote's id, version and list item; the
 * cursor of the next page, when there is one; the page size used.
 */
public record QuoteListView(List<Entry> items, String nextCursor, int limit) {

  public QuoteListView {
    items = List.copyOf(items);
  }

  public record Entry(String quoteId, long version, @JsonUnwrapped QuoteListItem item) {
  }
}

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

  /** {@code customerName}: as the customer book has it now; absent when the book does not have it yet. */
  public record Entry(String quoteId, long version, String customerName, @JsonUnwrapped QuoteListItem item) {
  }
}

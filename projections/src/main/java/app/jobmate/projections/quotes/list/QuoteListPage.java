package app.jobmate.projections.quotes.list;

import app.jobmate.projections.core.Versioned;
import java.util.List;
import java.util.Optional;

/** A page of the quotes list and, when there is more, the cursor of the next page. */
public record QuoteListPage(List<Versioned<QuoteListItem>> items, Optional<ListCursor> next) {

  public QuoteListPage {
    items = List.copyOf(items);
  }

  /**
   * The page of {@code query} from the first {@code limit + 1} matching items in order: the extra
   * one only says that there is a next page.
   */
  public static QuoteListPage of(ListQuotes query, List<Versioned<QuoteListItem>> upToLimitPlusOne) {
    if (upToLimitPlusOne.size() <= query.limit()) {
      return new QuoteListPage(upToLimitPlusOne, Optional.empty());
    }
    List<Versioned<QuoteListItem>> page = upToLimitPlusOne.subList(0, query.limit());
    Versioned<QuoteListItem> last = page.getLast();
    return new QuoteListPage(page, Optional.of(ListCursor.after(query.sort(), query.order(), last.document(),
        last.streamId())));
  }
}

package app.jobmate.projections.quotes.list;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.quotes.QuoteStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * A query of the quotes list: typed filters only, one of a fixed list of orders, keyset paging.
 * {@link #matches}, {@link #comparator} and {@link #isAfterCursor} say exactly what the query
 * means; every {@link QuoteListQueries} must answer the same.
 *
 * @param states   the states wanted; empty for any
 * @param dateField the date {@code from} and {@code to} apply to (both inclusive, either may be absent)
 * @param limit    the page size, 1 to {@link #MAX_LIMIT}
 */
public record ListQuotes(TenantId tenantId, Set<QuoteStatus> states, CustomerId customerId, DateField dateField,
                         LocalDate from, LocalDate to, QuoteListSort sort, SortOrder order, ListCursor after, int limit) {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  public ListQuotes {
    if (tenantId == null || sort == null || order == null) {
      throw new IllegalArgumentException("tenantId, sort and order are required");
    }
    states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    if ((from != null || to != null) && dateField == null) {
      throw new IllegalArgumentException("a date range needs the date field it applies to");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    if (after != null && (after.sort() != sort || after.order() != order)) {
      throw new IllegalArgumentException("the cursor belongs to another order of the list");
    }
  }

  /** The first page of a tenant's quotes, newest draft first. */
  public static ListQuotes firstPage(TenantId tenantId) {
    return new ListQuotes(tenantId, Set.of(), null, null, null, null, QuoteListSort.DRAFTED, SortOrder.DESC, null,
        DEFAULT_LIMIT);
  }

  public ListQuotes after(ListCursor cursor) {
    return new ListQuotes(tenantId, states, customerId, dateField, from, to, sort, order, cursor, limit);
  }

  public boolean matches(Versioned<QuoteListItem> quote) {
    QuoteListItem item = quote.document();
    if (!quote.tenantId().equals(tenantId)) {
      return false;
    }
    if (!states.isEmpty() && !states.contains(item.state())) {
      return false;
    }
    if (customerId != null && !customerId.toString().equals(item.customerId())) {
      return false;
    }
    if (dateField != null && (from != null || to != null)) {
      LocalDate date = dateField.dateOf(item);
      if (date == null || (from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
        return false;
      }
    }
    return true;
  }

  /** The order of the list: the sort key (absent first when ascending), then the quote id, both in {@link #order}. */
  public Comparator<Versioned<QuoteListItem>> comparator() {
    Comparator<Versioned<QuoteListItem>> ascending = Comparator
        .comparing((Versioned<QuoteListItem> q) -> key(q), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Versioned::streamId);
    return order == SortOrder.ASC ? ascending : ascending.reversed();
  }

  /** Whether {@code quote} comes after the cursor's item in this order (always, without a cursor). */
  public boolean isAfterCursor(Versioned<QuoteListItem> quote) {
    if (after == null) {
      return true;
    }
    int byKey = Comparator.<Comparable<Object>>nullsFirst(Comparator.naturalOrder()).compare(key(quote), cursorKey());
    int compared = byKey != 0 ? byKey : quote.streamId().compareTo(after.quoteId());
    return order == SortOrder.ASC ? compared > 0 : compared < 0;
  }

  @SuppressWarnings("unchecked")
  private Comparable<Object> key(Versioned<QuoteListItem> quote) {
    return (Comparable<Object>) sort.keyOf(quote.document());
  }

  @SuppressWarnings("unchecked")
  private Comparable<Object> cursorKey() {
    return (Comparable<Object>) after.key();
  }
}

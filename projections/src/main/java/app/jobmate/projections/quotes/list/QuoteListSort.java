package app.jobmate.projections.quotes.list;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders the quotes list offers: a fixed list, each on one field of {@link QuoteListItem},
 * ties broken by the quote's id. A field that can be absent sorts its absent values first, as
 * MongoDB does.
 */
public enum QuoteListSort {
  DRAFTED("drafted", "draftedAt", QuoteListItem::draftedAt),
  UPDATED("updated", "updatedAt", QuoteListItem::updatedAt),
  NUMBER("number", "number", QuoteListItem::number),
  GROSS("gross", "gross", QuoteListItem::gross),
  VALID_UNTIL("validUntil", "validUntil", QuoteListItem::validUntil);

  private final String wireName;
  private final String field;
  private final Function<QuoteListItem, ? extends Comparable<?>> key;

  QuoteListSort(String wireName, String field, Function<QuoteListItem, ? extends Comparable<?>> key) {
    this.wireName = wireName;
    this.field = field;
    this.key = key;
  }

  public String wireName() {
    return wireName;
  }

  /** The field of {@link QuoteListItem} sorted on. */
  public String field() {
    return field;
  }

  /** The item's sort key: an {@code Instant}, a {@code Long}, a {@code LocalDate}, or {@code null}. */
  public Comparable<?> keyOf(QuoteListItem item) {
    return key.apply(item);
  }

  public static Optional<QuoteListSort> find(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }
}

package app.jobmate.commands.adapter.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * A quote's record in the {@code quote-expiries} table (layout in the module README). An open quote
 * has {@code validUntil}, {@code dueList} and {@code due}, which put it in the sparse index
 * {@code due}; a quote no longer open has none of them but keeps the version that closed it, and
 * {@code purgeAt} for the table's TTL.
 */
record ExpiryItem(String quote, String tenantId, String quoteId, Long version, String validUntil, String dueList,
                  String due, Long purgeAt) {

  static final String DUE_INDEX = "due";
  /** The one partition of the due index: its sort key orders every open quote by its day. */
  static final String OPEN = "open";

  static final TableSchema<ExpiryItem> SCHEMA = StaticImmutableTableSchema.builder(ExpiryItem.class, Builder.class)
      .newItemBuilder(Builder::new, Builder::build)
      .addAttribute(String.class, a -> a.name("quote").getter(ExpiryItem::quote).setter((b, v) -> b.quote = v)
          .tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("tenantId").getter(ExpiryItem::tenantId).setter((b, v) -> b.tenantId = v))
      .addAttribute(String.class, a -> a.name("quoteId").getter(ExpiryItem::quoteId).setter((b, v) -> b.quoteId = v))
      .addAttribute(Long.class, a -> a.name("version").getter(ExpiryItem::version).setter((b, v) -> b.version = v))
      .addAttribute(String.class, a -> a.name("validUntil").getter(ExpiryItem::validUntil).setter((b, v) -> b.validUntil = v))
      .addAttribute(String.class, a -> a.name("dueList").getter(ExpiryItem::dueList).setter((b, v) -> b.dueList = v)
          .tags(secondaryPartitionKey(DUE_INDEX)))
      .addAttribute(String.class, a -> a.name("due").getter(ExpiryItem::due).setter((b, v) -> b.due = v)
          .tags(secondarySortKey(DUE_INDEX)))
      .addAttribute(Long.class, a -> a.name("purgeAt").getter(ExpiryItem::purgeAt).setter((b, v) -> b.purgeAt = v))
      .build();

  static String key(String tenantId, String quoteId) {
    return tenantId + "#" + quoteId;
  }

  /** The enhanced client's mutable accumulator for reading an item. */
  static final class Builder {
    private String quote;
    private String tenantId;
    private String quoteId;
    private Long version;
    private String validUntil;
    private String dueList;
    private String due;
    private Long purgeAt;

    ExpiryItem build() {
      return new ExpiryItem(quote, tenantId, quoteId, version, validUntil, dueList, due, purgeAt);
    }
  }
}

package app.jobmate.commands.adapter.dynamodb;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A quote's record in the {@code quote-expiries} table (layout in the module README). An open quote
 * has {@code validUntil}, {@code dueList} and {@code due}, which put it in the sparse index
 * {@code due}; a quote no longer open has none of them but keeps the version that closed it, and
 * {@code purgeAt} for the table's TTL.
 */
record ExpiryItem(String quote, String tenantId, String quoteId, long version, String validUntil, String dueList,
                  String due, Long purgeAt) {

  static final String DUE_INDEX = "due";
  /** The one partition of the due index: its sort key orders every open quote by its day. */
  static final String OPEN = "open";

  static String key(String tenantId, String quoteId) {
    return tenantId + "#" + quoteId;
  }

  Map<String, AttributeValue> toItem() {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("quote", AttributeValue.fromS(quote));
    item.put("tenantId", AttributeValue.fromS(tenantId));
    item.put("quoteId", AttributeValue.fromS(quoteId));
    item.put("version", AttributeValue.fromN(Long.toString(version)));
    if (validUntil != null) {
      item.put("validUntil", AttributeValue.fromS(validUntil));
      item.put("dueList", AttributeValue.fromS(dueList));
      item.put("due", AttributeValue.fromS(due));
    }
    if (purgeAt != null) {
      item.put("purgeAt", AttributeValue.fromN(Long.toString(purgeAt)));
    }
    return item;
  }

  static ExpiryItem of(Map<String, AttributeValue> item) {
    return new ExpiryItem(item.get("quote").s(), item.get("tenantId").s(), item.get("quoteId").s(),
        Long.parseLong(item.get("version").n()), text(item, "validUntil"), text(item, "dueList"), text(item, "due"),
        item.containsKey("purgeAt") ? Long.valueOf(item.get("purgeAt").n()) : null);
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }
}

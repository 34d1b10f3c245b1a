package app.jobmate.commands.adapter.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A tenant's settings in the {@code tenants} table. {@code lastQuoteNumber} and the quote numbers
 * being taken live on the same item but are not read here: only {@link DynamoDbQuoteNumbers}' atomic
 * updates write them, and whatever writes settings must use UpdateItem (a PutItem of the settings
 * would drop the counter and hand out quote numbers again).
 */
record TenantItem(String tenantId, String vatRounding, Integer quoteValidityDays, String vatRegisteredFrom) {

  static TenantItem of(Map<String, AttributeValue> item) {
    return new TenantItem(item.get("tenantId").s(), text(item, "vatRounding"),
        item.containsKey("quoteValidityDays") ? Integer.valueOf(item.get("quoteValidityDays").n()) : null,
        text(item, "vatRegisteredFrom"));
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }
}

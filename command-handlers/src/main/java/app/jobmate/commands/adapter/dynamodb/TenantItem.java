package app.jobmate.commands.adapter.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * A tenant's settings in the {@code tenants} table. {@code lastQuoteNumber} lives on the same item
 * but is deliberately not mapped: only {@link DynamoDbQuoteNumbers}' atomic ADD writes it, and
 * whatever writes settings must use UpdateItem (a PutItem of this mapping would drop the counter
 * and hand out quote numbers again).
 */
record TenantItem(String tenantId, String vatRounding, Integer quoteValidityDays, String vatRegisteredFrom) {

  static final TableSchema<TenantItem> SCHEMA = StaticImmutableTableSchema.builder(TenantItem.class, Builder.class)
      .newItemBuilder(Builder::new, Builder::build)
      .addAttribute(String.class, a -> a.name("tenantId").getter(TenantItem::tenantId).setter((b, v) -> b.tenantId = v)
          .tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("vatRounding").getter(TenantItem::vatRounding)
          .setter((b, v) -> b.vatRounding = v))
      .addAttribute(Integer.class, a -> a.name("quoteValidityDays").getter(TenantItem::quoteValidityDays)
          .setter((b, v) -> b.quoteValidityDays = v))
      .addAttribute(String.class, a -> a.name("vatRegisteredFrom").getter(TenantItem::vatRegisteredFrom)
          .setter((b, v) -> b.vatRegisteredFrom = v))
      .build();

  /** The enhanced client's mutable accumulator for reading an item. */
  static final class Builder {
    private String tenantId;
    private String vatRounding;
    private Integer quoteValidityDays;
    private String vatRegisteredFrom;

    TenantItem build() {
      return new TenantItem(tenantId, vatRounding, quoteValidityDays, vatRegisteredFrom);
    }
  }
}

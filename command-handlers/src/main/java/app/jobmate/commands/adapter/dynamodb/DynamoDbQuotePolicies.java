package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Quote policies from the tenant's item in the {@code tenants} table: {@code vatRounding}
 * ("per-line" or "per-document") and {@code quoteValidityDays} (N). Each setting the tenant never
 * chose falls back to {@link QuotePolicy#DEFAULT}'s; a stored value the domain rejects is an error,
 * never silently replaced.
 */
public final class DynamoDbQuotePolicies implements QuotePolicies {

  private final DynamoDbTable<TenantItem> table;

  public DynamoDbQuotePolicies(DynamoDbClient dynamoDb, String tableName) {
    this(DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build(), tableName);
  }

  public DynamoDbQuotePolicies(DynamoDbEnhancedClient dynamoDb, String tableName) {
    this.table = dynamoDb.table(tableName, TenantItem.SCHEMA);
  }

  @Override
  public QuotePolicy of(TenantId tenant) {
    // consistent, so a quote issued right after the owner changed a setting follows the new one
    TenantItem item = table.getItem(r -> r.key(Key.builder().partitionValue(tenant.value()).build()).consistentRead(true));
    if (item == null) {
      return QuotePolicy.DEFAULT;
    }
    try {
      RoundingPolicy rounding = item.vatRounding() == null
          ? QuotePolicy.DEFAULT.rounding()
          : RoundingPolicy.fromWireName(item.vatRounding());
      int validityDays = item.quoteValidityDays() == null
          ? QuotePolicy.DEFAULT.validityDays()
          : item.quoteValidityDays();
      return new QuotePolicy(rounding, validityDays);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("tenant " + tenant + " has an invalid quote policy stored: " + e.getMessage(), e);
    }
  }
}

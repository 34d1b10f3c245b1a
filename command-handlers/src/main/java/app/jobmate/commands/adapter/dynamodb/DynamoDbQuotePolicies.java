package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Quote policies from the tenant's item in the {@code tenants} table: {@code vatRounding}
 * ("per-line" or "per-document"), {@code quoteValidityDays} (N) and {@code vatRegisteredFrom} (a
 * date, or "not-registered"). Each setting the tenant never
 * chose falls back to {@link QuotePolicy#DEFAULT}'s; a stored value the domain rejects is an error,
 * never silently replaced.
 */
public final class DynamoDbQuotePolicies implements QuotePolicies {

  /** {@code vatRegisteredFrom} of a business that is not VAT registered; otherwise a date, absent for "always". */
  static final String NOT_REGISTERED = "not-registered";

  private final DynamoDbClient dynamoDb;
  private final String table;

  public DynamoDbQuotePolicies(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.table = tableName;
  }

  @Override
  public QuotePolicy of(TenantId tenant) {
    // consistent, so what follows a change of setting sees it: rounding and validity are recorded on a
    // new draft, the VAT registration is taken again when a quote is issued (its tax point)
    Map<String, AttributeValue> stored = dynamoDb.getItem(r -> r.tableName(table)
        .key(Map.of("tenantId", AttributeValue.fromS(tenant.value()))).consistentRead(true)).item();
    if (stored == null || stored.isEmpty()) {
      return QuotePolicy.DEFAULT;
    }
    TenantItem item = TenantItem.of(stored);
    try {
      RoundingPolicy rounding = item.vatRounding() == null
          ? QuotePolicy.DEFAULT.rounding()
          : RoundingPolicy.fromWireName(item.vatRounding());
      int validityDays = item.quoteValidityDays() == null
          ? QuotePolicy.DEFAULT.validityDays()
          : item.quoteValidityDays();
      LocalDate registeredFrom = item.vatRegisteredFrom() == null ? QuotePolicy.DEFAULT.vatRegisteredFrom()
          : NOT_REGISTERED.equals(item.vatRegisteredFrom()) ? null : LocalDate.parse(item.vatRegisteredFrom());
      return new QuotePolicy(rounding, validityDays, registeredFrom);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalStateException("tenant " + tenant + " has an invalid quote policy stored: " + e.getMessage(), e);
    }
  }
}

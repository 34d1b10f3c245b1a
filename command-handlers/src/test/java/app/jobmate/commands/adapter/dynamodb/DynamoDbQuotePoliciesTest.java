package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.commands.quotes.QuotePoliciesContract;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.LocalDynamoDb;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbQuotePoliciesTest extends QuotePoliciesContract {

  private static final String TABLE = TemplateTables.TENANTS.name();

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.TENANTS);

  // the tenant item as the settings command will write it; a setting never chosen is no attribute
  @Override
  protected QuotePolicies policies(Map<TenantId, Chosen> chosen) {
    chosen.forEach((tenant, settings) -> {
      Map<String, AttributeValue> item = new HashMap<>();
      item.put("tenantId", AttributeValue.fromS(tenant.value()));
      if (settings.rounding() != null) {
        item.put("vatRounding", AttributeValue.fromS(settings.rounding().wireName()));
      }
      if (settings.validityDays() != null) {
        item.put("quoteValidityDays", AttributeValue.fromN(settings.validityDays().toString()));
      }
      putTenant(item);
    });
    return new DynamoDbQuotePolicies(dynamoDb.client(), TABLE);
  }

  @Test
  void a_tenant_with_quote_numbers_but_no_settings_gets_the_default_policy() {
    TenantId tenant = newTenant();
    new DynamoDbQuoteNumbers(dynamoDb.client(), TABLE).numberFor(tenant, new app.jobmate.events.quotes.QuoteId(java.util.UUID.randomUUID()),
        java.time.Instant.parse("2026-11-26T10:15:30Z"));

    assertThat(policies(Map.of()).of(tenant)).isEqualTo(QuotePolicy.DEFAULT);
  }

  @Test
  void a_stored_rounding_the_domain_does_not_know_is_reported_not_replaced_by_the_default() {
    TenantId tenant = newTenant();
    putTenant(Map.of("tenantId", AttributeValue.fromS(tenant.value()), "vatRounding", AttributeValue.fromS("nearest")));

    assertThatThrownBy(() -> policies(Map.of()).of(tenant))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(tenant.value())
        .hasMessageContaining("nearest");
  }

  @Test
  void a_stored_validity_out_of_range_is_reported_not_replaced_by_the_default() {
    TenantId tenant = newTenant();
    putTenant(Map.of("tenantId", AttributeValue.fromS(tenant.value()), "quoteValidityDays", AttributeValue.fromN("0")));

    assertThatThrownBy(() -> policies(Map.of()).of(tenant))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("validityDays");
  }

  private static void putTenant(Map<String, AttributeValue> item) {
    dynamoDb.client().putItem(r -> r.tableName(TABLE).item(item));
  }
}

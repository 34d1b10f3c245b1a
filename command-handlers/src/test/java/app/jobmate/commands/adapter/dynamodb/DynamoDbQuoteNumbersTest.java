package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.commands.quotes.QuoteNumbersContract;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.LocalDynamoDb;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbQuoteNumbersTest extends QuoteNumbersContract {

  private static final String TABLE = TemplateTables.TENANTS.name();

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.TENANTS);

  @Override
  protected QuoteNumbers quoteNumbers() {
    return new DynamoDbQuoteNumbers(dynamoDb.client(), TABLE);
  }

  @Test
  void numbers_and_settings_share_the_tenant_item_without_disturbing_each_other() {
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    dynamoDb.client().putItem(r -> r.tableName(TABLE).item(Map.of(
        "tenantId", AttributeValue.fromS(tenant.value()),
        "vatRounding", AttributeValue.fromS("per-document"),
        "quoteValidityDays", AttributeValue.fromN("21"))));
    QuoteNumbers numbers = quoteNumbers();

    long first = numbers.next(tenant).value();
    long second = numbers.next(tenant).value();

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(new DynamoDbQuotePolicies(dynamoDb.client(), TABLE).of(tenant))
        .isEqualTo(new QuotePolicy(RoundingPolicy.PER_DOCUMENT, 21));
    assertThat(dynamoDb.client().getItem(r -> r.tableName(TABLE).consistentRead(true)
        .key(Map.of("tenantId", AttributeValue.fromS(tenant.value())))).item().get("lastQuoteNumber").n())
        .isEqualTo("2");
  }
}

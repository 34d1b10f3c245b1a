package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.expiry.QuoteExpiries;
import app.jobmate.commands.expiry.QuoteExpiriesContract;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The expiry index on dynalite, a table (with its sparse due index) per test, as the template declares it. */
class DynamoDbQuoteExpiriesTest extends QuoteExpiriesContract {

  private static final AtomicInteger TABLES = new AtomicInteger();

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass();

  private String table;

  @Override
  protected QuoteExpiries expiries() {
    table = "quote-expiries-" + TABLES.incrementAndGet();
    dynamoDb.createTable(TemplateTables.QUOTE_EXPIRIES.named(table));
    return new DynamoDbQuoteExpiries(dynamoDb.client(), table);
  }

  @Test
  void a_quote_no_longer_open_keeps_its_version_for_a_while_and_then_goes_by_ttl() {
    QuoteExpiries expiries = expiries();
    TenantId tenant = TenantId.of("t-acme");
    QuoteId quote = QuoteId.of(UUID.randomUUID().toString());
    Instant closedAt = Instant.parse("2026-11-26T10:15:30Z");
    expiries.recordOpen(tenant, quote, 3, LocalDate.of(2026, 12, 10));

    expiries.recordClosed(tenant, quote, 4, closedAt);

    Map<String, AttributeValue> item = dynamoDb.client().getItem(r -> r.tableName(table)
        .key(Map.of("quote", AttributeValue.fromS("t-acme#" + quote)))).item();
    assertThat(item).containsEntry("version", AttributeValue.fromN("4"))
        .containsEntry("purgeAt", AttributeValue.fromN(Long.toString(closedAt.plus(DynamoDbQuoteExpiries.CLOSED_RETENTION)
            .getEpochSecond())))
        .doesNotContainKeys("due", "dueList", "validUntil");
  }

  @Test
  void an_open_quote_is_one_item_in_the_due_index_keyed_by_its_day() {
    QuoteExpiries expiries = expiries();
    QuoteId quote = QuoteId.of(UUID.randomUUID().toString());

    expiries.recordOpen(TenantId.of("t-acme"), quote, 3, LocalDate.of(2026, 12, 10));

    Map<String, AttributeValue> item = dynamoDb.client().getItem(r -> r.tableName(table)
        .key(Map.of("quote", AttributeValue.fromS("t-acme#" + quote)))).item();
    assertThat(item).containsEntry("dueList", AttributeValue.fromS("open"))
        .containsEntry("due", AttributeValue.fromS("2026-12-11#t-acme#" + quote))
        .containsEntry("validUntil", AttributeValue.fromS("2026-12-10"))
        .containsEntry("tenantId", AttributeValue.fromS("t-acme"))
        .containsEntry("quoteId", AttributeValue.fromS(quote.toString()))
        .doesNotContainKey("purgeAt");
  }
}

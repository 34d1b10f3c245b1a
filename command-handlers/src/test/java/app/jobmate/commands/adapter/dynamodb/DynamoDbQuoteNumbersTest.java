package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand;
import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.commands.quotes.QuoteRaces;
import app.jobmate.commands.quotes.QuoteService;
import app.jobmate.commands.quotes.QuoteSpec;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
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
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

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

    long first = numbers.numberFor(tenant, new QuoteId(UUID.randomUUID()), NOW).value();
    long second = numbers.numberFor(tenant, new QuoteId(UUID.randomUUID()), NOW).value();

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(new DynamoDbQuotePolicies(dynamoDb.client(), TABLE).of(tenant))
        .isEqualTo(new QuotePolicy(RoundingPolicy.PER_DOCUMENT, 21));
    assertThat(dynamoDb.client().getItem(r -> r.tableName(TABLE).consistentRead(true)
        .key(Map.of("tenantId", AttributeValue.fromS(tenant.value())))).item().get("lastQuoteNumber").n())
        .isEqualTo("2");
  }

  @Test
  void the_entries_of_quotes_whose_number_was_taken_over_an_hour_ago_are_removed_by_a_later_take() {
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    QuoteNumbers numbers = quoteNumbers();
    for (int i = 0; i < 3; i++) {
      numbers.numberFor(tenant, new QuoteId(UUID.randomUUID()), NOW);
    }
    QuoteId recent = new QuoteId(UUID.randomUUID());

    numbers.numberFor(tenant, recent, NOW.plus(QuoteNumbers.HELD_FOR).plusSeconds(5));

    Map<String, AttributeValue> item = dynamoDb.client().getItem(r -> r.tableName(TABLE).consistentRead(true)
        .key(Map.of("tenantId", AttributeValue.fromS(tenant.value())))).item();
    assertThat(item.keySet()).containsExactlyInAnyOrder("tenantId", "lastQuoteNumber", "issuing#" + recent,
        "issuingAt#" + recent);
  }

  @Test
  void of_twenty_concurrent_issues_of_one_draft_on_dynalite_one_wins_and_one_number_is_used() throws Exception {
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    LocalDynamoDb.Table events = TemplateTables.EVENTS;
    dynamoDb.createTable(events);
    DynamoDbEventStore store = CustomerBook.withCustomer(new DynamoDbEventStore(dynamoDb.client(), events.name()),
        QuoteSpec.DETAILS.customerId(), tenant);
    QuoteService quotes = new QuoteService(new CommandService(store), quoteNumbers(), new InMemoryQuotePolicies(Map.of()),
        new CustomerStandings(store));
    QuoteId quote = new QuoteId(UUID.randomUUID());
    quotes.handle(tenant, new QuoteCommand.DraftQuote(quote, QuoteSpec.DETAILS, List.of(QuoteSpec.BOILER),
        RoundingPolicy.PER_LINE, 30), context());

    List<Object> outcomes = QuoteRaces.issueConcurrently(quotes, tenant, quote, 20, this::context);

    assertThat(outcomes).filteredOn(CommandResult.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(Rejection.class::isInstance).hasSize(19);
    assertThat(quoteNumbers().numberFor(tenant, new QuoteId(UUID.randomUUID()), NOW).value()).isEqualTo(2);
  }

  private int commands;

  private synchronized CommandContext context() {
    commands++;
    return new CommandContext("cmd-" + commands, "hash-" + commands, new Actor(UserId.of("u-owner"), List.of(Role.OWNER)),
        null, null, NOW, OptionalLong.empty());
  }
}

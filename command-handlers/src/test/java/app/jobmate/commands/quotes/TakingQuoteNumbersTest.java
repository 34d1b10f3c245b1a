package app.jobmate.commands.quotes;

import static app.jobmate.commands.quotes.QuoteSpec.BOILER;
import static app.jobmate.commands.quotes.QuoteSpec.DETAILS;
import static app.jobmate.commands.quotes.QuoteSpec.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryQuoteNumbers;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.quotes.QuoteCommand.DraftQuote;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.quotes.QuoteCommand.ReviseQuote;
import app.jobmate.events.Actor;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TakingQuoteNumbersTest {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final TenantId BRIGHTSIDE = TenantId.of("t-brightside");

  private final InMemoryQuoteNumbers numbers = new InMemoryQuoteNumbers();
  private final InMemoryEventStore store = CustomerBook.withCustomer(new InMemoryEventStore(), QuoteSpec.CUSTOMER, ACME,
      BRIGHTSIDE);
  private final QuoteService quotes = new QuoteService(new CommandService(store), numbers,
      new InMemoryQuotePolicies(Map.of()), new CustomerStandings(store));
  private int commands;

  @Test
  void each_first_issue_takes_the_tenants_next_number() {
    assertThat(issueNewQuote(ACME)).isEqualTo(QuoteNumber.of(1));
    assertThat(issueNewQuote(ACME)).isEqualTo(QuoteNumber.of(2));
    assertThat(issueNewQuote(BRIGHTSIDE)).isEqualTo(QuoteNumber.of(1));
  }

  @Test
  void a_refused_issue_uses_up_no_number() {
    QuoteId empty = draft(ACME, List.of());

    assertThatThrownBy(() -> quotes.handle(ACME, new IssueQuote(empty, TODAY, null), context()))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("quote.no-lines"));
    assertThat(issueNewQuote(ACME)).isEqualTo(QuoteNumber.of(1));
  }

  @Test
  void a_retried_issue_takes_no_second_number() {
    QuoteId quote = draft(ACME, List.of(BOILER));
    CommandContext issue = context();

    CommandResult first = quotes.handle(ACME, new IssueQuote(quote, TODAY, null), issue);
    CommandResult retried = quotes.handle(ACME, new IssueQuote(quote, TODAY, null), issue);

    assertThat(retried.replayed()).isTrue();
    assertThat(retried.events()).isEqualTo(first.events());
    assertThat(issueNewQuote(ACME)).isEqualTo(QuoteNumber.of(2));
  }

  @Test
  void a_revision_is_issued_under_its_number_without_taking_another() {
    QuoteId quote = draft(ACME, List.of(BOILER));
    quotes.handle(ACME, new IssueQuote(quote, TODAY, null), context());
    quotes.handle(ACME, new ReviseQuote(quote), context());

    CommandResult reissued = quotes.handle(ACME, new IssueQuote(quote, TODAY, null), context());

    assertThat(reissued.events().getFirst().data().get("number").asLong()).isEqualTo(1);
    assertThat(reissued.events().getFirst().data().get("revision").asInt()).isEqualTo(2);
    assertThat(issueNewQuote(ACME)).isEqualTo(QuoteNumber.of(2));
  }

  @Test
  void of_twenty_concurrent_issues_of_one_draft_one_wins_and_one_number_is_used() throws Exception {
    QuoteId quote = draft(ACME, List.of(BOILER));

    List<Object> outcomes = QuoteRaces.issueConcurrently(quotes, ACME, quote, 20, this::context);

    assertThat(outcomes).filteredOn(CommandResult.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !(o instanceof CommandResult))
        .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Rejection.class,
            r -> assertThat(r.code()).isIn("quote.not-draft", "command.concurrent-update")));
    assertThat(issueNewQuote(ACME)).isEqualTo(QuoteNumber.of(2));
  }

  @Test
  void an_issue_is_priced_by_the_businesss_vat_registration_on_its_day() {
    QuoteService registeringLater = new QuoteService(new CommandService(store), numbers,
        new InMemoryQuotePolicies(Map.of(ACME, new QuotePolicies.QuotePolicy(RoundingPolicy.PER_LINE, 30,
            TODAY.plusDays(1)))), new CustomerStandings(store));
    QuoteId quote = new QuoteId(UUID.randomUUID());
    QuoteId later = new QuoteId(UUID.randomUUID());
    for (QuoteId drafted : List.of(quote, later)) {
      registeringLater.handle(ACME, new DraftQuote(drafted, DETAILS, List.of(BOILER), RoundingPolicy.PER_LINE, 30, false),
          context());
    }

    CommandResult issued = registeringLater.handle(ACME, new IssueQuote(quote, TODAY, null), context());
    CommandResult issuedLater = registeringLater.handle(ACME, new IssueQuote(later, TODAY.plusDays(1), null), context());

    assertThat(issued.events().getFirst().data().at("/totals/vatRegistered").asBoolean()).isFalse();
    assertThat(issued.events().getFirst().data().at("/totals/gross").asLong()).isEqualTo(185_000);
    assertThat(issuedLater.events().getFirst().data().at("/totals/vatRegistered").asBoolean()).isTrue();
  }

  @Test
  void a_new_draft_records_the_tenants_policy() {
    QuoteService perDocument = new QuoteService(new CommandService(store), numbers,
        new InMemoryQuotePolicies(Map.of(ACME, new QuotePolicies.QuotePolicy(RoundingPolicy.PER_DOCUMENT, 14))),
        new CustomerStandings(store));

    assertThat(perDocument.policyOf(ACME)).isEqualTo(new QuotePolicies.QuotePolicy(RoundingPolicy.PER_DOCUMENT, 14));
    assertThat(perDocument.policyOf(BRIGHTSIDE)).isEqualTo(QuotePolicies.QuotePolicy.DEFAULT);
  }

  private QuoteNumber issueNewQuote(TenantId tenant) {
    QuoteId quote = draft(tenant, List.of(BOILER));
    CommandResult issued = quotes.handle(tenant, new IssueQuote(quote, TODAY, null), context());
    return EventJson.mapper().convertValue(issued.events().getFirst().data().get("number"), QuoteNumber.class);
  }

  private QuoteId draft(TenantId tenant, List<app.jobmate.events.quotes.QuoteLine> lines) {
    QuoteId quote = new QuoteId(UUID.randomUUID());
    quotes.handle(tenant, new DraftQuote(quote, DETAILS, lines, RoundingPolicy.PER_LINE, 30), context());
    return quote;
  }

  private synchronized CommandContext context() {
    commands++;
    return new CommandContext("cmd-" + commands, "hash-" + commands, new Actor(UserId.of("u-owner"), List.of(Role.OWNER)),
        null, null, Instant.parse("2026-11-26T10:15:30Z"), OptionalLong.empty());
  }
}

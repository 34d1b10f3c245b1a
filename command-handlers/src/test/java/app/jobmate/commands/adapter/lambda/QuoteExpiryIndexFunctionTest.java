package app.jobmate.commands.adapter.lambda;

import static app.jobmate.commands.expiry.QuoteBook.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryQuoteExpiries;
import app.jobmate.commands.expiry.DueQuote;
import app.jobmate.commands.expiry.QuoteBook;
import app.jobmate.commands.expiry.QuoteBook.Ref;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventTypes;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SQS batches whose bodies are the quote events the rule delivers: the index follows the store, a
 * bad message fails alone, a message the store does not confirm changes nothing and is warned of.
 */
class QuoteExpiryIndexFunctionTest {

  private static final List<String> MESSAGE_IDS = List.of("2e1424d4-f796-459a-8184-9c92662be6da",
      "6c0b0b9f-8d38-4d0c-a4b1-0f5e1c2b7a93", "a8f1b7d2-3c4e-4f5a-9b6c-7d8e9f0a1b2c",
      "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a");
  private static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);
  private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);

  private final QuoteBook book = new QuoteBook();
  private final InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
  private final QuoteExpiryIndexFunction function = new QuoteExpiryIndexFunction(expiries, book.store());

  @Test
  void a_batch_out_of_order_and_with_a_duplicate_leaves_the_index_as_the_quotes_stand() {
    Ref open = book.issued(ACME, NOV_26, DEC_10);
    Ref accepted = book.issued(ACME, NOV_26, DEC_10);
    book.accepted(accepted, LocalDate.of(2026, 12, 1));

    SQSBatchResponse response = function.handleRequest(LambdaEvents.sqs("sqs-quote-expiries-event.json",
        bridged(last(accepted)), bridged(issue(open)), bridged(issue(accepted)), bridged(issue(open))), new TestContext());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(expiries.due(LocalDate.of(2100, 1, 1), Optional.empty(), 10))
        .containsExactly(new DueQuote(ACME, open.quote(), DEC_10, issue(open).version()));
  }

  @Test
  void a_message_that_is_not_an_event_fails_alone_and_what_a_message_carries_is_never_decoded() {
    Ref open = book.issued(ACME, NOV_26, DEC_10);
    String unknownType = bridged(issue(open)).replace("\"eventType\":\"QuoteIssued\"", "\"eventType\":\"QuoteTeleported\"")
        .replace("\"detail-type\": \"QuoteIssued\"", "\"detail-type\": \"QuoteTeleported\"");
    TestContext context = new TestContext();

    SQSBatchResponse response = function.handleRequest(LambdaEvents.sqs("sqs-quote-expiries-event.json",
        "not an event", bridged(issue(open)), unknownType), context);

    assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(MESSAGE_IDS.get(0));
    assertThat(context.logged()).singleElement().asString().contains("poison message " + MESSAGE_IDS.get(0));
    assertThat(expiries.due(LocalDate.of(2100, 1, 1), Optional.empty(), 10)).extracting(DueQuote::quote)
        .containsExactly(open.quote());
  }

  @Test
  void a_forged_closing_event_leaves_the_quote_due_succeeds_and_is_logged_once_as_a_warning() {
    Ref open = book.issued(ACME, NOV_26, DEC_10);
    function.handleRequest(LambdaEvents.sqs("sqs-quote-expiries-event.json", bridged(issue(open))), new TestContext());
    Ref answered = book.issued(ACME, NOV_26, DEC_10);
    book.accepted(answered, LocalDate.of(2026, 12, 1));
    EventEnvelope acceptance = last(answered);
    // the real acceptance of another quote, readdressed to this one at a version far ahead
    EventEnvelope forged = new EventEnvelope(UUID.randomUUID().toString(), acceptance.eventType(),
        acceptance.schemaVersion(), ACME, "quote", open.quote().toString(), 99, acceptance.occurredAt(), "forged", null,
        null, acceptance.actor(), acceptance.data());
    TestContext context = new TestContext();

    SQSBatchResponse response = function.handleRequest(LambdaEvents.sqs("sqs-quote-expiries-event.json", bridged(forged)),
        context);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(context.logged()).singleElement().asString().startsWith("WARN")
        .contains("QuoteAccepted", forged.eventId(), "version 99", "ends at version " + issue(open).version());
    assertThat(expiries.due(LocalDate.of(2100, 1, 1), Optional.empty(), 10))
        .containsExactly(new DueQuote(ACME, open.quote(), DEC_10, issue(open).version()));
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    function.prime();

    assertThat(expiries.recordClosed(TenantId.of("snapstart-priming"), QuoteId.of("00000000-0000-7000-8000-000000000000"),
        1, java.time.Instant.EPOCH)).as("nothing was recorded of the priming quote").isTrue();
  }

  private EventEnvelope issue(Ref quote) {
    return book.history(quote).stream().filter(e -> e.eventType().equals("QuoteIssued")).findFirst().orElseThrow();
  }

  private EventEnvelope last(Ref quote) {
    return book.history(quote).getLast();
  }

  /** The EventBridge event a rule delivers to its queue for {@code envelope}. */
  private static String bridged(EventEnvelope envelope) {
    try {
      String source = EventTypes.byName(envelope.eventType()).orElseThrow().source();
      return LambdaEvents.fixture("eventbridge-event.json")
          .replace("\"EVENT_ID\"", LambdaEvents.quoted(UUID.randomUUID().toString()))
          .replace("\"DETAIL_TYPE\"", LambdaEvents.quoted(envelope.eventType()))
          .replace("\"SOURCE\"", LambdaEvents.quoted(source))
          .replace("\"TIME\"", LambdaEvents.quoted(envelope.occurredAt().toString()))
          .replace("\"DETAIL\"", EventJson.mapper().writeValueAsString(envelope));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

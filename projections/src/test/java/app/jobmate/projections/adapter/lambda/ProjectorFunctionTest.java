package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.mongodb.client.MongoDatabase;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projector function fed SQS events as Lambda delivers them, bodies being EventBridge events. */
class ProjectorFunctionTest {

  private static final String QUOTE = "t-acme#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60";

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final ProjectorFunction function = new ProjectorFunction(readModels, history);

  private Versioned<QuoteDetail> detail() {
    return readModels.find(QuoteDetailProjection.NAME, QuoteDetail.class, QUOTE).orElseThrow();
  }

  @Test
  void a_batch_delivered_out_of_order_builds_the_quote_and_reports_no_failure() {
    SQSEvent batch = Sqs.resource("/events/sqs-quote-events.json");

    SQSBatchResponse response = function.handleRequest(batch, new TestContext());

    assertThat(response.getBatchItemFailures()).isEmpty();
    Versioned<QuoteDetail> detail = detail();
    assertThat(detail.version()).isEqualTo(4);
    assertThat(detail.document().displayNumber()).isEqualTo("Q-00042");
    assertThat(detail.document().totals().gross()).isEqualTo(156_000);
    assertThat(detail.document().totals().deposit()).isEqualTo(39_000);
    assertThat(detail.document().state()).isEqualTo(QuoteStatus.DECLINED);
    assertThat(detail.document().declineReason()).as("schema version 1, upcast on read").isEqualTo(DeclineReason.OTHER);
    assertThat(detail.document().declineNote()).isEqualTo("Went with a cheaper quote");
    assertThat(detail.document().history()).extracting(QuoteDetail.HistoryEntry::by)
        .containsOnly("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");
    Versioned<QuoteListItem> listed = readModels.find(QuoteListProjection.NAME, QuoteListItem.class, QUOTE).orElseThrow();
    assertThat(listed.version()).isEqualTo(4);
    assertThat(listed.document().state()).isEqualTo(QuoteStatus.DECLINED);
  }

  @Test
  void the_same_batch_delivered_again_is_all_duplicates_and_changes_nothing() {
    SQSEvent batch = Sqs.resource("/events/sqs-quote-events.json");
    function.handleRequest(batch, new TestContext());
    Versioned<QuoteDetail> before = detail();

    SQSBatchResponse again = function.handleRequest(Sqs.resource("/events/sqs-quote-events.json"), new TestContext());

    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(detail()).isEqualTo(before);
  }

  @Test
  void a_poison_message_is_the_only_failure_reported_and_is_logged() {
    TestContext context = new TestContext();

    SQSBatchResponse response = function.handleRequest(Sqs.resource("/events/sqs-quote-events-with-poison.json"), context);

    assertThat(Sqs.failed(response)).containsExactly("059f36b4-87a3-44ab-83d2-661975304401");
    assertThat(detail().version()).isEqualTo(2);
    assertThat(context.logged()).singleElement().asString()
        .contains("poison message 059f36b4-87a3-44ab-83d2-661975304401", "receive count 3");
  }

  @Test
  void a_message_ahead_of_what_the_store_has_fails_and_is_applied_when_it_comes_back() {
    List<SQSEvent.SQSMessage> records = Sqs.resource("/events/sqs-quote-events.json").getRecords();
    SQSEvent drafted = single(records.get(0));
    SQSEvent issued = single(records.get(1));
    SQSEvent lineAdded = single(records.get(2));

    function.handleRequest(drafted, new TestContext());
    SQSBatchResponse early = function.handleRequest(issued, new TestContext());
    function.handleRequest(lineAdded, new TestContext());
    SQSBatchResponse redelivered = function.handleRequest(issued, new TestContext());

    assertThat(Sqs.failed(early)).containsExactly(records.get(1).getMessageId());
    assertThat(redelivered.getBatchItemFailures()).isEmpty();
    assertThat(detail().version()).isEqualTo(3);
    assertThat(detail().document().state()).isEqualTo(QuoteStatus.ISSUED);
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    MongoDatabase database = EmbeddedMongo.freshDatabase();
    ProjectorFunction primed = new ProjectorFunction(MongoReadModels.forQuotes(database), history);

    primed.prime();

    assertThat(database.listCollectionNames().into(new HashSet<>())).isEmpty();
  }

  private static SQSEvent single(SQSEvent.SQSMessage message) {
    SQSEvent event = new SQSEvent();
    event.setRecords(List.of(message));
    return event;
  }
}

package app.jobmate.commands.adapter.lambda;

import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.dynamodb.DynamoDbQuoteExpiries;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.expiry.QuoteExpiries;
import app.jobmate.commands.expiry.QuoteExpiryIndex;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.adapter.SqsBatch;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Keeps the quote expiry index: on its own SQS queue, fed by a rule on the quote events that open
 * or close a quote, each message body the EventBridge event whose {@code detail} is the envelope.
 * A message only rings for its quote: the index follows the quote's stream as the event store has
 * it ({@link QuoteExpiryIndex}). The batch response ({@code ReportBatchItemFailures}) names only
 * the messages whose read or write failed; a message that cannot be read (not JSON, no envelope)
 * fails alone; a message the store does not confirm (forged, or of a quote that does not exist)
 * changes nothing, succeeds and is logged once as a warning.
 *
 * <p>Settings: {@code QUOTE_EXPIRIES_TABLE}, {@code EVENTS_TABLE}.
 */
public final class QuoteExpiryIndexFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final QuoteExpiryIndex index;

  public QuoteExpiryIndexFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("QuoteExpiryIndexFunction", this::prime);
  }

  private QuoteExpiryIndexFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbQuoteExpiries(dynamoDb, settings.require("QUOTE_EXPIRIES_TABLE")),
        new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")));
  }

  public QuoteExpiryIndexFunction(QuoteExpiries expiries, EventStore store) {
    this.index = new QuoteExpiryIndex(expiries, store);
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    LambdaLogger logger = context.getLogger();
    return SqsBatch.process(event, BusMessages::envelope, envelopes -> {
      QuoteExpiryIndex.Outcome outcome = index.update(envelopes);
      outcome.unconfirmed().forEach((i, why) -> logger.log("WARN ignored a message the event store does not confirm: "
          + why));
      return outcome.failures();
    }, logger);
  }

  /**
   * Reads a bus message of a customer viewing a quote of a tenant that does not exist, and the
   * stream it rings for: JSON, the envelope, the event store's read and the event codec are
   * loaded, and nothing is written (the store has no such quote).
   */
  void prime() {
    index.update(BusMessages.envelope(PRIMING_MESSAGE));
  }

  private static final String PRIMING_MESSAGE = """
      {"version": "0", "id": "00000000-0000-0000-0000-000000000000", "detail-type": "QuoteViewed",
       "source": "jobmate.quotes", "account": "000000000000", "time": "2000-01-01T00:00:00Z", "region": "eu-west-2",
       "resources": [], "detail": {"eventId": "00000000-0000-7000-8000-000000000000", "eventType": "QuoteViewed",
       "schemaVersion": 1, "tenantId": "snapstart-priming", "streamType": "quote",
       "streamId": "00000000-0000-7000-8000-000000000000", "version": 1, "occurredAt": "2000-01-01T00:00:00Z",
       "data": {"quoteId": "00000000-0000-7000-8000-000000000000", "viewedAt": "2000-01-01T00:00:00Z"}}}
      """;
}

package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbQuoteExpiries;
import app.jobmate.commands.expiry.QuoteExpiries;
import app.jobmate.commands.expiry.QuoteExpiryIndex;
import app.jobmate.events.EventEnvelope;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.adapter.SqsBatch;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Keeps the quote expiry index: on its own SQS queue, fed by a rule on the quote events that open
 * or close a quote, each message body the EventBridge event whose {@code detail} is the envelope.
 * The batch response ({@code ReportBatchItemFailures}) names only the messages whose write failed;
 * a message that cannot be read (not JSON, no envelope, an unknown event type) fails alone.
 *
 * <p>Settings: {@code QUOTE_EXPIRIES_TABLE}.
 */
public final class QuoteExpiryIndexFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final QuoteExpiryIndex index;

  public QuoteExpiryIndexFunction() {
    this(new DynamoDbQuoteExpiries(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        FunctionSettings.current().require("QUOTE_EXPIRIES_TABLE")));
    SnapStartPriming.beforeSnapshot("QuoteExpiryIndexFunction", this::prime);
  }

  public QuoteExpiryIndexFunction(QuoteExpiries expiries) {
    this.index = new QuoteExpiryIndex(expiries);
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.process(event, BusMessages::envelope, this::apply, context.getLogger());
  }

  private Map<Integer, RuntimeException> apply(List<EventEnvelope> envelopes) {
    Map<Integer, RuntimeException> failed = new LinkedHashMap<>();
    for (int i = 0; i < envelopes.size(); i++) {
      try {
        index.apply(envelopes.get(i));
      } catch (RuntimeException e) {
        // each message is about one quote: the others of the batch go on
        failed.put(i, e);
      }
    }
    return failed;
  }

  /**
   * Reads and decodes a bus message of a customer viewing a quote, which changes nothing in the
   * index: JSON, the envelope and the event codec are loaded, and nothing is written.
   */
  void prime() {
    index.apply(BusMessages.envelope(PRIMING_MESSAGE));
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

package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.eventbridge.EventBridgeEventPublisher;
import app.jobmate.commands.outbox.EventPublisher;
import app.jobmate.commands.outbox.OutboxRelay;
import app.jobmate.commands.outbox.OutboxRelay.StreamRecord;
import app.jobmate.events.EventEnvelope;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.EventsTable;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The outbox relay: fed by the events table's stream (NEW_IMAGE), it publishes every event of every
 * inserted commit on the bus. A record it could not publish is reported in the batch response
 * (ReportBatchItemFailures), so the mapping retries from it, bisects, and finally sends it to the
 * on-failure destination.
 */
public final class OutboxRelayFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

  /** Time kept back from the invocation's timeout to answer the batch response. */
  private static final Duration MARGIN = Duration.ofSeconds(2);

  private final OutboxRelay relay;

  /** Wired from the function's settings: {@code EVENT_BUS_NAME}. */
  public OutboxRelayFunction() {
    this(new EventBridgeEventPublisher(EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        FunctionSettings.current().require("EVENT_BUS_NAME")));
  }

  public OutboxRelayFunction(EventPublisher publisher) {
    this(new OutboxRelay(publisher, OutboxRelay.RetryPolicy.DEFAULT, duration -> Thread.sleep(duration),
        ThreadLocalRandom.current()));
  }

  public OutboxRelayFunction(OutboxRelay relay) {
    this.relay = relay;
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    List<StreamRecord> records = new ArrayList<>();
    String unreadable = null;
    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
      // commits are only ever inserted; a MODIFY or REMOVE would be an operator's hand, not an event
      if (!"INSERT".equals(record.getEventName())) {
        continue;
      }
      try {
        records.add(new StreamRecord(record.getDynamodb().getSequenceNumber(), envelopes(record)));
      } catch (IllegalStateException | UncheckedIOException e) {
        // publish what comes before it and report it: the mapping retries it, bisects, then sets it aside
        context.getLogger().log("ERROR " + e.getMessage());
        unreadable = record.getDynamodb().getSequenceNumber();
        break;
      }
    }
    Duration budget = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(MARGIN);
    String firstFailed = relay.relay(records, budget).orElse(unreadable);
    List<StreamsEventResponse.BatchItemFailure> failures = firstFailed == null ? List.of()
        : List.of(StreamsEventResponse.BatchItemFailure.builder().withItemIdentifier(firstFailed).build());
    failures.forEach(f -> context.getLogger().log("WARN outbox relay could not publish record " + f.getItemIdentifier()
        + "; the mapping will retry from it"));
    return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
  }

  private static List<EventEnvelope> envelopes(DynamodbEvent.DynamodbStreamRecord record) {
    Map<String, AttributeValue> image = record.getDynamodb().getNewImage();
    AttributeValue events = image == null ? null : image.get(EventsTable.EVENTS);
    if (events == null || events.getS() == null) {
      throw new IllegalStateException("stream record " + record.getDynamodb().getSequenceNumber()
          + " has no events attribute: is the stream's view type NEW_IMAGE?");
    }
    try {
      return EventsTable.envelopes(events.getS());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("stream record " + record.getDynamodb().getSequenceNumber() + " holds unreadable events", e);
    }
  }
}

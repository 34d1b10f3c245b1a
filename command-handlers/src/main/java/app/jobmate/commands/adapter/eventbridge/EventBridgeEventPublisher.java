package app.jobmate.commands.adapter.eventbridge;

import app.jobmate.commands.outbox.EventPublisher;
import app.jobmate.commands.outbox.PublishEntry;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Publishes on an EventBridge bus with one PutEvents call; entries answer in order. */
public final class EventBridgeEventPublisher implements EventPublisher {

  /** PutEvents entry error codes worth another try; any other (MalformedDetail, AccessDenied...) is permanent. */
  private static final Set<String> RETRYABLE = Set.of("InternalFailure", "InternalException", "ThrottlingException",
      "ServiceUnavailable", "ServiceUnavailableException");

  private final EventBridgeClient eventBridge;
  private final String busName;

  public EventBridgeEventPublisher(EventBridgeClient eventBridge, String busName) {
    this.eventBridge = eventBridge;
    this.busName = busName;
  }

  @Override
  public List<Outcome> publish(List<PublishEntry> entries) {
    PutEventsRequest request = PutEventsRequest.builder().entries(entries.stream()
        .map(e -> PutEventsRequestEntry.builder().eventBusName(busName).source(e.source()).detailType(e.detailType())
            .detail(e.detail()).time(e.envelope().occurredAt()).build())
        .toList()).build();
    List<PutEventsResultEntry> results;
    try {
      results = eventBridge.putEvents(request).entries();
    } catch (SdkServiceException e) {
      throw new PublishUnavailable("PutEvents failed: " + e.getMessage(), e.isThrottlingException() || e.statusCode() >= 500, e);
    } catch (SdkClientException e) {
      // a timeout or a broken connection: the events may or may not be on the bus
      throw new PublishUnavailable("PutEvents did not answer: " + e.getMessage(), true, e);
    }
    if (results.size() != entries.size()) {
      throw new PublishUnavailable("PutEvents answered " + results.size() + " entries for " + entries.size(), true, null);
    }
    return results.stream().map(EventBridgeEventPublisher::outcome).toList();
  }

  private static Outcome outcome(PutEventsResultEntry result) {
    if (result.errorCode() == null) {
      return new Outcome.Published(result.eventId());
    }
    return new Outcome.Failed(result.errorCode(), result.errorMessage(), RETRYABLE.contains(result.errorCode()));
  }
}

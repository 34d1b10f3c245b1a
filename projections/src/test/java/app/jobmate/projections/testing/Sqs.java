package app.jobmate.projections.testing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * SQS events as Lambda receives them from a queue fed by an EventBridge rule: each body is the whole
 * EventBridge event, the envelope its {@code detail}. Events are written as the JSON the service
 * sends and read back with the Lambda runtime's own serializers.
 */
public final class Sqs {

  private Sqs() {
  }

  /** One delivery of a message: its id, its body and how often it has been received. */
  public record Message(String messageId, String body, int receiveCount) {
    public Message redelivered() {
      return new Message(messageId, body, receiveCount + 1);
    }
  }

  public static Message message(EventEnvelope envelope) {
    return new Message(UUID.randomUUID().toString(), eventBridgeEvent(envelope), 1);
  }

  /** The EventBridge event the outbox relay's PutEvents entry becomes. */
  public static String eventBridgeEvent(EventEnvelope envelope) {
    ObjectNode event = EventJson.mapper().createObjectNode()
        .put("version", "0")
        .put("id", UUID.nameUUIDFromBytes(envelope.eventId().getBytes(StandardCharsets.UTF_8)).toString())
        .put("detail-type", envelope.eventType())
        .put("source", EventTypes.byName(envelope.eventType()).map(EventType::source).orElse("jobmate.unknown"))
        .put("account", "123456789012")
        .put("time", envelope.occurredAt().toString().replaceAll("\\.\\d+Z$", "Z"))
        .put("region", "eu-west-2");
    event.putArray("resources");
    event.set("detail", EventJson.mapper().valueToTree(envelope));
    return event.toString();
  }

  public static SQSEvent event(List<Message> messages) {
    ObjectNode json = EventJson.mapper().createObjectNode();
    ArrayNode records = json.putArray("Records");
    for (Message m : messages) {
      ObjectNode record = records.addObject()
          .put("messageId", m.messageId())
          .put("receiptHandle", "AQEB" + m.messageId().replace("-", ""))
          .put("body", m.body())
          .put("md5OfBody", "0b26e313ed4a7ca6904b0e9369e5b957")
          .put("eventSource", "aws:sqs")
          .put("eventSourceARN", "arn:aws:sqs:eu-west-2:123456789012:jobmate-dev-quote-projector")
          .put("awsRegion", "eu-west-2");
      record.putObject("attributes")
          .put("ApproximateReceiveCount", Integer.toString(m.receiveCount()))
          .put("SentTimestamp", "1774000000000")
          .put("SenderId", "AIDAIENQZJOLO23YVJ4VO")
          .put("ApproximateFirstReceiveTimestamp", "1774000000100");
      record.putObject("messageAttributes");
    }
    return fromJson(json.toString());
  }

  /** An SQS event from its JSON, as the Lambda Java runtime reads it. */
  public static SQSEvent fromJson(String json) {
    return LambdaEventSerializers.serializerFor(SQSEvent.class, Sqs.class.getClassLoader()).fromJson(json);
  }

  public static SQSEvent resource(String name) {
    try (InputStream in = Sqs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> failed(SQSBatchResponse response) {
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
  }
}

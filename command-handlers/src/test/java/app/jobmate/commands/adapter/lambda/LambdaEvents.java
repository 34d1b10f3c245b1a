package app.jobmate.commands.adapter.lambda;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventTypes;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Event JSON as AWS sends it, read the way the Lambda Java runtime reads it. */
final class LambdaEvents {

  private LambdaEvents() {
  }

  static String fixture(String name) {
    try (InputStream in = LambdaEvents.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An SQS event from {@code fixture} (records with bodies {@code "BODY_1"}, {@code "BODY_2"}, ...) carrying {@code bodies}. */
  static SQSEvent sqs(String fixture, String... bodies) {
    String json = fixture(fixture);
    for (int i = 0; i < bodies.length; i++) {
      json = json.replace("\"BODY_" + (i + 1) + "\"", quoted(bodies[i]));
    }
    SQSEvent event = read(json, SQSEvent.class);
    // a fixture holds more records than a test may fill
    event.setRecords(List.copyOf(event.getRecords().subList(0, bodies.length)));
    return event;
  }

  /** The EventBridge event a rule delivers to its queue for {@code envelope}. */
  static String bridged(EventEnvelope envelope) {
    try {
      String source = EventTypes.byName(envelope.eventType()).orElseThrow().source();
      return fixture("eventbridge-event.json")
          .replace("\"EVENT_ID\"", quoted(UUID.randomUUID().toString()))
          .replace("\"DETAIL_TYPE\"", quoted(envelope.eventType()))
          .replace("\"SOURCE\"", quoted(source))
          .replace("\"TIME\"", quoted(envelope.occurredAt().toString()))
          .replace("\"DETAIL\"", EventJson.mapper().writeValueAsString(envelope));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String quoted(String text) {
    try {
      return EventJson.mapper().writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader()).fromJson(json);
  }
}

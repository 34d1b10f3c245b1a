package app.jobmate.testing;

import app.jobmate.events.EventJson;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Event JSON as AWS sends it, read (and answers written) the way the Lambda Java runtime does.
 * Fixtures are the calling module's test resources under {@code /events}.
 */
public final class LambdaEvents {

  private LambdaEvents() {
  }

  /** The text of {@code /events/<name>} on the test classpath. */
  public static String fixture(String name) {
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
  public static SQSEvent sqs(String fixture, String... bodies) {
    String json = fixture(fixture);
    for (int i = 0; i < bodies.length; i++) {
      json = json.replace("\"BODY_" + (i + 1) + "\"", quoted(bodies[i]));
    }
    SQSEvent event = read(json, SQSEvent.class);
    // a fixture holds more records than a test may fill
    event.setRecords(List.copyOf(event.getRecords().subList(0, bodies.length)));
    return event;
  }

  /** {@code text} as a JSON string literal, quotes included. */
  public static String quoted(String text) {
    try {
      return EventJson.mapper().writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An AWS event type from its JSON, read by the runtime's serializer for that type. */
  public static <T> T read(String json, Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader()).fromJson(json);
  }

  /** JSON for a handler whose input is a plain type (a {@code Map}), read as the runtime reads it: with Jackson. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(String json) {
    return (Map<String, Object>) JacksonFactory.getInstance().getSerializer(Map.class)
        .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** A handler's answer as the runtime writes it back to AWS. */
  @SuppressWarnings("unchecked")
  public static <T> String write(T response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LambdaEventSerializers.serializerFor((Class<T>) response.getClass(), LambdaEvents.class.getClassLoader())
        .toJson(response, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

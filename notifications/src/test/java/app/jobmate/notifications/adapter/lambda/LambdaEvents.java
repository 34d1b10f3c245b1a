package app.jobmate.notifications.adapter.lambda;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

  static <T> T read(String json, Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader()).fromJson(json);
  }

  /** A handler's answer as the runtime writes it back to AWS. */
  @SuppressWarnings("unchecked")
  static <T> String write(T response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LambdaEventSerializers.serializerFor((Class<T>) response.getClass(), LambdaEvents.class.getClassLoader())
        .toJson(response, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

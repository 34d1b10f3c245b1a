package app.jobmate.loadtests.coldstart;

import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.upcasting.EventUpcasters;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Runs in a fresh JVM, as a Lambda cold start does, and prints one line of timings in
 * milliseconds since the JVM started. Modes:
 * <ul>
 *   <li>{@code function <eventJson> <handlerClass>}: deserialize the event as the runtime does,
 *       construct the handler (init), invoke it once;</li>
 *   <li>{@code upcast}: read a stored v1 payload through the upcaster chain;</li>
 *   <li>{@code jackson}: read the current payload with Jackson alone (the baseline for upcast).</li>
 * </ul>
 */
public final class ColdStartProbe {

  private ColdStartProbe() {
  }

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainAt = System.currentTimeMillis() - jvmStart;
    switch (args[0]) {
      case "function" -> function(args, jvmStart, mainAt);
      case "upcast" -> {
        JsonNode v1 = EventJson.mapper().readTree("{\"quoteId\":\"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60\","
            + "\"declinedAt\":\"2026-03-01T09:30:00Z\",\"reason\":\"Too dear\"}");
        EventEnvelope stored = envelope(1, v1);
        List<EventEnvelope> read = EventUpcasters.standard().upcast(List.of(stored));
        QuoteDeclined declined = EventJson.mapper().treeToValue(read.getFirst().data(), QuoteDeclined.class);
        print(jvmStart, mainAt, "read", declined.reason().wireName());
      }
      case "jackson" -> {
        JsonNode v2 = EventJson.mapper().readTree("{\"quoteId\":\"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60\","
            + "\"declinedAt\":\"2026-03-01T09:30:00Z\",\"reason\":\"other\",\"note\":\"Too dear\"}");
        QuoteDeclined declined = EventJson.mapper().treeToValue(envelope(2, v2).data(), QuoteDeclined.class);
        print(jvmStart, mainAt, "read", declined.reason().wireName());
      }
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  @SuppressWarnings("unchecked")
  private static void function(String[] args, long jvmStart, long mainAt) throws Exception {
    String json = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    APIGatewayV2HTTPEvent event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
        ColdStartProbe.class.getClassLoader()).fromJson(json);
    long initStart = System.currentTimeMillis() - jvmStart;
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
        (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(args[2])
            .getDeclaredConstructor().newInstance();
    long initEnd = System.currentTimeMillis() - jvmStart;
    APIGatewayV2HTTPResponse response = handler.handleRequest(event, new ProbeContext());
    long done = System.currentTimeMillis() - jvmStart;
    System.out.println("PROBE main=" + mainAt + " initStart=" + initStart + " init=" + (initEnd - initStart)
        + " invoke=" + (done - initEnd) + " total=" + done + " status=" + response.getStatusCode());
    if (response.getStatusCode() >= 300) {
      System.out.println("PROBE-BODY " + response.getBody());
    }
  }

  private static void print(long jvmStart, long mainAt, String what, String result) {
    long done = System.currentTimeMillis() - jvmStart;
    System.out.println("PROBE main=" + mainAt + " " + what + "=" + (done - mainAt) + " total=" + done + " result=" + result);
  }

  private static EventEnvelope envelope(int schemaVersion, JsonNode data) {
    return new EventEnvelope("0193a5b2-0000-7000-8000-000000000001", "QuoteDeclined", schemaVersion,
        TenantId.of("t-acme"), "quote", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60", 7, Instant.parse("2026-03-01T09:30:00Z"),
        "cmd-1", "cmd-1", "cmd-1", new Actor(UserId.of("u-1"), List.of(Role.OWNER)), data);
  }

  private static final class ProbeContext implements Context {
    @Override public String getAwsRequestId() { return "cold-start"; }
    @Override public String getLogGroupName() { return "probe"; }
    @Override public String getLogStreamName() { return "probe"; }
    @Override public String getFunctionName() { return "probe"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-2:000000000000:function:probe"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 30_000; }
    @Override public int getMemoryLimitInMB() { return 1024; }
    @Override public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override public void log(String message) { System.err.println(message); }
        @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
      };
    }
  }
}

package app.jobmate.localcloud.sns;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.http.HttpExchange;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * SNS's Publish to a phone number, as the local cloud answers it: the SDK's AWS Query request
 * ({@code Action=Publish}, form-encoded, on the services port) is captured, never sent. Each text is
 * kept (the newest 1,000 in memory, every one appended to {@code <data>/text-messages.jsonl}),
 * logged on one line, and listed newest first at {@code GET /local/text-messages} on the API port,
 * where a developer reads what would have reached a phone. Publishing to a topic is refused, as the
 * functions' policy refuses it in AWS.
 */
public final class LocalSns {

  static final int KEPT = 1000;
  private static final String XMLNS = "http://sns.amazonaws.com/doc/2010-03-31/";

  /** A text as a function published it. */
  public record Text(String messageId, String phoneNumber, String message, String senderId, String smsType,
                     Instant sentAt) {
  }

  private final Deque<Text> texts = new ArrayDeque<>();
  private final Path file;
  private final Consumer<String> log;

  private LocalSns(Path file, Consumer<String> log) {
    this.file = file;
    this.log = log;
  }

  /** The texts captured under {@code data}, none yet in memory (earlier runs' are in the file). */
  public static LocalSns open(Path data, Consumer<String> log) {
    return new LocalSns(data.resolve("text-messages.jsonl"), log);
  }

  /** Whether the request is an AWS Query call (a form with an {@code Action}): SNS's protocol. */
  public static boolean isQueryCall(HttpExchange.Request request) {
    return request.method().equals("POST") && request.header("x-amz-target").isEmpty()
        && request.header("content-type").map(t -> t.startsWith("application/x-www-form-urlencoded")).orElse(false);
  }

  /** Answers one SNS call: Publish to a phone number captured; anything else refused as SNS refuses it. */
  public HttpExchange.Response handle(HttpExchange.Request request) {
    Map<String, String> form = form(new String(request.body(), StandardCharsets.UTF_8));
    String action = form.getOrDefault("Action", "");
    if (!action.equals("Publish")) {
      return error(400, "InvalidAction", "the local cloud serves SNS's Publish to a phone number only, not " + action);
    }
    String phone = form.get("PhoneNumber");
    String message = form.get("Message");
    if (phone == null || !phone.matches("\\+[1-9]\\d{6,14}")) {
      return error(400, "InvalidParameter", "Invalid parameter: PhoneNumber (E.164, as SMS needs it; topics are not served)");
    }
    if (message == null || message.isEmpty()) {
      return error(400, "InvalidParameter", "Invalid parameter: Empty message");
    }
    Map<String, String> attributes = attributes(form);
    Text text = new Text(UUID.randomUUID().toString(), phone, message, attributes.get("AWS.SNS.SMS.SenderID"),
        attributes.get("AWS.SNS.SMS.SMSType"), Instant.now());
    capture(text);
    String requestId = UUID.randomUUID().toString();
    String xml = "<PublishResponse xmlns=\"" + XMLNS + "\"><PublishResult><MessageId>" + text.messageId()
        + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + requestId
        + "</RequestId></ResponseMetadata></PublishResponse>";
    return xml(200, xml).withHeader("x-amzn-requestid", requestId);
  }

  /** {@code GET /local/text-messages}: the texts captured since the local cloud started, newest first. */
  public Optional<HttpExchange.Response> handleLocal(HttpExchange.Request request) {
    if (!request.rawPath().equals("/local/text-messages") || !request.method().equals("GET")) {
      return Optional.empty();
    }
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Text text : captured()) {
      list.add(json(text));
    }
    return Optional.of(HttpExchange.Response.json(200, Json.text(Json.object().set("textMessages", list))));
  }

  /** The texts captured, newest first. */
  public synchronized List<Text> captured() {
    return List.copyOf(texts);
  }

  private synchronized void capture(Text text) {
    texts.addFirst(text);
    while (texts.size() > KEPT) {
      texts.removeLast();
    }
    try {
      Files.writeString(file, Json.text(json(text)) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the text in " + file, e);
    }
    log.accept("sns: text to " + text.phoneNumber() + " from " + text.senderId() + ": " + text.message());
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode json(Text text) {
    return Json.object().put("messageId", text.messageId()).put("phoneNumber", text.phoneNumber())
        .put("message", text.message()).put("senderId", text.senderId()).put("smsType", text.smsType())
        .put("sentAt", text.sentAt().toString());
  }

  /** {@code MessageAttributes.entry.N.Name} and {@code .Value.StringValue}, by name. */
  private static Map<String, String> attributes(Map<String, String> form) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int n = 1; form.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
      attributes.put(form.get("MessageAttributes.entry." + n + ".Name"),
          form.get("MessageAttributes.entry." + n + ".Value.StringValue"));
    }
    return attributes;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.put(name, value);
    }
    return form;
  }

  private static HttpExchange.Response error(int status, String code, String message) {
    String requestId = UUID.randomUUID().toString();
    return xml(status, "<ErrorResponse xmlns=\"" + XMLNS + "\"><Error><Type>Sender</Type><Code>" + code
        + "</Code><Message>" + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error><RequestId>"
        + requestId + "</RequestId></ErrorResponse>").withHeader("x-amzn-requestid", requestId);
  }

  private static HttpExchange.Response xml(int status, String xml) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", new java.util.ArrayList<>(List.of("text/xml")));
    return new HttpExchange.Response(status, headers, xml.getBytes(StandardCharsets.UTF_8));
  }
}

package app.jobmate.localcloud.events;

import static app.jobmate.localcloud.template.Intrinsics.ACCOUNT_ID;
import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.sqs.LocalSqs;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/**
 * EventBridge on this machine: the template's buses (and {@code default}), their rules' event
 * patterns compiled with AWS's event-ruler, and {@code PutEvents} answered in the EventBridge JSON
 * protocol. Matching events are delivered to the rules' SQS targets before {@code PutEvents}
 * answers. Queue policies are not checked (there is no authorization locally).
 */
public final class LocalEventBridge {

  public static final String TARGET_PREFIX = "AWSEvents.";
  private static final int MAX_ENTRIES = 10;
  private static final int MAX_REQUEST_BYTES = 256 * 1024;

  /** A rule's target: a queue, with the optional {@code Input} / {@code InputPath} and FIFO message group. */
  record Target(String id, String queueArn, JsonNode input, String inputPath, String messageGroupId) {
  }

  record Rule(String name, String bus, List<Target> targets) {
  }

  /** The answer to a request: HTTP status and JSON body, as EventBridge gives them. */
  public record Answer(int status, JsonNode body) {
  }

  private final Map<String, Machine> machines = new HashMap<>();
  private final Map<String, Rule> rules = new HashMap<>();
  private final LocalSqs sqs;
  private final Consumer<String> log;

  private LocalEventBridge(LocalSqs sqs, Consumer<String> log) {
    this.sqs = sqs;
    this.log = log;
    machines.put("default", new Machine());
  }

  public static LocalEventBridge fromTemplate(Intrinsics intrinsics, LocalSqs sqs, Consumer<String> log) {
    LocalEventBridge bridge = new LocalEventBridge(sqs, log);
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (resource.is("AWS::Events::EventBus") && intrinsics.isDeployed(resource)) {
        bridge.machines.put(LocalResourceNames.busName(resource, intrinsics), new Machine());
      }
    }
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (resource.is("AWS::Events::Rule") && intrinsics.isDeployed(resource)) {
        bridge.addRule(resource, intrinsics);
      }
    }
    return bridge;
  }

  private void addRule(Template.Resource resource, Intrinsics intrinsics) {
    ObjectNode properties = intrinsics.properties(resource);
    if (properties.path("State").asText("ENABLED").equals("DISABLED") || !properties.has("EventPattern")) {
      return; // scheduled rules are not emulated
    }
    String bus = busName(properties.path("EventBusName").asText("default"));
    Machine machine = machines.get(bus);
    if (machine == null) {
      throw new IllegalArgumentException("rule " + resource.logicalId() + " is on unknown event bus " + bus);
    }
    JsonNode pattern = properties.get("EventPattern");
    String patternText = pattern.isTextual() ? pattern.asText() : Json.text(pattern);
    String name = LocalResourceNames.ruleName(resource, intrinsics);
    try {
      // JsonRuleCompiler understands $or, which the older RuleCompiler does not
      for (var compiled : JsonRuleCompiler.compile(patternText)) {
        machine.addPatternRule(name, compiled);
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("rule " + resource.logicalId() + " has an event pattern event-ruler rejects: " + e.getMessage(), e);
    }
    List<Target> targets = new ArrayList<>();
    for (JsonNode target : properties.path("Targets")) {
      String arn = target.path("Arn").asText();
      if (!arn.startsWith("arn:aws:sqs:")) {
        log.accept("rule " + name + ": target " + arn + " is not an SQS queue; the local cloud delivers to SQS targets only");
        continue;
      }
      targets.add(new Target(target.path("Id").asText(), arn, target.get("Input"), target.path("InputPath").asText(null),
          target.path("SqsParameters").path("MessageGroupId").asText(null)));
    }
    rules.put(name, new Rule(name, bus, targets));
  }

  private static String busName(String nameOrArn) {
    return nameOrArn.startsWith("arn:") ? LocalResourceNames.nameInArn(nameOrArn) : nameOrArn;
  }

  /** An outage to rehearse: the next {@code calls} PutEvents calls fail whole, with this status and error. */
  public record Outage(int calls, int status, String errorType, String message) {
  }

  private final AtomicReference<Outage> outage = new AtomicReference<>();

  /** Makes the next calls fail, as an EventBridge outage or a revoked permission would. */
  public void failNextCalls(Outage next) {
    outage.set(next);
  }

  /**
   * A partial failure to rehearse: in each of the next {@code calls} PutEvents calls, each valid
   * entry fails with {@code errorCode} with probability {@code share} (drawn from {@code seed}) and
   * is not delivered; the others are. The call answers 200 with {@code FailedEntryCount}, as AWS does
   * when it throttles some entries of a call.
   */
  public record EntryFailures(int calls, double share, String errorCode, long seed) {
  }

  private final AtomicReference<EntryFailures> entryFailures = new AtomicReference<>();
  private volatile Random entryFailureDraws;
  private final AtomicLong refusedOnPurpose = new AtomicLong();

  /** Makes some entries of the next calls fail, as throttling or an internal error of EventBridge would. */
  public void failSomeEntries(EntryFailures next) {
    entryFailureDraws = new Random(next.seed());
    entryFailures.set(next);
  }

  /** Ends every rehearsed failure (outage and partial failure) still to come. */
  public void stopFailing() {
    outage.set(null);
    entryFailures.set(null);
  }

  /** How many calls (outages) and entries (partial failures) the rehearsed failures have refused so far. */
  public long refusedOnPurpose() {
    return refusedOnPurpose.get();
  }

  /** Answers one request of the EventBridge JSON protocol ({@code X-Amz-Target: AWSEvents.<operation>}). */
  public Answer handle(String target, byte[] body) {
    Outage current = outage.getAndUpdate(o -> o == null || o.calls() <= 1 ? null
        : new Outage(o.calls() - 1, o.status(), o.errorType(), o.message()));
    if (current != null) {
      refusedOnPurpose.incrementAndGet();
      return error(current.status(), current.errorType(), current.message());
    }
    String operation = target.substring(TARGET_PREFIX.length());
    if (!operation.equals("PutEvents")) {
      return error(400, "UnknownOperationException", "the local cloud's EventBridge supports PutEvents only, not " + operation);
    }
    JsonNode request;
    try {
      request = Json.parse(body);
    } catch (RuntimeException e) {
      return error(400, "SerializationException", "request body is not JSON");
    }
    JsonNode entries = request.path("Entries");
    if (!entries.isArray() || entries.isEmpty()) {
      return error(400, "ValidationException",
          "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null");
    }
    if (entries.size() > MAX_ENTRIES) {
      return error(400, "ValidationException", "1 validation error detected: Value '" + entries
          .size() + "' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10");
    }
    if (requestSize(entries) > MAX_REQUEST_BYTES) {
      return error(400, "ValidationException", "Total size of the entries in the request is over the limit.");
    }
    EntryFailures failing = entryFailures.getAndUpdate(f -> f == null || f.calls() <= 1 ? null
        : new EntryFailures(f.calls() - 1, f.share(), f.errorCode(), f.seed()));
    ObjectNode answer = Json.object();
    ArrayNode results = answer.putArray("Entries");
    int failed = 0;
    for (JsonNode entry : entries) {
      ObjectNode result = results.addObject();
      String problem = problem(entry);
      if (problem == null && failing != null && drawFailure(failing)) {
        refusedOnPurpose.incrementAndGet();
        problem = failing.errorCode() + "|The entry was not put on the bus (a failure rehearsed by the local cloud).";
      }
      if (problem != null) {
        failed++;
        String[] codeAndMessage = problem.split("\\|", 2);
        result.put("ErrorCode", codeAndMessage[0]).put("ErrorMessage", codeAndMessage[1]);
        continue;
      }
      String eventId = UUID.randomUUID().toString();
      result.put("EventId", eventId);
      deliver(busName(entry.path("EventBusName").asText("default")), event(entry, eventId));
    }
    answer.put("FailedEntryCount", failed);
    return new Answer(200, answer);
  }

  private boolean drawFailure(EntryFailures failing) {
    Random draws = entryFailureDraws;
    synchronized (draws) {
      return draws.nextDouble() < failing.share();
    }
  }

  /** EventBridge's per-entry checks; a failed entry is reported in place and the others go on. */
  private String problem(JsonNode entry) {
    for (String required : List.of("Source", "DetailType", "Detail")) {
      if (!entry.hasNonNull(required) || entry.get(required).asText().isEmpty()) {
        return "InvalidArgument|Parameter " + required + " is not valid. Reason: " + required + " is a required argument.";
      }
    }
    if (entry.get("Source").asText().startsWith("aws.")) {
      return "NotAuthorizedForSourceException|Not authorized for the source.";
    }
    try {
      if (!Json.parse(entry.get("Detail").asText()).isObject()) {
        return "MalformedDetail|Detail is malformed.";
      }
    } catch (RuntimeException e) {
      return "MalformedDetail|Detail is malformed.";
    }
    String bus = busName(entry.path("EventBusName").asText("default"));
    if (!machines.containsKey(bus)) {
      return "InvalidArgument|Event bus " + bus + " does not exist.";
    }
    return null;
  }

  /** The entry size EventBridge counts: 14 bytes for Time plus the UTF-8 bytes of the other fields. */
  private static int requestSize(JsonNode entries) {
    int size = 0;
    for (JsonNode entry : entries) {
      size += entry.has("Time") ? 14 : 0;
      for (String field : List.of("Source", "DetailType", "Detail", "EventBusName")) {
        size += entry.path(field).asText("").getBytes(StandardCharsets.UTF_8).length;
      }
      for (JsonNode resource : entry.path("Resources")) {
        size += resource.asText().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return size;
  }

  private static ObjectNode event(JsonNode entry, String eventId) {
    Instant time = entry.has("Time") ? Instant.ofEpochMilli((long) (entry.get("Time").asDouble() * 1000)) : Instant.now();
    ObjectNode event = Json.object();
    event.put("version", "0");
    event.put("id", eventId);
    event.put("detail-type", entry.get("DetailType").asText());
    event.put("source", entry.get("Source").asText());
    event.put("account", ACCOUNT_ID);
    event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
    event.put("region", REGION);
    ArrayNode resources = event.putArray("resources");
    entry.path("Resources").forEach(resources::add);
    event.set("detail", Json.parse(entry.get("Detail").asText()));
    return event;
  }

  private void deliver(String bus, ObjectNode event) {
    List<String> matched = machines.get(bus).rulesForJSONEvent(event);
    for (String ruleName : matched.stream().distinct().toList()) {
      for (Target target : rules.get(ruleName).targets()) {
        String body = target.input() != null && target.input().isTextual() ? target.input().asText()
            : sqsBody(target.input() != null ? target.input() : target.inputPath() != null ? at(event, target.inputPath()) : event);
        String url = sqs.urlOfArn(target.queueArn());
        try {
          sqs.client().sendMessage(r -> {
            r.queueUrl(url).messageBody(body);
            if (target.messageGroupId() != null) {
              r.messageGroupId(target.messageGroupId()).messageDeduplicationId(event.get("id").asText());
            }
          });
        } catch (SdkException e) {
          // PutEvents has accepted the event; a target that refuses it must not fail the call (the client would send every entry again)
          log.accept("EventBridge: event " + event.get("id").asText() + " of rule " + ruleName + " could not be delivered to " + url
              + " (" + e.getMessage() + "); AWS would retry it for up to 24 hours, then drop it");
        }
      }
    }
  }

  /** The event as JSON SQS takes: characters SQS refuses in a body (an unpaired surrogate, U+FFFE) escaped, the rest as they are. */
  private static String sqsBody(JsonNode json) {
    String text = Json.text(json);
    return text.codePoints().allMatch(LocalEventBridge::allowedBySqs) ? text
        : new String(Json.asciiBytes(json), StandardCharsets.US_ASCII);
  }

  /** SQS's message body characters: #x9, #xA, #xD, #x20 to #xD7FF, #xE000 to #xFFFD, #x10000 to #x10FFFF. */
  private static boolean allowedBySqs(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }

  /** A JSONPath of the simple form EventBridge targets use ({@code $.detail.x}). */
  private static JsonNode at(JsonNode event, String path) {
    JsonNode node = event;
    for (String part : path.replaceFirst("^\\$\\.?", "").split("\\.")) {
      if (!part.isEmpty()) {
        node = node.path(part);
      }
    }
    return node;
  }

  private static Answer error(int status, String type, String message) {
    return new Answer(status, Json.object().put("__type", type).put("message", message));
  }
}

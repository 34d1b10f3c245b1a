package app.jobmate.localcloud.drills;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The {@code events} table as the drills read it, through the SDK (the layout is the
 * command-handlers README's), and the folds the invariants compare the read models with. The folds
 * are the test's own, written from the events' schemas, not the projections' code.
 */
record Store(Map<String, Stream> streams) {

  /** One commit item. */
  record Commit(String stream, long number, String commandId, long firstVersion, long lastVersion, List<JsonNode> events) {
  }

  /** A stream ({@code <tenantId>#<streamType>#<id>}) and its events in version order. */
  record Stream(String key, String tenantId, String type, String id, List<Commit> commits, List<JsonNode> events) {

    long lastVersion() {
      return events.isEmpty() ? 0 : events.getLast().path("version").asLong();
    }

    /** The events up to and including {@code version}. */
    List<JsonNode> upTo(long version) {
      return events.stream().filter(e -> e.path("version").asLong() <= version).toList();
    }
  }

  static Store read(DynamoDbClient dynamoDb, String table) {
    Map<String, List<Commit>> commits = new TreeMap<>();
    for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true)
        .build()).items()) {
      String stream = item.get("stream").s();
      List<JsonNode> events = new ArrayList<>();
      Json.parse(item.get("events").s()).forEach(events::add);
      commits.computeIfAbsent(stream, s -> new ArrayList<>()).add(new Commit(stream, Long.parseLong(item.get("commit").n()),
          item.get("commandId").s(), Long.parseLong(item.get("firstVersion").n()), Long.parseLong(item.get("lastVersion").n()),
          events));
    }
    Map<String, Stream> streams = new TreeMap<>();
    commits.forEach((key, list) -> {
      list.sort(Comparator.comparingLong(Commit::number));
      List<JsonNode> events = new ArrayList<>();
      list.forEach(c -> events.addAll(c.events()));
      events.sort(Comparator.comparingLong(e -> e.path("version").asLong()));
      String[] parts = key.split("#", 3);
      streams.put(key, new Stream(key, parts[0], parts[1], parts[2], List.copyOf(list), List.copyOf(events)));
    });
    return new Store(streams);
  }

  long eventCount() {
    return streams.values().stream().mapToLong(s -> s.events().size()).sum();
  }

  List<Stream> ofType(String type) {
    return streams.values().stream().filter(s -> s.type().equals(type)).toList();
  }

  /** A quote as its events make it (states as the read models name them). */
  record Quote(String state, String title, Long gross, LocalDate firstIssuedOn, String validUntil, boolean open,
               long lastExpiryEventVersion, Set<Long> stateChanges) {
  }

  /** The quote events the expiry index's rule delivers (template: QuoteExpiryRule). */
  static final Set<String> EXPIRY_EVENTS = Set.of("QuoteIssued", "QuoteAccepted", "QuoteDeclined", "QuoteExpired",
      "QuoteWithdrawn", "QuoteRevised", "QuoteConvertedToJob");

  static Quote quote(List<JsonNode> events) {
    String state = null;
    String title = null;
    Long gross = null;
    LocalDate firstIssuedOn = null;
    String validUntil = null;
    boolean open = false;
    long lastExpiryEvent = 0;
    Set<Long> stateChanges = new LinkedHashSet<>();
    for (JsonNode event : events) {
      JsonNode data = event.path("data");
      long version = event.path("version").asLong();
      String type = event.path("eventType").asText();
      String next = switch (type) {
        case "QuoteDrafted", "QuoteRevised" -> "DRAFT";
        case "QuoteIssued" -> "ISSUED";
        case "QuoteViewed" -> "VIEWED";
        case "QuoteAccepted" -> "ACCEPTED";
        case "QuoteDeclined" -> "DECLINED";
        case "QuoteExpired" -> "EXPIRED";
        case "QuoteWithdrawn" -> "WITHDRAWN";
        default -> null;
      };
      if (next != null || type.equals("QuoteConvertedToJob")) {
        stateChanges.add(version);
      }
      if (next != null) {
        state = next;
      }
      if (type.equals("QuoteDrafted") || type.equals("QuoteDetailsChanged")) {
        title = data.path("title").asText();
      }
      if (type.equals("QuoteIssued") || type.equals("QuoteAccepted")) {
        gross = data.path("totals").path("gross").asLong();
      }
      if (type.equals("QuoteIssued")) {
        if (firstIssuedOn == null) {
          firstIssuedOn = LocalDate.parse(data.path("issuedOn").asText());
        }
        validUntil = data.path("validUntil").asText();
      }
      if (EXPIRY_EVENTS.contains(type)) {
        lastExpiryEvent = version;
        open = type.equals("QuoteIssued");
      }
    }
    return new Quote(state, title, gross, firstIssuedOn, validUntil, open, lastExpiryEvent, stateChanges);
  }

  /** A task as its events make it (status as the read model names it). */
  record Task(String status, String title, String assignee, LocalDate dueDate, int checklistTotal, int checklistDone) {

    boolean unfinished() {
      return status.equals("OPEN") || status.equals("IN_PROGRESS");
    }

    /** The status as messages name it. */
    String wireStatus() {
      return status.toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  static Task task(List<JsonNode> events) {
    String status = null;
    String title = null;
    String assignee = null;
    LocalDate due = null;
    Map<String, Boolean> checklist = new TreeMap<>();
    for (JsonNode event : events) {
      JsonNode data = event.path("data");
      switch (event.path("eventType").asText()) {
        case "TaskCreated" -> {
          status = "OPEN";
          title = data.path("title").asText();
          due = data.hasNonNull("dueDate") ? LocalDate.parse(data.get("dueDate").asText()) : null;
          data.path("checklist").forEach(item -> checklist.put(item.path("itemId").asText(), item.path("done").asBoolean()));
        }
        case "TaskChanged" -> {
          title = data.path("title").asText();
          due = data.hasNonNull("dueDate") ? LocalDate.parse(data.get("dueDate").asText()) : null;
        }
        case "TaskAssigned" -> assignee = data.path("assignee").asText();
        case "TaskReassigned" -> assignee = data.path("to").asText();
        case "TaskUnassigned" -> assignee = null;
        case "TaskChecklistItemAdded" -> checklist.put(data.path("item").path("itemId").asText(), false);
        case "TaskChecklistItemTicked" -> checklist.put(data.path("itemId").asText(), true);
        case "TaskChecklistItemUnticked" -> checklist.put(data.path("itemId").asText(), false);
        case "TaskChecklistItemRemoved" -> checklist.remove(data.path("itemId").asText());
        case "TaskStarted" -> status = "IN_PROGRESS";
        case "TaskCompleted" -> status = "DONE";
        case "TaskCancelled" -> status = "CANCELLED";
        default -> throw new IllegalStateException("a task event the drills do not know: " + event);
      }
    }
    return new Task(status, title, assignee, due, checklist.size(),
        (int) checklist.values().stream().filter(Boolean::booleanValue).count());
  }
}

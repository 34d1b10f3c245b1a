package app.jobmate.localcloud.dynamodb;

import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The DynamoDB endpoint that SDK clients are given: it forwards every request to dynalite untouched
 * and, for writes to tables with a stream, captures the change as DynamoDB Streams would. Writes to a
 * streamed table are serialized; the items' images are read before and after the forwarded write,
 * and a record (INSERT, MODIFY or REMOVE) is appended for each item that changed. A write that
 * fails, or that leaves an item as it was, produces no record, as in DynamoDB Streams.
 */
final class DynamoDbProxy {

  private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
      "TransactWriteItems");

  private final DynamoWire dynalite;
  private final Map<String, TableSpec> tables;
  private final Map<String, StreamJournal> journals;
  private final Map<String, ReentrantLock> locks = new HashMap<>();

  DynamoDbProxy(DynamoWire dynalite, Map<String, TableSpec> tables, Map<String, StreamJournal> journals) {
    this.dynalite = dynalite;
    this.tables = tables;
    this.journals = journals;
    journals.keySet().forEach(table -> locks.put(table, new ReentrantLock()));
  }

  private record Change(TableSpec table, ObjectNode key) {
  }

  DynamoWire.Response handle(String target, Map<String, List<String>> headers, byte[] body) {
    String operation = target.startsWith(DynamoWire.TARGET_PREFIX) ? target.substring(DynamoWire.TARGET_PREFIX.length()) : "";
    JsonNode request;
    try {
      request = Json.parse(body);
    } catch (RuntimeException malformed) {
      return dynalite.forward(headers, body); // let dynalite answer the malformed request as DynamoDB would
    }
    if (holdsNestedNull(request, 0)) {
      // dynalite's validation dies on a null where it expects an attribute value, taking every table down with it
      return validationError("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    if (!WRITES.contains(operation) || journals.isEmpty()) {
      return dynalite.forward(headers, body);
    }
    List<Change> changes = changes(operation, request);
    if (changes.isEmpty()) {
      return dynalite.forward(headers, body);
    }
    List<ReentrantLock> held = new ArrayList<>();
    for (String table : new TreeSet<>(changes.stream().map(c -> c.table().name()).toList())) {
      ReentrantLock lock = locks.get(table);
      lock.lock();
      held.add(lock);
    }
    try {
      List<Optional<JsonNode>> before;
      try {
        before = changes.stream().map(this::image).toList();
      } catch (UnreadableKey refused) {
        return dynalite.forward(headers, body); // a key dynalite cannot read, it will not write: let it answer as DynamoDB would
      }
      DynamoWire.Response response = dynalite.forward(headers, body);
      if (response.ok()) {
        for (int i = 0; i < changes.size(); i++) {
          record(changes.get(i), before.get(i), image(changes.get(i)));
        }
      }
      return response;
    } finally {
      held.forEach(ReentrantLock::unlock);
    }
  }

  private List<Change> changes(String operation, JsonNode request) {
    List<Change> changes = new ArrayList<>();
    switch (operation) {
      case "PutItem" -> add(changes, request.path("TableName").asText(), request.get("Item"), true);
      case "UpdateItem", "DeleteItem" -> add(changes, request.path("TableName").asText(), request.get("Key"), false);
      case "BatchWriteItem" -> request.path("RequestItems").properties().forEach(table -> table.getValue().forEach(write -> {
        if (write.has("PutRequest")) {
          add(changes, table.getKey(), write.path("PutRequest").get("Item"), true);
        } else {
          add(changes, table.getKey(), write.path("DeleteRequest").get("Key"), false);
        }
      }));
      case "TransactWriteItems" -> request.path("TransactItems").forEach(item -> {
        if (item.has("Put")) {
          add(changes, item.get("Put").path("TableName").asText(), item.get("Put").get("Item"), true);
        } else if (item.has("Update")) {
          add(changes, item.get("Update").path("TableName").asText(), item.get("Update").get("Key"), false);
        } else if (item.has("Delete")) {
          add(changes, item.get("Delete").path("TableName").asText(), item.get("Delete").get("Key"), false);
        }
      });
      default -> {
      }
    }
    return changes;
  }

  private void add(List<Change> changes, String tableName, JsonNode itemOrKey, boolean wholeItem) {
    TableSpec table = tables.get(tableName);
    if (table != null && table.streamed() && itemOrKey instanceof ObjectNode given) {
      changes.add(new Change(table, wholeItem ? table.keyOf(given) : given.deepCopy()));
    }
  }

  /** True if a null sits below the request's top level (where SDKs never put one; at the top level dynalite copes). */
  private static boolean holdsNestedNull(JsonNode node, int depth) {
    if (node.isNull()) {
      return depth > 1;
    }
    for (JsonNode child : node) {
      if (holdsNestedNull(child, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static DynamoWire.Response validationError(String message) {
    return new DynamoWire.Response(400, Map.of("Content-Type", List.of("application/x-amz-json-1.0")),
        Json.bytes(Json.object().put("__type", "com.amazon.coral.validate#ValidationException").put("message", message)));
  }

  /** dynalite refused to read an item by this key (no key attribute, the wrong type): the write will be refused too. */
  private static final class UnreadableKey extends RuntimeException {
    UnreadableKey(String message) {
      super(message);
    }
  }

  private Optional<JsonNode> image(Change change) {
    ObjectNode request = Json.object().put("TableName", change.table().name()).put("ConsistentRead", true);
    request.set("Key", change.key());
    DynamoWire.Response response = dynalite.call("GetItem", request);
    if (response.status() == 400) {
      throw new UnreadableKey("dynalite refuses to read " + change.key() + " from " + change.table().name());
    }
    if (!response.ok()) {
      throw new IllegalStateException("cannot read " + change.key() + " from " + change.table().name() + ": "
          + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return Optional.ofNullable(response.json().get("Item"));
  }

  private void record(Change change, Optional<JsonNode> oldImage, Optional<JsonNode> newImage) {
    String eventName;
    if (oldImage.isEmpty() && newImage.isPresent()) {
      eventName = "INSERT";
    } else if (oldImage.isPresent() && newImage.isEmpty()) {
      eventName = "REMOVE";
    } else if (oldImage.isPresent() && !oldImage.get().equals(newImage.get())) {
      eventName = "MODIFY";
    } else {
      return;
    }
    TableSpec table = change.table();
    String viewType = table.streamViewType().orElseThrow();
    ObjectNode record = Json.object();
    record.put("eventID", HexFormat.of().formatHex(randomBytes()));
    record.put("eventName", eventName);
    record.put("eventVersion", "1.1");
    record.put("eventSource", "aws:dynamodb");
    record.put("awsRegion", REGION);
    ObjectNode dynamodb = record.putObject("dynamodb");
    dynamodb.put("ApproximateCreationDateTime", Instant.now().getEpochSecond());
    dynamodb.set("Keys", change.key());
    if (viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES")) {
      newImage.ifPresent(image -> dynamodb.set("NewImage", image));
    }
    if (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES")) {
      oldImage.ifPresent(image -> dynamodb.set("OldImage", image));
    }
    dynamodb.put("SequenceNumber", "");
    dynamodb.put("SizeBytes", Json.bytes(dynamodb).length);
    dynamodb.put("StreamViewType", viewType);
    record.put("eventSourceARN", table.streamArn());
    journals.get(table.name()).append(record);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}

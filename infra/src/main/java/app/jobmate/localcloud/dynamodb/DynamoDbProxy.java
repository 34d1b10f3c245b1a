package app.jobmate.localcloud.dynamodb;

import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 *
 * <p>A write and its record are one, as in DynamoDB: before a write is forwarded, its keys and
 * before-images are kept in {@code <table>.pending.json} beside the stream journal, and removed once
 * its records are appended. A write whose records were not appended (the local cloud was killed in
 * between, or the append failed) is found there at the next start, or before the next write to its
 * table, and its records appended then, if the items changed.
 */
final class DynamoDbProxy {

  private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
      "TransactWriteItems");

  private final DynamoWire dynalite;
  private final Map<String, TableSpec> tables;
  private final Map<String, StreamJournal> journals;
  private final Map<String, ReentrantLock> locks = new HashMap<>();
  private final Path streams;

  /** {@code streams}: the journals' directory, where a write in progress is kept until its records are appended. */
  DynamoDbProxy(DynamoWire dynalite, Map<String, TableSpec> tables, Map<String, StreamJournal> journals, Path streams) {
    this.dynalite = dynalite;
    this.tables = tables;
    this.journals = journals;
    this.streams = streams;
    journals.keySet().forEach(table -> locks.put(table, new ReentrantLock()));
  }

  /** Appends the records of every write whose records were not appended before the last stop (at start). */
  void recoverPendingWrites() {
    for (String table : journals.keySet()) {
      ReentrantLock lock = locks.get(table);
      lock.lock();
      try {
        recoverPendingWrite(table);
      } finally {
        lock.unlock();
      }
    }
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
      Set<String> written = new TreeSet<>(changes.stream().map(c -> c.table().name()).toList());
      written.forEach(this::recoverPendingWrite);
      List<Optional<JsonNode>> before;
      try {
        before = changes.stream().map(this::image).toList();
      } catch (UnreadableKey refused) {
        return dynalite.forward(headers, body); // a key dynalite cannot read, it will not write: let it answer as DynamoDB would
      }
      written.forEach(table -> keepPendingWrite(table, changes, before));
      DynamoWire.Response response = dynalite.forward(headers, body);
      if (response.ok()) {
        for (int i = 0; i < changes.size(); i++) {
          record(changes.get(i), before.get(i), image(changes.get(i)));
        }
      }
      written.forEach(this::forgetPendingWrite);
      return response;
    } finally {
      held.forEach(ReentrantLock::unlock);
    }
  }

  private Path pendingFile(String table) {
    return streams.resolve(table + ".pending.json");
  }

  /** Keeps the keys and before-images of {@code table}'s part of a write about to be forwarded. */
  private void keepPendingWrite(String table, List<Change> changes, List<Optional<JsonNode>> before) {
    ArrayNode pending = Json.MAPPER.createArrayNode();
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).table().name().equals(table)) {
        ObjectNode change = pending.addObject();
        change.set("key", changes.get(i).key());
        before.get(i).ifPresent(image -> change.set("before", image));
      }
    }
    try {
      Files.createDirectories(streams);
      Path temporary = pendingFile(table).resolveSibling(table + ".pending.json.tmp");
      Files.write(temporary, Json.asciiBytes(pending));
      Files.move(temporary, pendingFile(table), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the write in progress to " + table + " (its stream record depends on it)", e);
    }
  }

  private void forgetPendingWrite(String table) {
    try {
      Files.deleteIfExists(pendingFile(table));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + pendingFile(table), e);
    }
  }

  /** A write to {@code table} whose records were not appended: each item it changed gets its record now. */
  private void recoverPendingWrite(String table) {
    Path file = pendingFile(table);
    if (!Files.exists(file)) {
      return;
    }
    JsonNode pending;
    try {
      pending = Json.parse(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the write in progress to " + table + " at " + file, e);
    }
    for (JsonNode kept : pending) {
      Change change = new Change(tables.get(table), (ObjectNode) kept.get("key"));
      record(change, Optional.ofNullable(kept.get("before")), image(change));
    }
    forgetPendingWrite(table);
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

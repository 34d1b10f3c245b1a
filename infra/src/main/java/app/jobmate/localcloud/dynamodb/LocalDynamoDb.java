package app.jobmate.localcloud.dynamodb;

import app.jobmate.dynalite.Dynalite;
import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DynamoDB on this machine: dynalite keeping its tables under the data directory, the template's
 * tables created in it (keys and indexes; billing mode, TTL and encryption settings ignored), and a
 * stream journal for every table that declares a {@code StreamSpecification}.
 */
public final class LocalDynamoDb implements AutoCloseable {

  private final Dynalite dynalite;
  private final DynamoWire wire;
  private final Map<String, TableSpec> tables;
  private final Map<String, StreamJournal> journals;
  private final DynamoDbProxy proxy;

  private LocalDynamoDb(Dynalite dynalite, Map<String, TableSpec> tables, Map<String, StreamJournal> journals, Path streams) {
    this.dynalite = dynalite;
    this.wire = new DynamoWire(dynalite.endpoint());
    this.tables = tables;
    this.journals = journals;
    this.proxy = new DynamoDbProxy(wire, tables, journals, streams);
  }

  /** Starts dynalite on {@code dataDirectory} with the template's tables; {@code log} hears what a damaged stream journal lost. */
  public static LocalDynamoDb start(Intrinsics intrinsics, Path dataDirectory, Consumer<String> log) {
    Map<String, TableSpec> tables = new LinkedHashMap<>();
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (intrinsics.isDeployed(resource) && (resource.is("AWS::DynamoDB::Table") || resource.is("AWS::Serverless::SimpleTable"))) {
        TableSpec table = spec(resource, intrinsics);
        tables.put(table.name(), table);
      }
    }
    Dynalite dynalite = Dynalite.startPersistent(dataDirectory.resolve("dynamodb"));
    Map<String, StreamJournal> journals = new LinkedHashMap<>();
    try {
      DynamoWire wire = new DynamoWire(dynalite.endpoint());
      for (TableSpec table : tables.values()) {
        create(wire, table);
        if (table.streamed()) {
          journals.put(table.name(), new StreamJournal(dataDirectory.resolve("streams").resolve(table.name() + ".jsonl"),
              table.name(), table.streamArn(), log));
        }
      }
      LocalDynamoDb dynamoDb = new LocalDynamoDb(dynalite, tables, journals, dataDirectory.resolve("streams"));
      dynamoDb.proxy.recoverPendingWrites(); // a write the last run made without appending its record (killed in between)
      return dynamoDb;
    } catch (RuntimeException e) {
      journals.values().forEach(StreamJournal::close);
      dynalite.close();
      throw e;
    }
  }

  private static TableSpec spec(Template.Resource resource, Intrinsics intrinsics) {
    ObjectNode properties = intrinsics.properties(resource);
    String name = LocalResourceNames.tableName(resource, intrinsics);
    ObjectNode create = Json.object().put("TableName", name);
    ObjectNode throughput = Json.object().put("ReadCapacityUnits", 5).put("WriteCapacityUnits", 5);
    if (resource.is("AWS::Serverless::SimpleTable")) {
      String key = properties.path("PrimaryKey").path("Name").asText("id");
      String type = switch (properties.path("PrimaryKey").path("Type").asText("String")) {
        case "Number" -> "N";
        case "Binary" -> "B";
        default -> "S";
      };
      create.putArray("AttributeDefinitions").addObject().put("AttributeName", key).put("AttributeType", type);
      create.putArray("KeySchema").addObject().put("AttributeName", key).put("KeyType", "HASH");
    } else {
      create.set("AttributeDefinitions", properties.get("AttributeDefinitions"));
      create.set("KeySchema", properties.get("KeySchema"));
      indexes(properties.get("GlobalSecondaryIndexes"), throughput).ifPresent(gsis -> create.set("GlobalSecondaryIndexes", gsis));
      indexes(properties.get("LocalSecondaryIndexes"), null).ifPresent(lsis -> create.set("LocalSecondaryIndexes", lsis));
    }
    create.set("ProvisionedThroughput", throughput); // dynalite wants capacities; on-demand billing is not emulated
    String hash = null;
    Optional<String> range = Optional.empty();
    for (JsonNode key : create.get("KeySchema")) {
      if (key.path("KeyType").asText().equals("HASH")) {
        hash = key.path("AttributeName").asText();
      } else {
        range = Optional.of(key.path("AttributeName").asText());
      }
    }
    Optional<String> streamViewType = resource.is("AWS::DynamoDB::Table")
        ? Optional.ofNullable(properties.path("StreamSpecification").get("StreamViewType")).map(JsonNode::asText)
        : Optional.empty();
    return new TableSpec(name, hash, range, streamViewType, LocalResourceNames.streamArn(name), create);
  }

  private static Optional<ArrayNode> indexes(JsonNode declared, ObjectNode throughput) {
    if (declared == null || !declared.isArray() || declared.isEmpty()) {
      return Optional.empty();
    }
    ArrayNode indexes = Json.MAPPER.createArrayNode();
    for (JsonNode index : declared) {
      ObjectNode copy = indexes.addObject();
      copy.set("IndexName", index.get("IndexName"));
      copy.set("KeySchema", index.get("KeySchema"));
      copy.set("Projection", index.get("Projection"));
      if (throughput != null) {
        copy.set("ProvisionedThroughput", throughput);
      }
    }
    return Optional.of(indexes);
  }

  private static void create(DynamoWire wire, TableSpec table) {
    if (wire.call("DescribeTable", Json.object().put("TableName", table.name())).ok()) {
      return; // kept from an earlier run
    }
    DynamoWire.Response created = wire.call("CreateTable", table.createRequest());
    if (!created.ok()) {
      throw new IllegalStateException("cannot create table " + table.name() + ": "
          + new String(created.body(), StandardCharsets.UTF_8));
    }
  }

  /** The endpoint SDK clients use: the stream-capturing proxy, served by the local cloud's service port. */
  public DynamoWire.Response handle(String target, Map<String, List<String>> headers, byte[] body) {
    return proxy.handle(target, headers, body);
  }

  public URI dynaliteEndpoint() {
    return dynalite.endpoint();
  }

  public Optional<StreamJournal> journal(String tableName) {
    return Optional.ofNullable(journals.get(tableName));
  }

  public Map<String, StreamJournal> journals() {
    return journals;
  }

  public boolean hasTable(String name) {
    return tables.containsKey(name);
  }

  @Override
  public void close() {
    journals.values().forEach(StreamJournal::close);
    dynalite.close();
  }
}

package app.jobmate.localcloud.attack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * What the write side holds, read from dynalite through the SDK: each commit of the {@code events}
 * table ({@code <stream> @<commit>}) and each item of the {@code tenants} table (quote numbers).
 * Two snapshots tell what was written in between.
 */
final class Writes {

  record Snapshot(Set<String> commits, Map<String, Map<String, AttributeValue>> tenants) {
  }

  private final DynamoDbClient dynamoDb;
  private final String eventsTable;
  private final String tenantsTable;

  Writes(DynamoDbClient dynamoDb, String eventsTable, String tenantsTable) {
    this.dynamoDb = dynamoDb;
    this.eventsTable = eventsTable;
    this.tenantsTable = tenantsTable;
  }

  Snapshot snapshot() {
    Set<String> commits = new HashSet<>();
    scan(ScanRequest.builder().tableName(eventsTable).projectionExpression("#s, #c")
        .expressionAttributeNames(Map.of("#s", "stream", "#c", "commit")).consistentRead(true).build())
        .forEach(item -> commits.add(item.get("stream").s() + " @" + item.get("commit").n()));
    Map<String, Map<String, AttributeValue>> tenants = new HashMap<>();
    scan(ScanRequest.builder().tableName(tenantsTable).consistentRead(true).build())
        .forEach(item -> tenants.put(item.get("tenantId").s(), item));
    return new Snapshot(Set.copyOf(commits), Map.copyOf(tenants));
  }

  /**
   * The writes since {@code before}, one line each: commits of streams not in {@code expected}
   * ({@code <tenant>#<type>#<id>}), and tenants whose item changed.
   */
  Set<String> since(Snapshot before, Set<String> expected) {
    Snapshot now = snapshot();
    Set<String> writes = new TreeSet<>();
    for (String commit : now.commits()) {
      String stream = commit.substring(0, commit.indexOf(" @"));
      if (!before.commits().contains(commit) && !expected.contains(stream)) {
        writes.add("events: " + commit);
      }
    }
    for (String commit : before.commits()) {
      if (!now.commits().contains(commit)) {
        writes.add("events: " + commit + " removed");
      }
    }
    now.tenants().forEach((tenant, item) -> {
      if (!item.equals(before.tenants().get(tenant))) {
        writes.add("tenants: " + tenant + " changed");
      }
    });
    return writes;
  }

  /** Every commit of one stream, as it is now. */
  List<String> commitsOf(String stream) {
    return snapshot().commits().stream().filter(c -> c.startsWith(stream + " @")).sorted().toList();
  }

  private List<Map<String, AttributeValue>> scan(ScanRequest request) {
    return dynamoDb.scanPaginator(request).items().stream().toList();
  }
}

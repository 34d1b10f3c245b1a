package app.jobmate.projections.adapter.dynamodb;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.adapter.EventsTable;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.events.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The {@code events} table (one item per commit; layout in command-handlers/README.md) as the read
 * side's history. A stream is read by lambda-support's {@link EventsTable}, the one reader of commit
 * items (a consistent, ascending {@code Query} on its partition, following {@code LastEvaluatedKey}).
 * Streams are listed for rebuilds by a parallel {@code Scan} for the first commit of each stream of
 * the type (a small projection of keys); each stream is then read whole by its own {@code Query}, so
 * a stream is never seen split across scan pages or segments.
 */
public final class DynamoDbEventHistory implements EventHistory {

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final EventsTable events;
  private final int segments;

  /** @param segments how many parallel scan segments (and threads) list the streams for a rebuild */
  public DynamoDbEventHistory(DynamoDbClient dynamoDb, String table, int segments) {
    if (segments < 1) {
      throw new IllegalArgumentException("at least one scan segment");
    }
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.events = new EventsTable(dynamoDb, table);
    this.segments = segments;
  }

  @Override
  public List<EventEnvelope> read(StreamId stream, long fromVersion) {
    return events.read(stream, fromVersion);
  }

  @Override
  public void forEachStream(String streamType, Consumer<StreamId> action) {
    ExecutorService pool = Executors.newFixedThreadPool(segments);
    try {
      List<Future<?>> scans = new ArrayList<>();
      for (int segment = 0; segment < segments; segment++) {
        int s = segment;
        scans.add(pool.submit(() -> scanSegment(streamType, s, action)));
      }
      for (Future<?> scan : scans) {
        scan.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing the streams of " + streamType, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list the streams of " + streamType + " in " + table, e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void scanSegment(String streamType, int segment, Consumer<StreamId> action) {
    ScanRequest scan = ScanRequest.builder()
        .tableName(table)
        .segment(segment)
        .totalSegments(segments)
        .filterExpression("streamType = :type AND #commit = :first")
        .projectionExpression("tenantId, streamType, streamId")
        .expressionAttributeNames(Map.of("#commit", "commit"))
        .expressionAttributeValues(Map.of(":type", AttributeValue.fromS(streamType), ":first", AttributeValue.fromN("1")))
        .build();
    for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(scan).items()) {
      action.accept(new StreamId(TenantId.of(item.get("tenantId").s()), item.get("streamType").s(),
          item.get("streamId").s()));
    }
  }
}

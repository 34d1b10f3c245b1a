package app.jobmate.notifications.adapter.dynamodb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The {@code connections} table (layout in docs/notifications.md): partition key {@code pk} (S), sort
 * key {@code sk} (S), TTL attribute {@code expiresAt} (N, epoch seconds). Connections, their
 * per-user and per-role index items, and the debounce's state per subject share it.
 */
final class ConnectionsTable {

  static final String PK = "pk";
  static final String SK = "sk";
  static final String EXPIRES_AT = "expiresAt";

  /** BatchWriteItem takes at most 25 requests. */
  private static final int BATCH_LIMIT = 25;
  private static final int BATCH_ATTEMPTS = 6;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(25);

  private ConnectionsTable() {
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
  }

  /**
   * Writes every request, retrying what DynamoDB leaves unprocessed (it may, under load: the
   * BatchWriteItem reference says to retry those with exponential backoff).
   */
  static void writeAll(DynamoDbClient dynamoDb, String table, List<WriteRequest> requests) {
    for (int from = 0; from < requests.size(); from += BATCH_LIMIT) {
      List<WriteRequest> pending = new ArrayList<>(requests.subList(from, Math.min(requests.size(), from + BATCH_LIMIT)));
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        List<WriteRequest> batch = List.copyOf(pending);
        BatchWriteItemResponse response = dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, batch)));
        pending = new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of()));
        if (!pending.isEmpty()) {
          if (attempt == BATCH_ATTEMPTS) {
            throw new IllegalStateException(pending.size() + " writes to " + table + " still unprocessed after "
                + attempt + " attempts");
          }
          pause(FIRST_BACKOFF.multipliedBy(1L << attempt));
        }
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing", e);
    }
  }
}

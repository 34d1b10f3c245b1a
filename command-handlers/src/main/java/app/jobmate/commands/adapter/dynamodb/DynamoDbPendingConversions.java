package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.conversion.PendingConversions;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The conversions in flight in their own small table ({@code PENDING_CONVERSIONS_TABLE}), one item per
 * conversion keyed {@code conversion = <tenantId>#<quoteId>}, with {@code jobId} and {@code since}. The
 * table holds only what is in flight, so the sweep reads it whole with a {@code Scan}.
 */
public final class DynamoDbPendingConversions implements PendingConversions {

  private final DynamoDbClient dynamoDb;
  private final String table;

  public DynamoDbPendingConversions(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public void record(Pending pending) {
    try {
      dynamoDb.putItem(r -> r.tableName(table).item(Map.of(
              "conversion", AttributeValue.fromS(key(pending.tenant(), pending.quote())),
              "tenantId", AttributeValue.fromS(pending.tenant().value()),
              "quoteId", AttributeValue.fromS(pending.quote().toString()),
              "jobId", AttributeValue.fromS(pending.job().toString()),
              "since", AttributeValue.fromS(pending.since().toString())))
          .conditionExpression("attribute_not_exists(conversion)"));
    } catch (ConditionalCheckFailedException alreadyRecorded) {
      // the first intent stays, with its time
    }
  }

  @Override
  public void remove(TenantId tenant, QuoteId quote) {
    dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("conversion", AttributeValue.fromS(key(tenant, quote)))));
  }

  @Override
  public List<Pending> before(Instant before, int limit) {
    List<Pending> found = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      ScanRequest.Builder request = ScanRequest.builder().tableName(table).consistentRead(true);
      if (start != null) {
        request.exclusiveStartKey(start);
      }
      ScanResponse page = dynamoDb.scan(request.build());
      for (Map<String, AttributeValue> item : page.items()) {
        Pending pending = new Pending(TenantId.of(item.get("tenantId").s()), QuoteId.of(item.get("quoteId").s()),
            JobId.of(item.get("jobId").s()), Instant.parse(item.get("since").s()));
        if (pending.since().isBefore(before)) {
          found.add(pending);
        }
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return found.stream().sorted(Comparator.comparing(Pending::since)).limit(limit).toList();
  }

  private static String key(TenantId tenant, QuoteId quote) {
    return tenant + "#" + quote;
  }
}

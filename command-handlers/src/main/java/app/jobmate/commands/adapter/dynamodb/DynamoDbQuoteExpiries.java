package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.expiry.DueQuote;
import app.jobmate.commands.expiry.DueQuote.Position;
import app.jobmate.commands.expiry.QuoteExpiries;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The expiry index on the DynamoDB table {@code quote-expiries}: one item per quote (partition key
 * {@code quote} = {@code <tenantId>#<quoteId>}), written only by a PutItem conditional on the
 * version it carries, so that no older or repeated event overwrites a newer one. Open quotes are
 * also in the sparse global secondary index {@code due} (partition {@code dueList} = {@code open},
 * sort key {@code due} = {@code <day>#<tenantId>#<quoteId>}): one Query reads every quote due up to
 * a day, in order, from any position. Items of quotes no longer open expire by TTL after
 * {@link #CLOSED_RETENTION}.
 */
public final class DynamoDbQuoteExpiries implements QuoteExpiries {

  /**
   * How long the version that closed a quote is kept: longer than any older event of the quote can
   * still arrive (an SQS message lives at most 14 days, in its queue and its DLQ together).
   */
  static final Duration CLOSED_RETENTION = Duration.ofDays(30);

  private final DynamoDbClient dynamoDb;
  private final String table;

  public DynamoDbQuoteExpiries(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.table = tableName;
  }

  @Override
  public boolean recordOpen(TenantId tenant, QuoteId quote, long version, LocalDate validUntil) {
    DueQuote due = new DueQuote(tenant, quote, validUntil, version);
    return putIfNewer(new ExpiryItem(ExpiryItem.key(tenant.value(), quote.toString()), tenant.value(), quote.toString(), version,
        validUntil.toString(), ExpiryItem.OPEN, due.position().key(), null));
  }

  @Override
  public boolean recordClosed(TenantId tenant, QuoteId quote, long version, Instant at) {
    return putIfNewer(closed(tenant, quote, version, at));
  }

  @Override
  public List<DueQuote> due(LocalDate today, Optional<Position> after, int limit) {
    QueryRequest.Builder query = QueryRequest.builder()
        .tableName(table)
        .indexName(ExpiryItem.DUE_INDEX)
        // every key of a day up to today sorts before the bare date of the day after
        .keyConditionExpression("dueList = :open AND #due < :dayAfter")
        .expressionAttributeNames(Map.of("#due", "due"))
        .expressionAttributeValues(Map.of(":open", AttributeValue.fromS(ExpiryItem.OPEN),
            ":dayAfter", AttributeValue.fromS(today.plusDays(1).toString())))
        .scanIndexForward(true)
        .limit(limit);
    after.ifPresent(position -> query.exclusiveStartKey(Map.of(
        "quote", AttributeValue.fromS(ExpiryItem.key(position.tenant().value(), position.quote().toString())),
        "dueList", AttributeValue.fromS(ExpiryItem.OPEN),
        "due", AttributeValue.fromS(position.key()))));
    List<DueQuote> due = new ArrayList<>();
    // a page may stop short of the limit (1 MB): follow LastEvaluatedKey until the limit or the end
    for (Map<String, AttributeValue> found : dynamoDb.queryPaginator(query.build()).items()) {
      ExpiryItem item = ExpiryItem.of(found);
      due.add(new DueQuote(TenantId.of(item.tenantId()), QuoteId.of(item.quoteId()), LocalDate.parse(item.validUntil()),
          item.version()));
      if (due.size() == limit) {
        return due;
      }
    }
    return due;
  }

  @Override
  public boolean remove(DueQuote due, Instant at) {
    return put(closed(due.tenant(), due.quote(), due.version(), at), "#version = :version AND attribute_exists(#due)",
        Map.of("#version", "version", "#due", "due"), due.version());
  }

  private static ExpiryItem closed(TenantId tenant, QuoteId quote, long version, Instant at) {
    return new ExpiryItem(ExpiryItem.key(tenant.value(), quote.toString()), tenant.value(), quote.toString(), version,
        null, null, null, at.plus(CLOSED_RETENTION).getEpochSecond());
  }

  private boolean putIfNewer(ExpiryItem item) {
    return put(item, "attribute_not_exists(#quote) OR #version < :version", Map.of("#quote", "quote", "#version", "version"),
        item.version());
  }

  private boolean put(ExpiryItem item, String condition, Map<String, String> names, long version) {
    try {
      dynamoDb.putItem(r -> r.tableName(table).item(item.toItem()).conditionExpression(condition)
          .expressionAttributeNames(names)
          .expressionAttributeValues(Map.of(":version", AttributeValue.fromN(Long.toString(version)))));
      return true;
    } catch (ConditionalCheckFailedException olderOrChanged) {
      return false;
    }
  }
}

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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
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

  private final DynamoDbTable<ExpiryItem> table;
  private final DynamoDbIndex<ExpiryItem> dueIndex;

  public DynamoDbQuoteExpiries(DynamoDbClient dynamoDb, String tableName) {
    this(DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build(), tableName);
  }

  public DynamoDbQuoteExpiries(DynamoDbEnhancedClient dynamoDb, String tableName) {
    this.table = dynamoDb.table(tableName, ExpiryItem.SCHEMA);
    this.dueIndex = table.index(ExpiryItem.DUE_INDEX);
  }

  @Override
  public boolean recordOpen(TenantId tenant, QuoteId quote, long version, LocalDate validUntil) {
    DueQuote due = new DueQuote(tenant, quote, validUntil, version);
    return put(new ExpiryItem(ExpiryItem.key(tenant.value(), quote.toString()), tenant.value(), quote.toString(), version,
        validUntil.toString(), ExpiryItem.OPEN, due.position().key(), null), newerThanStored(version));
  }

  @Override
  public boolean recordClosed(TenantId tenant, QuoteId quote, long version, Instant at) {
    return put(closed(tenant, quote, version, at), newerThanStored(version));
  }

  @Override
  public List<DueQuote> due(LocalDate today, Optional<Position> after, int limit) {
    QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
        // every key of a day up to today sorts before the bare date of the day after
        .queryConditional(QueryConditional.sortLessThan(Key.builder().partitionValue(ExpiryItem.OPEN)
            .sortValue(today.plusDays(1).toString()).build()))
        .scanIndexForward(true)
        .limit(limit);
    after.ifPresent(position -> query.exclusiveStartKey(Map.of(
        "quote", AttributeValue.fromS(ExpiryItem.key(position.tenant().value(), position.quote().toString())),
        "dueList", AttributeValue.fromS(ExpiryItem.OPEN),
        "due", AttributeValue.fromS(position.key()))));
    List<DueQuote> due = new ArrayList<>();
    // a page may stop short of the limit (1 MB): follow LastEvaluatedKey until the limit or the end
    for (Page<ExpiryItem> page : dueIndex.query(query.build())) {
      for (ExpiryItem item : page.items()) {
        due.add(new DueQuote(TenantId.of(item.tenantId()), QuoteId.of(item.quoteId()), LocalDate.parse(item.validUntil()),
            item.version()));
        if (due.size() == limit) {
          return due;
        }
      }
    }
    return due;
  }

  @Override
  public boolean remove(DueQuote due, Instant at) {
    Expression asRead = Expression.builder()
        .expression("#version = :version AND attribute_exists(#due)")
        .putExpressionName("#version", "version")
        .putExpressionName("#due", "due")
        .putExpressionValue(":version", AttributeValue.fromN(Long.toString(due.version())))
        .build();
    return put(closed(due.tenant(), due.quote(), due.version(), at), asRead);
  }

  private static ExpiryItem closed(TenantId tenant, QuoteId quote, long version, Instant at) {
    return new ExpiryItem(ExpiryItem.key(tenant.value(), quote.toString()), tenant.value(), quote.toString(), version,
        null, null, null, at.plus(CLOSED_RETENTION).getEpochSecond());
  }

  private static Expression newerThanStored(long version) {
    return Expression.builder()
        .expression("attribute_not_exists(#quote) OR #version < :version")
        .putExpressionName("#quote", "quote")
        .putExpressionName("#version", "version")
        .putExpressionValue(":version", AttributeValue.fromN(Long.toString(version)))
        .build();
  }

  private boolean put(ExpiryItem item, Expression condition) {
    try {
      table.putItem(PutItemEnhancedRequest.builder(ExpiryItem.class).item(item).conditionExpression(condition).build());
      return true;
    } catch (ConditionalCheckFailedException olderOrChanged) {
      return false;
    }
  }
}

package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.quotes.QuoteNumberCounter;
import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Quote numbers on the tenant's item in the {@code tenants} table: the counter
 * {@code lastQuoteNumber}, and for each quote whose issue took a number in the last hour an
 * attribute {@code issuing#<quoteId>} (the number) with {@code issuingAt#<quoteId>} (when). One
 * conditional UpdateItem takes the next number for a quote and records it against the quote, only
 * if the quote has none ({@code attribute_not_exists}); every operand of an update expression is the
 * item as it was before the update, so {@code SET q = last + 1, last = last + 1} gives both the same
 * number atomically. When the quote already has one, that is read back: so concurrent issues of one
 * quote share one number. Entries older than an hour are removed after a later take, which keeps
 * the item small (there are only as many as issues in the last hour).
 */
public final class DynamoDbQuoteNumbers implements QuoteNumbers, QuoteNumberCounter {

  static final String COUNTER = "lastQuoteNumber";
  private static final String TAKEN = "issuing#";
  private static final String TAKEN_AT = "issuingAt#";

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoDbQuoteNumbers(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public QuoteNumber numberFor(TenantId tenant, QuoteId quote, Instant now) {
    Map<String, AttributeValue> key = key(tenant);
    Map<String, AttributeValue> item;
    try {
      UpdateItemResponse taken = dynamoDb.updateItem(r -> r.tableName(tableName)
          .key(key)
          .updateExpression("SET #taken = if_not_exists(#last, :zero) + :one, #at = :now,"
              + " #last = if_not_exists(#last, :zero) + :one")
          .conditionExpression("attribute_not_exists(#taken) OR #at < :expired")
          .expressionAttributeNames(Map.of("#taken", TAKEN + quote, "#at", TAKEN_AT + quote, "#last", COUNTER))
          .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1"),
              ":now", epochSeconds(now), ":expired", epochSeconds(now.minus(HELD_FOR))))
          .returnValues(ReturnValue.ALL_NEW));
      item = taken.attributes();
      forgetExpired(key, item, now);
    } catch (ConditionalCheckFailedException alreadyTaken) {
      item = dynamoDb.getItem(r -> r.tableName(tableName).key(key).consistentRead(true)).item();
    }
    AttributeValue number = item.get(TAKEN + quote);
    if (number == null) {
      throw new IllegalStateException("the number taken for quote " + quote + " of " + tenant + " is not on its item");
    }
    return QuoteNumber.of(Long.parseLong(number.n()));
  }

  @Override
  public long lastTaken(TenantId tenant) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(key(tenant))
        .consistentRead(true)).item();
    AttributeValue last = item == null ? null : item.get(COUNTER);
    return last == null ? 0 : Long.parseLong(last.n());
  }

  /** One conditional UpdateItem: the counter is raised only when it is below, never lowered. */
  @Override
  public void continueFrom(TenantId tenant, long next) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(key(tenant))
          .updateExpression("SET #last = :last")
          .conditionExpression("attribute_not_exists(#last) OR #last < :last")
          .expressionAttributeNames(Map.of("#last", COUNTER))
          .expressionAttributeValues(Map.of(":last", AttributeValue.fromN(Long.toString(next - 1)))));
    } catch (ConditionalCheckFailedException alreadyBeyond) {
      // a number at or above it was taken: the numbering already continues from there
    }
  }

  /** Removes the entries of quotes whose issue took its number more than an hour ago. */
  private void forgetExpired(Map<String, AttributeValue> key, Map<String, AttributeValue> item, Instant now) {
    long expired = now.minus(HELD_FOR).getEpochSecond();
    List<String> quotes = item.entrySet().stream()
        .filter(e -> e.getKey().startsWith(TAKEN_AT) && Long.parseLong(e.getValue().n()) < expired)
        .map(e -> e.getKey().substring(TAKEN_AT.length()))
        .toList();
    // an update expression is at most 4 KB: a hundred entries at a time
    for (int from = 0; from < quotes.size(); from += 100) {
      List<String> chunk = quotes.subList(from, Math.min(quotes.size(), from + 100));
      Map<String, String> names = new HashMap<>();
      StringBuilder remove = new StringBuilder("REMOVE ");
      for (int i = 0; i < chunk.size(); i++) {
        names.put("#t" + i, TAKEN + chunk.get(i));
        names.put("#a" + i, TAKEN_AT + chunk.get(i));
        remove.append(i == 0 ? "" : ", ").append("#t").append(i).append(", #a").append(i);
      }
      dynamoDb.updateItem(r -> r.tableName(tableName).key(key).updateExpression(remove.toString())
          .expressionAttributeNames(names));
    }
  }

  private static Map<String, AttributeValue> key(TenantId tenant) {
    return Map.of("tenantId", AttributeValue.fromS(tenant.value()));
  }

  private static AttributeValue epochSeconds(Instant instant) {
    return AttributeValue.fromN(Long.toString(instant.getEpochSecond()));
  }
}

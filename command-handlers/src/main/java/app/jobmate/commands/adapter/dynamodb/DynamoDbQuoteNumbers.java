package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Quote numbers from the counter {@code lastQuoteNumber} on the tenant's item in the
 * {@code tenants} table. One UpdateItem both increments and returns the counter, so there is no
 * read-modify-write to race. The low-level client is used because the enhanced client's update
 * writes whole mapped items, not an increment.
 */
public final class DynamoDbQuoteNumbers implements QuoteNumbers {

  private static final AttributeValue ONE = AttributeValue.fromN("1");

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoDbQuoteNumbers(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public QuoteNumber next(TenantId tenant) {
    // ADD on a missing item or attribute starts from 0 (UpdateItem, "ADD"), so the first number is 1;
    // updates to one item are applied one at a time, so no two calls get the same number
    UpdateItemResponse response = dynamoDb.updateItem(r -> r.tableName(tableName)
        .key(Map.of("tenantId", AttributeValue.fromS(tenant.value())))
        .updateExpression("ADD lastQuoteNumber :one")
        .expressionAttributeValues(Map.of(":one", ONE))
        .returnValues(ReturnValue.UPDATED_NEW));
    return QuoteNumber.of(Long.parseLong(response.attributes().get("lastQuoteNumber").n()));
  }
}

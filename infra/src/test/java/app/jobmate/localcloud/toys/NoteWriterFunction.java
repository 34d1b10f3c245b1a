package app.jobmate.localcloud.toys;

import app.jobmate.lambda.FunctionSettings;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes a note to the table named by its settings, with an SDK client built as a production
 * function builds it: no endpoint, no region, no credentials in code.
 */
public class NoteWriterFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final String table = FunctionSettings.current().require("NOTES_TABLE");
  private final DynamoDbClient dynamoDb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    String[] noteIdAndText = event.getBody().split(":", 2);
    String tenant = event.getRequestContext().getAuthorizer().getJwt().getClaims().get("custom:tenant_id");
    dynamoDb.putItem(r -> r.tableName(table).item(Map.of(
        "noteId", AttributeValue.fromS(noteIdAndText[0]),
        "text", AttributeValue.fromS(noteIdAndText[1]),
        "tenant", AttributeValue.fromS(tenant))));
    return APIGatewayV2HTTPResponse.builder().withStatusCode(201).withBody("{\"noteId\":\"" + noteIdAndText[0] + "\"}").build();
  }
}

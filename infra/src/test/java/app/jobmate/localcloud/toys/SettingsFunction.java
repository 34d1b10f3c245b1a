package app.jobmate.localcloud.toys;

import app.jobmate.lambda.FunctionSettings;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A typed handler that shows its own settings, read once in its constructor as Jobmate's functions do. */
public class SettingsFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final FunctionSettings settings = FunctionSettings.current();

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    Map<String, Object> shown = new TreeMap<>();
    for (String name : List.of("STAGE", "LOG_LEVEL", "GREETING", "QUEUE_URL", "QUEUE_ARN", "BUS", "TABLE", "API", "FIRST_AZ",
        "SECOND_PART", "MODE", "LITERAL", "WITH_VARIABLES", "NOTES_TABLE", "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_REGION")) {
      settings.get(name).ifPresent(value -> shown.put(name, value));
    }
    shown.put("method", event.getRequestContext().getHttp().getMethod());
    shown.put("functionName", context.getFunctionName());
    shown.put("memory", context.getMemoryLimitInMB());
    shown.put("remainingMillis", context.getRemainingTimeInMillis());
    try {
      return APIGatewayV2HTTPResponse.builder()
          .withStatusCode(200)
          .withHeaders(Map.of("content-type", "application/json"))
          .withCookies(List.of("seen=yes; Path=/"))
          .withBody(new ObjectMapper().writeValueAsString(shown))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** An HTTP API Lambda authorizer with simple responses: keys starting "open-sesame" pass, "explode" fails as Unauthorized. */
public class KeyAuthorizerFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    try {
      Recorder.record("KeyAuthorizer", json.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String key = ((List<String>) event.get("identitySource")).getFirst();
    if (key.equals("explode")) {
      throw new IllegalStateException("Unauthorized");
    }
    return key.startsWith("open-sesame")
        ? Map.of("isAuthorized", true, "context", Map.of("tenantId", "t-acme", "key", key, "scopes", List.of("quotes:read")))
        : Map.of("isAuthorized", false);
  }
}

package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A toy REQUEST authorizer typed with a plain map, as a handler may be: it reads the token from the
 * {@code token} query parameter or the {@code Authorization} header, allows a token whose payload
 * names a tenant (principal = sub, context = tenant and roles), denies anything else, and fails with
 * {@code Unauthorized} for the token {@code explode}. It does not check signatures: it is a toy.
 */
public class WsAuthorizerFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    try {
      Recorder.record("WsAuthorizer", json.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Map<String, String> query = (Map<String, String>) event.getOrDefault("queryStringParameters", Map.of());
    Map<String, String> headers = (Map<String, String>) event.getOrDefault("headers", Map.of());
    String token = query != null && query.get("token") != null ? query.get("token")
        : headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("authorization")).map(Map.Entry::getValue).findFirst()
            .orElse("").replaceFirst("^Bearer ", "");
    if (token.equals("explode")) {
      throw new IllegalStateException("Unauthorized");
    }
    String methodArn = (String) event.get("methodArn");
    JsonNode claims = claims(token);
    if (claims == null || !claims.hasNonNull("custom:tenant_id")) {
      return policy("anonymous", "Deny", methodArn, Map.of());
    }
    List<String> roles = json.convertValue(claims.path("cognito:groups"), List.class);
    Map<String, Object> entries = new LinkedHashMap<>();
    entries.put("tenantId", claims.get("custom:tenant_id").asText());
    entries.put("roles", String.join(",", roles));
    entries.put("owner", roles.contains("owner"));
    return policy(claims.path("sub").asText(), "Allow", methodArn, entries);
  }

  private JsonNode claims(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return null;
    }
    try {
      return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JsonProcessingException e) {
      return null; // not a JWT: denied
    }
  }

  private static Map<String, Object> policy(String principal, String effect, String resource, Map<String, Object> entries) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("principalId", principal);
    answer.put("policyDocument", Map.of("Version", "2012-10-17",
        "Statement", List.of(Map.of("Action", "execute-api:Invoke", "Effect", effect, "Resource", resource))));
    answer.put("context", entries);
    return answer;
  }
}

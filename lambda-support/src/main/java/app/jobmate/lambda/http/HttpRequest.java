package app.jobmate.lambda.http;

import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API request as a function sees it, whatever carried it: the route key of the template
 * ({@code POST /quotes/{quoteId}/issue}), path parameters, lower-cased headers, the raw body,
 * and the claims of the token the API's JWT authorizer already verified.
 */
public record HttpRequest(String routeKey, String path, Map<String, String> pathParameters,
                          Map<String, String> queryParameters, Map<String, String> headers, byte[] body,
                          String requestId, Map<String, String> claims) {

  public HttpRequest {
    pathParameters = pathParameters == null ? Map.of() : Map.copyOf(pathParameters);
    queryParameters = queryParameters == null ? Map.of() : Map.copyOf(queryParameters);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    claims = claims == null ? Map.of() : Map.copyOf(claims);
    body = body == null ? new byte[0] : body;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  public Optional<String> query(String name) {
    return Optional.ofNullable(queryParameters.get(name));
  }

  public String pathParameter(String name) {
    String value = pathParameters.get(name);
    if (value == null) {
      throw new IllegalStateException("route " + routeKey + " has no path parameter " + name);
    }
    return value;
  }
}

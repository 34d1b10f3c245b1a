package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.Role;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.notifications.adapter.jwt.CognitoAccessTokens;
import app.jobmate.notifications.connections.AccessTokens;
import app.jobmate.notifications.connections.Caller;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The WebSocket API's Lambda REQUEST authorizer on {@code $connect} (identity source
 * {@code route.request.querystring.token}: browsers cannot set headers on a WebSocket). A valid
 * Cognito access token naming at least one role is allowed to invoke {@code $connect}, with the
 * caller in the context ({@code tenantId}, {@code userId}, {@code roles} as {@code owner,admin}) for
 * the connect route to store; anything else is denied, and API Gateway refuses the upgrade with 403.
 *
 * <p>Settings: {@code COGNITO_ISSUER} (the user pool's issuer URL), {@code COGNITO_CLIENT_ID}.
 */
public final class ConnectAuthorizerFunction implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {

  static final String TOKEN_PARAMETER = "token";
  private static final String NOBODY = "unauthorized";

  private final AccessTokens tokens;

  public ConnectAuthorizerFunction() {
    this(settings(FunctionSettings.current()));
  }

  public ConnectAuthorizerFunction(AccessTokens tokens) {
    this.tokens = tokens;
  }

  private static AccessTokens settings(FunctionSettings settings) {
    return CognitoAccessTokens.of(settings.require("COGNITO_ISSUER"), settings.require("COGNITO_CLIENT_ID"),
        Clock.systemUTC());
  }

  @Override
  public IamPolicyResponseV1 handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
    String methodArn = event.getMethodArn();
    Map<String, String> query = event.getQueryStringParameters();
    try {
      if (methodArn == null || methodArn.isBlank()) {
        throw new AccessTokens.Rejected("the request names no method ARN");
      }
      Caller caller = tokens.verify(query == null ? null : query.get(TOKEN_PARAMETER));
      return IamPolicyResponseV1.builder()
          .withPrincipalId(caller.userId().value())
          .withPolicyDocument(policy(IamPolicyResponseV1.allowStatement(methodArn)))
          .withContext(Map.of(
              "tenantId", caller.tenantId().value(),
              "userId", caller.userId().value(),
              "roles", caller.roles().stream().map(Role::wireName).sorted().collect(Collectors.joining(","))))
          .build();
    } catch (AccessTokens.Rejected rejected) {
      // the reason goes to the log only: a caller learns nothing about why
      context.getLogger().log("WARN connection refused (request " + requestId(event) + "): " + rejected.getMessage());
      return IamPolicyResponseV1.builder()
          .withPrincipalId(NOBODY)
          .withPolicyDocument(policy(IamPolicyResponseV1.denyStatement(
              methodArn == null || methodArn.isBlank() ? "*" : methodArn)))
          .build();
    }
  }

  private static IamPolicyResponseV1.PolicyDocument policy(IamPolicyResponseV1.Statement statement) {
    return IamPolicyResponseV1.PolicyDocument.builder()
        .withVersion(IamPolicyResponseV1.VERSION_2012_10_17)
        .withStatement(List.of(statement))
        .build();
  }

  private static String requestId(APIGatewayCustomAuthorizerEvent event) {
    return event.getRequestContext() == null ? "?" : event.getRequestContext().getRequestId();
  }
}

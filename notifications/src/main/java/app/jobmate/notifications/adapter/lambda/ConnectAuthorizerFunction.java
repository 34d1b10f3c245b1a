package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.notifications.adapter.jwt.CognitoAccessTokens;
import app.jobmate.notifications.connections.AccessTokens;
import app.jobmate.notifications.connections.Caller;
import app.jobmate.notifications.team.removal.RemovedMembers;
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
 * So is a caller the team's record says was removed ({@link RemovedMembers}: one consistent read of
 * the business's team stream), whose token is still within its validity.
 *
 * <p>Settings: {@code COGNITO_ISSUER} (the user pool's issuer URL), {@code COGNITO_CLIENT_ID},
 * {@code EVENTS_TABLE} (the team's record).
 */
public final class ConnectAuthorizerFunction implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {

  static final String TOKEN_PARAMETER = "token";
  private static final String NOBODY = "unauthorized";

  private final AccessTokens tokens;
  private final RemovedMembers removed;

  public ConnectAuthorizerFunction() {
    this(FunctionSettings.current());
  }

  private ConnectAuthorizerFunction(FunctionSettings settings) {
    this(CognitoAccessTokens.of(settings.require("COGNITO_ISSUER"), settings.require("COGNITO_CLIENT_ID"),
        Clock.systemUTC()), new RemovedMembers(new DynamoDbEventHistory(AwsClients.dynamoDb(),
        settings.require("EVENTS_TABLE")), EventCodec.standard()));
  }

  public ConnectAuthorizerFunction(AccessTokens tokens, RemovedMembers removed) {
    this.tokens = tokens;
    this.removed = removed;
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
      if (removed.wasRemoved(caller.tenantId(), caller.userId())) {
        throw new AccessTokens.Rejected("the caller was removed from the team (member.removed)");
      }
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

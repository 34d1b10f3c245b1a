package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.DynamoDbApiClientDirectory;
import app.jobmate.lambda.apiclients.ApiClientDirectory;
import app.jobmate.lambda.http.Caller;
import app.jobmate.lambda.http.Principal;
import app.jobmate.notifications.adapter.jwt.CognitoAccessTokens;
import app.jobmate.notifications.connections.AccessTokens.Rejected;
import app.jobmate.notifications.connections.AccessTokens;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API's Lambda authorizer (REQUEST, payload 2.0, simple responses, no caching) on the
 * routes that programs may call as well as people: the reports and the exports. The API's JWT
 * authorizer cannot serve them: it accepts tokens of the app clients listed in the template only,
 * and every API client an owner creates is a new app client. This one accepts:
 * <ul>
 *   <li>a person's access token of the dashboard's app client, as the JWT authorizer would (the
 *       function then checks the role and the team's record, as on every route, and answers a token
 *       with no role its own 403 problem), passing on its {@code sub}, {@code custom:tenant_id} and
 *       {@code cognito:groups} as HTTP APIs flatten them ({@code [owner admin]});</li>
 *   <li>a program's access token of the client-credentials grant that carries the reports' scope,
 *       whose client the API clients directory holds as active: the tenant is the directory's, read
 *       consistently on every request, so a revoked client is refused from the next one.</li>
 * </ul>
 * Anything else is refused (401, the reason in the log only). Settings: {@code COGNITO_ISSUER},
 * {@code COGNITO_CLIENT_ID}, {@code REPORTS_SCOPE}, {@code API_CLIENTS_TABLE}.
 */
public final class ReportsAuthorizerFunction implements RequestHandler<APIGatewayV2CustomAuthorizerEvent, SimpleIAMPolicyResponse> {

  private static final String BEARER = "Bearer ";

  private final CognitoAccessTokens tokens;
  private final String scope;
  private final ApiClientDirectory directory;

  public ReportsAuthorizerFunction() {
    this(FunctionSettings.current());
  }

  private ReportsAuthorizerFunction(FunctionSettings settings) {
    this(CognitoAccessTokens.of(settings.require("COGNITO_ISSUER"), settings.require("COGNITO_CLIENT_ID"), Clock.systemUTC()),
        settings.require("REPORTS_SCOPE"),
        new DynamoDbApiClientDirectory(AwsClients.dynamoDb(), settings.require("API_CLIENTS_TABLE"), Clock.systemUTC()));
  }

  public ReportsAuthorizerFunction(CognitoAccessTokens tokens, String scope, ApiClientDirectory directory) {
    this.tokens = tokens;
    this.scope = scope;
    this.directory = directory;
  }

  @Override
  public SimpleIAMPolicyResponse handleRequest(APIGatewayV2CustomAuthorizerEvent event, Context context) {
    try {
      Map<String, String> caller = callerOf(bearer(event));
      if (Caller.API_CLIENT.equals(caller.get(Caller.KIND_CLAIM))) {
        // who read what: the audit of programs' reads, until the audit trail takes it from here
        context.getLogger().log("INFO api-client " + caller.get(Caller.CLIENT_ID_CLAIM) + " of "
            + caller.get(Principal.TENANT_CLAIM) + " reads " + event.getRouteKey() + " (request " + requestId(event) + ")");
      }
      return SimpleIAMPolicyResponse.builder().withIsAuthorized(true).withContext(caller).build();
    } catch (Rejected rejected) {
      context.getLogger().log("WARN report request refused (request " + requestId(event) + "): " + rejected.getMessage());
      return SimpleIAMPolicyResponse.builder().withIsAuthorized(false).withContext(Map.of()).build();
    }
  }

  private Map<String, String> callerOf(String token) {
    JWTClaimsSet claims = tokens.verifiedAccessToken(token);
    try {
      String client = claims.getStringClaim("client_id");
      if (tokens.clientId().equals(client)) {
        // a person: passed on as the JWT authorizer passes claims; the function answers a caller with no
        // role, or a removed member, with its own 403 problem, as on every other route
        String sub = claims.getSubject();
        String tenant = claims.getStringClaim(Principal.TENANT_CLAIM);
        if (sub == null || sub.isBlank() || tenant == null || tenant.isBlank()) {
          throw new Rejected("the token names no user or no tenant");
        }
        List<String> groups = claims.getStringListClaim(Principal.GROUPS_CLAIM);
        return Map.of("sub", sub, Principal.TENANT_CLAIM, tenant,
            Principal.GROUPS_CLAIM, String.join(" ", groups == null ? List.of() : groups).transform(g -> "[" + g + "]"));
      }
      String scopes = Optional.ofNullable(claims.getStringClaim("scope")).orElse("");
      if (!Arrays.asList(scopes.split(" ")).contains(scope)) {
        throw new Rejected("the token's scopes (" + scopes + ") do not include " + scope);
      }
      ApiClientId clientId;
      try {
        clientId = ApiClientId.of(client);
      } catch (IllegalArgumentException e) {
        throw new Rejected("the token's client_id is malformed");
      }
      ApiClientDirectory.Entry entry = directory.find(clientId)
          .orElseThrow(() -> new Rejected("the client " + clientId + " is not an API client of any business"));
      if (!entry.active()) {
        throw new Rejected("the API client " + clientId + " was revoked at " + entry.revokedAt().orElseThrow());
      }
      return Caller.claimsOf(new Caller.ApiClient(entry.tenant(), clientId));
    } catch (ParseException e) {
      throw new Rejected("the token cannot be read: " + e.getMessage(), e);
    }
  }

  private static String bearer(APIGatewayV2CustomAuthorizerEvent event) {
    List<String> sources = event.getIdentitySource();
    String header = sources == null || sources.isEmpty() ? null : sources.get(0);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new AccessTokens.Rejected("no bearer token");
    }
    return header.substring(BEARER.length()).strip();
  }

  private static String requestId(APIGatewayV2CustomAuthorizerEvent event) {
    return event.getRequestContext() == null ? "?" : event.getRequestContext().getRequestId();
  }
}

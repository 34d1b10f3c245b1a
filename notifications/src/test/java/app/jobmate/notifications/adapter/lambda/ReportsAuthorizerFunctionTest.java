package app.jobmate.notifications.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.adapter.memory.InMemoryApiClientDirectory;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.adapter.jwt.CognitoAccessTokens;
import app.jobmate.notifications.adapter.jwt.JwksKeys;
import app.jobmate.notifications.adapter.jwt.LocalIssuer;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reports' authorizer, given the request an HTTP API sends a REQUEST authorizer (payload 2.0). */
class ReportsAuthorizerFunctionTest {

  private static final String SCOPE = "jobmate-reports/reports.read";
  private static final ApiClientId ACCOUNTANT = ApiClientId.of("7k2m9p4r1t6v8x3z5b0d2f4h6j");

  private final LocalIssuer pool = LocalIssuer.start();
  private final TestClock clock = new TestClock(Instant.parse("2026-12-06T10:15:30Z"));
  private final InMemoryApiClientDirectory directory = new InMemoryApiClientDirectory(clock);
  private final ReportsAuthorizerFunction function = new ReportsAuthorizerFunction(new CognitoAccessTokens(pool.issuer(),
      LocalIssuer.CLIENT_ID, new JwksKeys(CognitoAccessTokens.jwksUri(pool.issuer()), HttpClient.newHttpClient(), clock,
          Duration.ofSeconds(60), Duration.ofHours(1)), clock), SCOPE, directory);

  @AfterEach
  void stop() {
    pool.close();
  }

  private SimpleIAMPolicyResponse authorize(String authorization) {
    String event = """
        {
          "version": "2.0",
          "type": "REQUEST",
          "routeArn": "arn:aws:execute-api:eu-west-2:123456789012:abcdef123/$default/GET/reports/expenses",
          "identitySource": [%s],
          "routeKey": "GET /reports/expenses",
          "rawPath": "/reports/expenses",
          "rawQueryString": "from=2026-11-01",
          "headers": {"host": "abcdef123.execute-api.eu-west-2.amazonaws.com"},
          "queryStringParameters": {"from": "2026-11-01"},
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "abcdef123",
            "domainName": "abcdef123.execute-api.eu-west-2.amazonaws.com",
            "domainPrefix": "abcdef123",
            "http": {"method": "GET", "path": "/reports/expenses", "protocol": "HTTP/1.1",
                     "sourceIp": "203.0.113.7", "userAgent": "curl/8.5.0"},
            "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
            "routeKey": "GET /reports/expenses",
            "stage": "$default",
            "time": "06/Dec/2026:10:15:30 +0000",
            "timeEpoch": 1796552130000
          }
        }""".formatted(authorization == null ? "" : LambdaEvents.quoted(authorization));
    return function.handleRequest(LambdaEvents.read(event, APIGatewayV2CustomAuthorizerEvent.class), new TestContext());
  }

  /** The claims Cognito gives a program by the client-credentials grant. */
  private JWTClaimsSet.Builder clientClaims(ApiClientId client, String scope) {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder()
        .subject(client.value())
        .issuer(pool.issuer())
        .claim("client_id", client.value())
        .claim("token_use", "access")
        .claim("scope", scope)
        .claim("auth_time", now.getEpochSecond())
        .claim("version", 2)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
        .jwtID(UUID.randomUUID().toString());
  }

  @Test
  void a_persons_token_of_the_dashboard_passes_with_their_user_tenant_and_roles() {
    SimpleIAMPolicyResponse answer = authorize("Bearer " + pool.sign(
        pool.accessClaims("u-olivia", "t-acme", List.of("owner"), clock.instant()).build()));

    assertThat(answer.getIsAuthorized()).isTrue();
    assertThat(answer.getContext()).containsOnly(entry("sub", "u-olivia"), entry("custom:tenant_id", "t-acme"),
        entry("cognito:groups", "[owner]"));
  }

  @Test
  void a_persons_token_with_no_role_passes_for_the_function_to_refuse_with_its_own_problem() {
    SimpleIAMPolicyResponse answer = authorize("Bearer " + pool.sign(
        pool.accessClaims("u-nobody", "t-acme", List.of("contractors"), clock.instant()).build()));

    assertThat(answer.getIsAuthorized()).isTrue();
    assertThat(answer.getContext()).containsEntry("cognito:groups", "[contractors]");
  }

  @Test
  void an_api_clients_token_passes_as_the_business_the_directory_says_it_belongs_to() {
    directory.register(ACCOUNTANT, TenantId.of("t-acme"), "Hargreaves & Co");

    SimpleIAMPolicyResponse answer = authorize("Bearer " + pool.sign(clientClaims(ACCOUNTANT, SCOPE).build()));

    assertThat(answer.getIsAuthorized()).isTrue();
    assertThat(answer.getContext()).containsOnly(entry("jobmate:caller", "api-client"),
        entry("client_id", ACCOUNTANT.value()), entry("custom:tenant_id", "t-acme"));
  }

  @Test
  void a_tenant_claim_a_client_token_carries_is_ignored_for_the_directorys() {
    directory.register(ACCOUNTANT, TenantId.of("t-acme"), "Hargreaves & Co");

    SimpleIAMPolicyResponse answer = authorize("Bearer " + pool.sign(clientClaims(ACCOUNTANT, SCOPE)
        .claim("custom:tenant_id", "t-brightside").build()));

    assertThat(answer.getContext()).containsEntry("custom:tenant_id", "t-acme");
  }

  @Test
  void a_revoked_client_is_refused_from_the_next_request() {
    directory.register(ACCOUNTANT, TenantId.of("t-acme"), "Hargreaves & Co");
    String token = "Bearer " + pool.sign(clientClaims(ACCOUNTANT, SCOPE).build());
    assertThat(authorize(token).getIsAuthorized()).isTrue();

    directory.revoke(ACCOUNTANT, TenantId.of("t-acme"));

    assertThat(authorize(token).getIsAuthorized()).isFalse();
    assertThat(authorize(token).getContext()).isEmpty();
  }

  @Test
  void a_client_token_without_the_reports_scope_or_of_a_client_no_business_has_is_refused() {
    directory.register(ACCOUNTANT, TenantId.of("t-acme"), "Hargreaves & Co");

    assertThat(authorize("Bearer " + pool.sign(clientClaims(ACCOUNTANT, "jobmate-reports/other").build())).getIsAuthorized())
        .isFalse();
    assertThat(authorize("Bearer " + pool.sign(clientClaims(ApiClientId.of("unknownclient1"), SCOPE).build()))
        .getIsAuthorized()).isFalse();
  }

  @Test
  void a_missing_malformed_expired_or_foreign_token_is_refused() {
    directory.register(ACCOUNTANT, TenantId.of("t-acme"), "Hargreaves & Co");
    Instant longAgo = clock.instant().minus(Duration.ofHours(3));

    assertThat(authorize(null).getIsAuthorized()).isFalse();
    assertThat(authorize("Basic b2xpdmlhOnNlY3JldA==").getIsAuthorized()).isFalse();
    assertThat(authorize("Bearer not.a.token").getIsAuthorized()).isFalse();
    assertThat(authorize("Bearer " + pool.sign(clientClaims(ACCOUNTANT, SCOPE).issueTime(Date.from(longAgo))
        .expirationTime(Date.from(longAgo.plus(Duration.ofHours(1)))).build())).getIsAuthorized()).isFalse();
    assertThat(authorize("Bearer " + LocalIssuer.sign(LocalIssuer.generate("other-key"),
        clientClaims(ACCOUNTANT, SCOPE).build())).getIsAuthorized()).as("signed by another key").isFalse();
    assertThat(authorize("Bearer " + pool.sign(clientClaims(ACCOUNTANT, SCOPE).claim("token_use", "id").build()))
        .getIsAuthorized()).as("an id token").isFalse();
  }

  @Test
  void the_answer_is_what_api_gateway_reads_from_a_simple_response() {
    directory.register(ACCOUNTANT, TenantId.of("t-acme"), "Hargreaves & Co");

    String written = LambdaEvents.write(authorize("Bearer " + pool.sign(clientClaims(ACCOUNTANT, SCOPE).build())));

    assertThat(written).contains("\"isAuthorized\":true").contains("\"context\":{");
  }
}

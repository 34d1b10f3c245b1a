package app.jobmate.notifications.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.team.removal.RemovedMembers;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.adapter.jwt.CognitoAccessTokens;
import app.jobmate.notifications.adapter.jwt.JwksKeys;
import app.jobmate.notifications.adapter.jwt.LocalIssuer;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The $connect authorizer, given the request API Gateway sends for a WebSocket upgrade. */
class ConnectAuthorizerFunctionTest {

  private static final String METHOD_ARN = "arn:aws:execute-api:eu-west-2:123456789012:a1b2c3d4e5/prod/$connect";
  private static final Duration REFETCH_INTERVAL = Duration.ofSeconds(60);

  private final LocalIssuer pool = LocalIssuer.start();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30Z"));
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final ConnectAuthorizerFunction function = new ConnectAuthorizerFunction(new CognitoAccessTokens(
      pool.issuer(), LocalIssuer.CLIENT_ID, new JwksKeys(CognitoAccessTokens.jwksUri(pool.issuer()),
          HttpClient.newHttpClient(), clock, REFETCH_INTERVAL, Duration.ofHours(1)), clock),
      new RemovedMembers(history, EventCodec.standard()));

  @AfterEach
  void stop() {
    pool.close();
  }

  @Test
  void a_valid_access_token_may_connect_with_its_tenant_user_and_roles_in_the_context() {
    IamPolicyResponseV1 response = authorize(pool.sign(claims().build()));

    assertThat(response.getPrincipalId()).isEqualTo("u-olivia");
    assertThat(response.getContext()).containsOnly(
        org.assertj.core.api.Assertions.entry("tenantId", "t-acme"),
        org.assertj.core.api.Assertions.entry("userId", "u-olivia"),
        org.assertj.core.api.Assertions.entry("roles", "admin,owner"));
    JsonNode written = json(LambdaEvents.write(response));
    assertThat(written.at("/policyDocument/Version").asText()).isEqualTo("2012-10-17");
    assertThat(written.at("/policyDocument/Statement/0/Effect").asText()).isEqualTo("Allow");
    assertThat(written.at("/policyDocument/Statement/0/Action").asText()).isEqualTo("execute-api:Invoke");
    assertThat(written.at("/policyDocument/Statement/0/Resource/0").asText()).isEqualTo(METHOD_ARN);
    assertThat(written.at("/context/roles").asText()).isEqualTo("admin,owner");
  }

  @Test
  void a_member_the_team_s_record_says_was_removed_is_denied_from_the_next_connection_though_their_token_is_valid() {
    UserId olivia = UserId.of("u-olivia");
    UserId owner = UserId.of("u-owner");
    history.append(List.of(
        TestEvents.envelope(TestEvents.ACME, 1, new TeamFounded(owner, EmailAddress.of("owner@acme.example"), "Owner"),
            owner, Role.OWNER),
        TestEvents.envelope(TestEvents.ACME, 2, new MemberInvited(olivia, EmailAddress.of("olivia@acme.example"),
            "Olivia", Role.ADMIN), owner, Role.OWNER)));
    String token = pool.sign(claims().build());
    assertThat(authorize(token).getPrincipalId()).as("a member").isEqualTo("u-olivia");

    history.append(List.of(TestEvents.envelope(TestEvents.ACME, 3, new MemberRemoved(olivia), owner, Role.OWNER)));

    assertDenied(authorize(token));
  }

  @Test
  void a_member_removed_from_another_business_or_never_recorded_may_connect() {
    UserId olivia = UserId.of("u-olivia");
    history.append(List.of(
        TestEvents.envelope(TestEvents.GLOBEX, 1, new TeamFounded(olivia, EmailAddress.of("olivia@globex.example"),
            "Olivia"), olivia, Role.OWNER)));

    assertThat(authorize(pool.sign(claims().build())).getPrincipalId()).isEqualTo("u-olivia");
  }

  @Test
  void a_token_with_one_role_among_groups_that_are_not_roles_may_connect_with_that_role() {
    IamPolicyResponseV1 response = authorize(pool.sign(claims().claim("cognito:groups", List.of("bookkeepers", "staff")).build()));

    assertThat(response.getContext()).containsEntry("roles", "staff");
  }

  @Test
  void a_request_without_a_token_is_denied() {
    String noToken = LambdaEvents.fixture("websocket-authorizer-connect.json").replace("\"token\"", "\"other\"");

    IamPolicyResponseV1 response = function.handleRequest(
        LambdaEvents.read(noToken, APIGatewayCustomAuthorizerEvent.class), new TestContext());

    assertDenied(response);
  }

  static Stream<Named<Function<ConnectAuthorizerFunctionTest, String>>> refusedTokens() {
    return Stream.of(
        Named.of("empty", t -> ""),
        Named.of("not a JWT", t -> "not.a.token"),
        Named.of("expired", t -> t.pool.sign(t.claims()
            .issueTime(t.at(Duration.ofHours(-2))).expirationTime(t.at(Duration.ofMinutes(-1))).build())),
        Named.of("issued in the future", t -> t.pool.sign(t.claims()
            .issueTime(t.at(Duration.ofMinutes(5))).expirationTime(t.at(Duration.ofMinutes(65))).build())),
        Named.of("not valid yet", t -> t.pool.sign(t.claims().notBeforeTime(t.at(Duration.ofMinutes(5))).build())),
        Named.of("another issuer", t -> t.pool.sign(t.claims()
            .issuer("https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Someone").build())),
        Named.of("another app client", t -> t.pool.sign(t.claims().claim("client_id", "another-client").build())),
        Named.of("an id token", t -> t.pool.sign(t.claims().claim("token_use", "id")
            .audience(LocalIssuer.CLIENT_ID).build())),
        Named.of("no tenant", t -> t.pool.sign(t.claims().claim("custom:tenant_id", null).build())),
        Named.of("no subject", t -> t.pool.sign(t.claims().subject(null).build())),
        Named.of("no role of Jobmate among its groups", t -> t.pool.sign(t.claims().claim("cognito:groups", List.of("bookkeepers")).build())),
        Named.of("no groups at all", t -> t.pool.sign(t.claims().claim("cognito:groups", null).build())),
        Named.of("groups that are not a list", t -> t.pool.sign(t.claims().claim("cognito:groups", 7).build())),
        Named.of("no issue time", t -> t.pool.sign(t.claims().issueTime(null).build())),
        Named.of("an issue time that is not a number", t -> t.pool.sign(t.claims().claim("iat", "now").build())),
        Named.of("issued just beyond the clock skew", t -> t.pool.sign(t.claims()
            .issueTime(t.at(CognitoAccessTokens.CLOCK_SKEW.plusSeconds(1))).build())),
        Named.of("no key id, though signed by the pool's key", t -> LocalIssuer.sign(t.pool.signingKey(), t.claims().build(),
            h -> h.keyID(null))),
        Named.of("a key id that is not a string", t -> withHeader(t.pool.sign(t.claims().build()),
            "{\"alg\":\"RS256\",\"kid\":1,\"typ\":\"JWT\"}")),
        Named.of("a header that is not JSON", t -> withHeader(t.pool.sign(t.claims().build()), "{\"alg\":\"RS256\"")),
        Named.of("alg none", t -> new PlainJWT(new PlainHeader(), t.claims().build()).serialize()),
        Named.of("alg none claiming the pool's key", t -> unsigned("{\"alg\":\"none\",\"kid\":\"key-1\"}", t.claims().build())),
        Named.of("HS256 signed with the pool's public key", t -> hmacWithPublicKey(t.pool.signingKey(), t.claims().build())),
        Named.of("RS512", t -> LocalIssuer.sign(t.pool.signingKey(), t.claims().build(),
            h -> new JWSHeader.Builder(JWSAlgorithm.RS512).keyID("key-1"))),
        Named.of("a tampered payload", t -> tampered(t.pool.sign(t.claims().build()))),
        Named.of("signed by another key under the pool's key id", t -> LocalIssuer.sign(LocalIssuer.generate("key-1"),
            t.claims().build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedTokens")
  void a_token_that_is_not_a_valid_access_token_of_the_pool_s_app_client_is_denied(
      Function<ConnectAuthorizerFunctionTest, String> token) {
    TestContext context = new TestContext();

    IamPolicyResponseV1 response = function.handleRequest(event(token.apply(this)), context);

    assertDenied(response);
    assertThat(context.logged()).singleElement().satisfies(line -> assertThat(line).startsWith("WARN connection refused"));
  }

  @Test
  void an_unknown_key_id_refetches_the_keys_once_and_never_again_within_the_interval() {
    assertThat(authorize(pool.sign(claims().build())).getPrincipalId()).isEqualTo("u-olivia");
    assertThat(pool.jwksRequests()).isEqualTo(1);
    clock.advance(REFETCH_INTERVAL);

    IamPolicyResponseV1 unknown = authorize(LocalIssuer.sign(LocalIssuer.generate("made-up-1"), claims().build()));
    IamPolicyResponseV1 unknownAgain = authorize(LocalIssuer.sign(LocalIssuer.generate("made-up-2"), claims().build()));

    assertDenied(unknown);
    assertDenied(unknownAgain);
    assertThat(pool.jwksRequests()).isEqualTo(2);
    assertThat(authorize(pool.sign(claims().build())).getPrincipalId()).isEqualTo("u-olivia");
    assertThat(pool.jwksRequests()).isEqualTo(2);
  }

  @Test
  void a_key_the_pool_adds_is_used_once_the_interval_has_passed() {
    authorize(pool.sign(claims().build()));
    RSAKey added = LocalIssuer.generate("key-2");
    pool.publish(added);

    assertDenied(authorize(LocalIssuer.sign(added, claims().build())));
    clock.advance(REFETCH_INTERVAL);

    assertThat(authorize(LocalIssuer.sign(added, claims().build())).getPrincipalId()).isEqualTo("u-olivia");
    assertThat(pool.jwksRequests()).isEqualTo(2);
  }

  private IamPolicyResponseV1 authorize(String token) {
    return function.handleRequest(event(token), new TestContext());
  }

  private static APIGatewayCustomAuthorizerEvent event(String token) {
    String json = LambdaEvents.fixture("websocket-authorizer-connect.json").replace("\"TOKEN\"", LambdaEvents.quoted(token));
    return LambdaEvents.read(json, APIGatewayCustomAuthorizerEvent.class);
  }

  private JWTClaimsSet.Builder claims() {
    return pool.accessClaims("u-olivia", "t-acme", List.of("owner", "admin", "bookkeepers"), clock.instant());
  }

  private java.util.Date at(Duration fromNow) {
    return java.util.Date.from(clock.instant().plus(fromNow));
  }

  private static void assertDenied(IamPolicyResponseV1 response) {
    JsonNode written = json(LambdaEvents.write(response));
    assertThat(written.at("/policyDocument/Statement/0/Effect").asText()).isEqualTo("Deny");
    assertThat(written.at("/policyDocument/Statement/0/Resource/0").asText()).isEqualTo(METHOD_ARN);
    assertThat(response.getPrincipalId()).isEqualTo("unauthorized");
    assertThat(response.getContext()).isNullOrEmpty();
  }

  private static String unsigned(String header, JWTClaimsSet claims) {
    return Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + "."
        + Base64URL.encode(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
  }

  /** The classic key confusion: HS256 with the RSA public key (as published) as the HMAC secret. */
  private static String hmacWithPublicKey(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same payload and signature under another header. */
  private static String withHeader(String token, String header) {
    String[] parts = token.split("\\.");
    return Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
  }

  /** The same signature over a payload that now names another tenant. */
  private static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8).replace("t-acme", "t-globex");
    return parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
  }

  private static JsonNode json(String text) {
    try {
      return EventJson.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}

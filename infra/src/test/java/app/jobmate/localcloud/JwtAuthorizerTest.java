package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.identity.LocalIssuer;
import app.jobmate.localcloud.identity.UserDirectory;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedLocalCloud.class)
class JwtAuthorizerTest {

  private static LocalCloud cloud;
  private static LocalIssuer issuer;
  private static UserDirectory.User owner;

  @BeforeAll
  static void find(LocalCloud shared) {
    cloud = shared;
    issuer = cloud.identity().issuer();
    owner = cloud.identity().users().users().getFirst();
  }

  private static HttpResponse<String> echo(String authorization) {
    HttpRequest.Builder request = Http.to(cloud, "/echo/x").POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Http.send(request);
  }

  private static void assertUnauthorizedWithoutInvoking(String authorization) {
    int before = cloud.functions().require("EchoFunction").invocations();
    HttpResponse<String> response = echo(authorization);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(cloud.functions().require("EchoFunction").invocations()).isEqualTo(before);
  }

  private static JWTClaimsSet.Builder accessClaims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder().subject(owner.sub()).issuer(issuer.issuer()).jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
        .claim("client_id", cloud.endpoints().clientId()).claim("token_use", "access")
        .claim("cognito:groups", List.of("owner")).claim("custom:tenant_id", "t-acme");
  }

  @Test
  void a_signed_in_users_access_token_is_accepted_with_or_without_the_bearer_prefix() {
    String token = Http.signIn(cloud, "adam@acme.example");
    assertThat(echo("Bearer " + token).statusCode()).isEqualTo(200);
    assertThat(echo(token).statusCode()).isEqualTo(200);
    assertThat(echo("Bearer " + issuer.sign(accessClaims().build())).statusCode()).isEqualTo(200);
  }

  @Test
  void a_wrong_password_is_refused_as_cognito_refuses_it() {
    HttpResponse<String> response = Http.send(Http.to(cloud, "/local/sign-in")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"olivia@acme.example\",\"password\":\"guess\"}")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("NotAuthorizedException");
  }

  @Test
  void a_missing_token_is_unauthorized() {
    assertUnauthorizedWithoutInvoking(null);
    assertUnauthorizedWithoutInvoking("Bearer ");
  }

  @Test
  void an_expired_token_is_unauthorized() {
    Instant past = Instant.now().minusSeconds(3600);
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().issueTime(Date.from(past.minusSeconds(3600)))
        .expirationTime(Date.from(past)).build()));
  }

  @Test
  void a_token_from_another_issuer_is_unauthorized() {
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().issuer("https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_other").build()));
  }

  @Test
  void a_token_for_another_client_is_unauthorized() {
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().claim("client_id", "someoneElsesClient").build()));
  }

  @Test
  void an_unsigned_token_is_unauthorized() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = base64.encodeToString(accessClaims().build().toString().getBytes(StandardCharsets.UTF_8));
    assertUnauthorizedWithoutInvoking(header + "." + payload + ".");
  }

  @Test
  void a_token_signed_with_hs256_using_the_public_key_as_secret_is_unauthorized() throws Exception {
    RSAKey publicKey = issuer.publicKey();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID()).build(),
        accessClaims().build());
    forged.sign(new MACSigner(publicKey.toRSAPublicKey().getEncoded()));
    assertUnauthorizedWithoutInvoking(forged.serialize());
  }

  @Test
  void a_token_signed_by_an_unknown_key_is_unauthorized() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("not-in-the-jwks").generate();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(), accessClaims().build());
    forged.sign(new RSASSASigner(stranger));
    assertUnauthorizedWithoutInvoking(forged.serialize());
  }

  @Test
  void a_token_naming_no_key_is_unauthorized_even_when_the_issuers_key_signed_it() {
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().build(), header -> header.keyID(null)));
    assertUnauthorizedWithoutInvoking("Bearer " + issuer.sign(accessClaims().build(), header -> header.keyID(null)));
  }

  @Test
  void a_token_signed_by_another_key_under_the_issuers_key_id_is_unauthorized() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(issuer.publicKey().getKeyID()).generate();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(), accessClaims().build());
    forged.sign(new RSASSASigner(stranger));
    assertUnauthorizedWithoutInvoking(forged.serialize());
  }

  @Test
  void a_token_issued_in_the_future_is_unauthorized_beyond_the_clock_skew() {
    Instant later = Instant.now().plusSeconds(300);
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().issueTime(Date.from(later))
        .expirationTime(Date.from(later.plusSeconds(3600))).build()));
    assertThat(echo(issuer.sign(accessClaims().issueTime(Date.from(Instant.now().plusSeconds(5))).build())).statusCode())
        .as("a few seconds ahead is clock skew").isEqualTo(200);
  }

  @Test
  void a_token_with_a_malformed_header_is_unauthorized() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String[] parts = issuer.sign(accessClaims().build()).split("\\.");
    for (String header : List.of("{\"alg\":\"RS256\",\"kid\":7}", "{\"alg\":\"RS256\",\"kid\":null}", "{\"alg\":\"RS256\"",
        "[\"RS256\"]", "not json at all", "{\"alg\":\"RS256\",\"kid\":\"" + issuer.publicKey().getKeyID() + "\",\"crit\":[\"exp\"]}")) {
      assertUnauthorizedWithoutInvoking(base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2]);
    }
    assertUnauthorizedWithoutInvoking("%%%." + parts[1] + "." + parts[2]);
    assertUnauthorizedWithoutInvoking(parts[0] + "." + parts[1]);
    assertUnauthorizedWithoutInvoking(parts[0] + "." + parts[1] + "." + parts[2] + ".x.y");
  }

  @Test
  void a_token_whose_claims_have_the_wrong_types_is_unauthorized() {
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().claim("exp", "tomorrow").build()));
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().claim("iat", "now").build()));
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().claim("iss", List.of(issuer.issuer())).build()));
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().claim("token_use", List.of("access")).build()));
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().claim("client_id", 42).build()));
    assertUnauthorizedWithoutInvoking(issuer.sign(accessClaims().claim("nbf", "later").build()));
  }

  @Test
  void an_id_token_where_an_access_token_is_expected_is_unauthorized() {
    assertUnauthorizedWithoutInvoking(issuer.idToken(owner, cloud.endpoints().clientId(), Instant.now()));
  }

  @Test
  void a_token_whose_payload_was_tampered_with_is_unauthorized() {
    String[] parts = Http.signIn(cloud, "sam@acme.example").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"staff\"", "\"owner\"");
    String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "." + parts[2];
    assertUnauthorizedWithoutInvoking(tampered);
  }

  @Test
  void the_issuer_publishes_its_keys_at_its_jwks_address() {
    HttpResponse<String> jwks = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer.issuer() + "/.well-known/jwks.json")));
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(Json.parse(jwks.body()).at("/keys/0/kid").asText()).isEqualTo(issuer.publicKey().getKeyID());
    assertThat(Json.parse(jwks.body()).at("/keys/0/d").isMissingNode()).as("no private part").isTrue();
    assertThat(issuer.issuer()).isEqualTo(cloud.endpoints().api() + "/local/cognito/eu-west-2_UserPool");
  }
}

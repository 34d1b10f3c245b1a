package app.jobmate.localcloud.attack;

import app.jobmate.localcloud.identity.LocalIssuer;
import app.jobmate.localcloud.identity.UserDirectory;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens an attacker could bring, each with a real member's claims: every one must be refused by
 * the HTTP API's JWT authorizer (401) and the WebSocket API's {@code $connect} authorizer. Made with
 * nimbus-jose-jwt and, where the forgery needs it, the local issuer's own key.
 */
final class Forgeries {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Forgeries() {
  }

  /** Forged tokens by name, each carrying {@code user}'s claims. */
  static Map<String, String> of(LocalIssuer issuer, String clientId, UserDirectory.User user) {
    try {
      Map<String, String> tokens = new LinkedHashMap<>();
      JWTClaimsSet claims = access(issuer, clientId, user, Instant.now()).build();
      tokens.put("alg none", BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
          + "." + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".");
      RSAKey published = issuer.publicKey();
      SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(published.getKeyID()).build(), claims);
      hs256.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
      tokens.put("HS256 with the public key as secret", hs256.serialize());
      tokens.put("foreign RSA key, own kid", signedByStranger(claims, "not-in-the-jwks"));
      tokens.put("foreign RSA key, issuer's kid", signedByStranger(claims, published.getKeyID()));
      tokens.put("no kid", issuer.sign(claims, header -> header.keyID(null)));
      tokens.put("tenant changed after signing", withTenant(issuer.sign(claims), user.tenantId(),
          user.tenantId().equals("t-acme") ? "t-brightside" : "t-acme"));
      Instant hourAgo = Instant.now().minusSeconds(3600);
      tokens.put("expired", issuer.sign(access(issuer, clientId, user, hourAgo.minusSeconds(600))
          .expirationTime(Date.from(hourAgo)).build()));
      tokens.put("iat in the future", issuer.sign(access(issuer, clientId, user, Instant.now().plusSeconds(600)).build()));
      tokens.put("wrong issuer", issuer.sign(access(issuer, clientId, user, Instant.now())
          .issuer("https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_someoneElse").build()));
      tokens.put("wrong client id", issuer.sign(access(issuer, clientId, user, Instant.now())
          .claim("client_id", "someOtherAppsClient").build()));
      tokens.put("id token", issuer.idToken(user, clientId, Instant.now()));
      return tokens;
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot forge a token", e);
    }
  }

  /** A genuine access token of the issuer for {@code user}, but with {@code groups} instead of the user's roles. */
  static String withGroups(LocalIssuer issuer, String clientId, UserDirectory.User user, List<String> groups) {
    JWTClaimsSet.Builder claims = access(issuer, clientId, user, Instant.now());
    return issuer.sign((groups == null ? claims.claim("cognito:groups", null) : claims.claim("cognito:groups", groups))
        .build());
  }

  private static JWTClaimsSet.Builder access(LocalIssuer issuer, String clientId, UserDirectory.User user, Instant issued) {
    return new JWTClaimsSet.Builder().subject(user.sub()).issuer(issuer.issuer()).jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plusSeconds(3600)))
        .claim("client_id", clientId).claim("token_use", "access").claim("scope", "aws.cognito.signin.user.admin")
        .claim("username", user.username()).claim("cognito:groups", user.groups())
        .claim("custom:tenant_id", user.tenantId());
  }

  private static String signedByStranger(JWTClaimsSet claims, String kid) throws JOSEException {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(kid).generate();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
    forged.sign(new RSASSASigner(stranger));
    return forged.serialize();
  }

  private static String withTenant(String token, String from, String to) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String changed = payload.replace("\"custom:tenant_id\":\"" + from + "\"", "\"custom:tenant_id\":\"" + to + "\"");
    if (changed.equals(payload)) {
      throw new IllegalStateException("the token has no tenant claim to change: " + payload);
    }
    return parts[0] + "." + BASE64URL.encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
  }
}

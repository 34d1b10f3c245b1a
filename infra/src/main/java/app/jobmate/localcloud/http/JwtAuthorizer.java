package app.jobmate.localcloud.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API JWT authorizer, checking what API Gateway checks — the token from the identity source
 * (a {@code Bearer } prefix allowed), an RS256 signature by a key of the issuer's JWKS chosen by
 * {@code kid} (a token naming no key is refused), {@code iss}, {@code aud} or else {@code client_id}
 * in the audience list, {@code exp} and {@code nbf}, and the route's scopes — plus, as docs/architecture.md
 * asks, the Cognito {@code token_use} that the API expects (access tokens), which API Gateway itself
 * does not check, and an {@code iat} no later than now give or take the clock skew.
 */
public final class JwtAuthorizer {

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  /** An authorizer of the template ({@code Auth.Authorizers.<name>.JwtConfiguration}). */
  public record Config(String name, String issuer, List<String> audience, String identityHeader) {
  }

  private final Config config;
  private final Map<String, RSAKey> keysById;
  private final String expectedTokenUse;

  public JwtAuthorizer(Config config, Map<String, RSAKey> keysById, String expectedTokenUse) {
    this.config = config;
    this.keysById = Map.copyOf(keysById);
    this.expectedTokenUse = expectedTokenUse;
  }

  public Config config() {
    return config;
  }

  /** The token's claims if every check passes; empty means 401 Unauthorized. */
  public Optional<JWTClaimsSet> authorize(Optional<String> identity, List<String> routeScopes, Instant now) {
    if (identity.isEmpty() || identity.get().isBlank()) {
      return Optional.empty();
    }
    String token = identity.get().trim();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).trim();
    }
    try {
      JWT jwt = JWTParser.parse(token);
      if (!(jwt instanceof SignedJWT signed) || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
        return Optional.empty(); // unsigned ("alg": "none"), HS256 and every other algorithm are refused
      }
      String keyId = signed.getHeader().getKeyID();
      RSAKey key = keyId == null ? null : keysById.get(keyId);
      if (key == null || !signed.verify(new RSASSAVerifier(key))) {
        return Optional.empty(); // no kid, or a kid not in the JWKS: no key is tried in its place
      }
      JWTClaimsSet claims = signed.getJWTClaimsSet();
      return valid(claims, routeScopes, now) ? Optional.of(claims) : Optional.empty();
    } catch (ParseException | JOSEException | RuntimeException e) {
      // whatever the token makes the parser trip on, it is a token that cannot be verified: 401, never a 500
      return Optional.empty();
    }
  }

  private boolean valid(JWTClaimsSet claims, List<String> routeScopes, Instant now) throws ParseException {
    if (!config.issuer().equals(claims.getIssuer())) {
      return false;
    }
    Date expires = claims.getExpirationTime();
    if (expires == null || now.isAfter(expires.toInstant().plus(CLOCK_SKEW))) {
      return false;
    }
    Date issued = claims.getIssueTime();
    if (issued != null && issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
      return false; // issued in the future: a forged or mis-clocked token
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && now.isBefore(notBefore.toInstant().minus(CLOCK_SKEW))) {
      return false;
    }
    List<String> audience = claims.getAudience();
    boolean audienceMatches = audience != null && !audience.isEmpty()
        ? audience.stream().anyMatch(config.audience()::contains)
        : config.audience().contains(claims.getStringClaim("client_id"));
    if (!audienceMatches || !expectedTokenUse.equals(claims.getStringClaim("token_use"))) {
      return false;
    }
    if (routeScopes.isEmpty()) {
      return true;
    }
    String scope = claims.getStringClaim("scope");
    List<String> granted = scope == null ? List.of() : Arrays.asList(scope.split(" "));
    return routeScopes.stream().anyMatch(granted::contains);
  }

  /** The header named by an identity source such as {@code $request.header.Authorization}. */
  public static String headerOf(String identitySource) {
    String prefix = "$request.header.";
    return (identitySource.startsWith(prefix) ? identitySource.substring(prefix.length()) : "Authorization")
        .toLowerCase(Locale.ROOT);
  }
}

package app.jobmate.notifications.adapter.jwt;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.connections.AccessTokens;
import app.jobmate.notifications.connections.Caller;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verifies a Cognito user pool ACCESS token as the HTTP API's JWT authorizer does:
 * signed RS256 (the algorithm is pinned: {@code none}, HMAC and every other algorithm are refused
 * before any key is looked at, so a token "signed" with the public key as an HMAC secret gets
 * nowhere) by a key of the issuer's JWKS; {@code iss} exactly the pool; {@code client_id} the app
 * client; {@code token_use} {@code access}; within {@code exp}, {@code nbf} and {@code iat}, give
 * or take a small clock skew; {@code sub} and {@code custom:tenant_id} present. Roles are the
 * token's {@code cognito:groups}; groups that are not roles are ignored, and a token with no role
 * at all is refused.
 *
 * <p>Cognito writes {@code custom:tenant_id} into access tokens only through a pre token
 * generation trigger (event version 2); the user pool must have one.
 */
public final class CognitoAccessTokens implements AccessTokens {

  public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
  /** Cognito's access tokens live at most a day. */
  private static final Duration MAX_LIFETIME = Duration.ofDays(1);
  /** A Cognito access token is 1 to 2 KB; anything much larger is not one. */
  private static final int MAX_TOKEN_LENGTH = 16 * 1024;

  private final String issuer;
  private final String clientId;
  private final JwksKeys keys;
  private final Clock clock;

  public CognitoAccessTokens(String issuer, String clientId, JwksKeys keys, Clock clock) {
    this.issuer = requireIssuer(issuer);
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("the app client id is required");
    }
    this.clientId = clientId;
    this.keys = keys;
    this.clock = clock;
  }

  /** Verifier for the user pool {@code issuer} (e.g. {@code https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC}). */
  public static CognitoAccessTokens of(String issuer, String clientId, Clock clock) {
    return new CognitoAccessTokens(issuer, clientId, JwksKeys.of(jwksUri(issuer), clock), clock);
  }

  /** Where a Cognito user pool publishes its signing keys. */
  public static URI jwksUri(String issuer) {
    return URI.create(requireIssuer(issuer) + "/.well-known/jwks.json");
  }

  @Override
  public Caller verify(String token) {
    JWTClaimsSet claims = verifiedAccessToken(token);
    try {
      if (!clientId.equals(claims.getStringClaim("client_id"))) {
        throw new Rejected("the token is for another app client");
      }
      return caller(claims);
    } catch (ParseException e) {
      throw new Rejected("the token cannot be read: " + e.getMessage(), e);
    }
  }

  /** The app client whose users' tokens {@link #verify} accepts (the dashboard's). */
  public String clientId() {
    return clientId;
  }

  /**
   * The claims of an access token of the pool, whichever app client it was given to (a person's, or
   * a program's by the client-credentials grant): signature, issuer, {@code token_use} and times
   * checked as for {@link #verify}; nothing about who it names.
   */
  public JWTClaimsSet verifiedAccessToken(String token) {
    if (token == null || token.isBlank()) {
      throw new Rejected("no token");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new Rejected("the token is longer than " + MAX_TOKEN_LENGTH + " characters");
    }
    SignedJWT signed = signed(token);
    JWSHeader header = signed.getHeader();
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      throw new Rejected("the token's algorithm is " + header.getAlgorithm() + ", not RS256");
    }
    if (header.getKeyID() == null) {
      throw new Rejected("the token names no key");
    }
    RSAKey key;
    try {
      key = keys.key(header.getKeyID()).orElseThrow(() ->
          new Rejected("the token's key " + header.getKeyID() + " is not one of the issuer's"));
    } catch (IllegalStateException e) {
      throw new Rejected(e.getMessage(), e);
    }
    if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())
        || key.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(key.getAlgorithm())) {
      throw new Rejected("the issuer's key " + header.getKeyID() + " is not an RS256 signing key");
    }
    try {
      if (!signed.verify(new RSASSAVerifier(key))) {
        throw new Rejected("the token's signature does not verify");
      }
      JWTClaimsSet claims = signed.getJWTClaimsSet();
      if (!issuer.equals(claims.getIssuer())) {
        throw new Rejected("the token's issuer is " + claims.getIssuer());
      }
      if (!"access".equals(claims.getStringClaim("token_use"))) {
        throw new Rejected("the token is not an access token (token_use " + claims.getClaim("token_use") + ")");
      }
      checkTimes(claims);
      return claims;
    } catch (JOSEException | ParseException e) {
      throw new Rejected("the token cannot be verified: " + e.getMessage(), e);
    }
  }

  private static SignedJWT signed(String token) {
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      throw new Rejected("the token is not a JWT");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw new Rejected("the token is not signed (alg " + jwt.getHeader().getAlgorithm() + ")");
    }
    return signed;
  }

  private static Caller caller(JWTClaimsSet claims) throws ParseException {
    String sub = claims.getSubject();
    String tenant = claims.getStringClaim("custom:tenant_id");
    if (sub == null || sub.isBlank() || tenant == null || tenant.isBlank()) {
      throw new Rejected("the token names no user or no tenant");
    }
    Set<Role> roles = roles(claims.getStringListClaim("cognito:groups"));
    if (roles.isEmpty()) {
      // the HTTP API answers such a caller 403 on every route: a connection would only hear what it may not see
      throw new Rejected("the token names no role of Jobmate (cognito:groups " + claims.getClaim("cognito:groups") + ")");
    }
    try {
      return new Caller(TenantId.of(tenant), UserId.of(sub), roles);
    } catch (IllegalArgumentException e) {
      throw new Rejected("the token's user or tenant is malformed");
    }
  }

  private void checkTimes(JWTClaimsSet claims) {
    Instant now = clock.instant();
    Instant expires = instant(claims.getExpirationTime(), "exp");
    Instant issued = instant(claims.getIssueTime(), "iat");
    if (!now.minus(CLOCK_SKEW).isBefore(expires)) {
      throw new Rejected("the token expired at " + expires);
    }
    if (issued.isAfter(now.plus(CLOCK_SKEW))) {
      throw new Rejected("the token is issued in the future (" + issued + ")");
    }
    if (!issued.isBefore(expires) || issued.plus(MAX_LIFETIME).isBefore(expires)) {
      throw new Rejected("the token's lifetime is not plausible: issued " + issued + ", expires " + expires);
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && notBefore.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
      throw new Rejected("the token is not valid before " + notBefore.toInstant());
    }
  }

  private static Instant instant(Date date, String claim) {
    if (date == null) {
      throw new Rejected("the token has no " + claim);
    }
    return date.toInstant();
  }

  private static Set<Role> roles(List<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (groups != null) {
      groups.forEach(g -> Role.find(g).ifPresent(roles::add));
    }
    return roles;
  }

  private static String requireIssuer(String issuer) {
    URI uri;
    try {
      uri = URI.create(issuer == null ? "" : issuer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the issuer is not a URL: " + issuer, e);
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    // keys fetched over plain HTTP could be anyone's: only the local cloud, on this machine, may use it
    if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
      throw new IllegalArgumentException("the issuer must be an https URL (http only on loopback): " + issuer);
    }
    if (issuer.endsWith("/")) {
      throw new IllegalArgumentException("the issuer has no trailing slash (tokens name it without): " + issuer);
    }
    return issuer;
  }
}

package app.jobmate.localcloud.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The local cloud's Cognito-shaped token issuer: an RS256 key generated at the first start and kept
 * under the data directory, a JWKS, and access and id tokens with Cognito's claims. In AWS,
 * {@code custom:tenant_id} reaches the access token through a pre-token-generation (V2) trigger;
 * here the issuer adds it directly.
 */
public final class LocalIssuer {

  public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  private final String issuer;
  private final String userPoolId;
  private final RSAKey key;

  private LocalIssuer(String issuer, String userPoolId, RSAKey key) {
    this.issuer = issuer;
    this.userPoolId = userPoolId;
    this.key = key;
  }

  /** Loads the signing key from {@code keyFile}, or generates and saves one. */
  public static LocalIssuer open(String issuer, String userPoolId, Path keyFile) {
    try {
      RSAKey key;
      if (Files.exists(keyFile)) {
        key = RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
      } else {
        key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate();
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, key.toJSONString(), StandardCharsets.UTF_8);
      }
      return new LocalIssuer(issuer, userPoolId, key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the local issuer's key in " + keyFile, e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("the local issuer's key in " + keyFile + " is unusable", e);
    }
  }

  public String issuer() {
    return issuer;
  }

  public String userPoolId() {
    return userPoolId;
  }

  public RSAKey publicKey() {
    return key.toPublicJWK();
  }

  /** The JWKS document served at {@code <issuer>/.well-known/jwks.json}. */
  public String jwks() {
    return new JWKSet(key.toPublicJWK()).toString(true);
  }

  public String accessToken(UserDirectory.User user, String clientId, Instant now) {
    JWTClaimsSet.Builder claims = common(user, now)
        .claim("client_id", clientId)
        .claim("token_use", "access")
        .claim("scope", "aws.cognito.signin.user.admin")
        .claim("username", user.username());
    return sign(claims.build());
  }

  public String idToken(UserDirectory.User user, String clientId, Instant now) {
    JWTClaimsSet.Builder claims = common(user, now)
        .audience(clientId)
        .claim("token_use", "id")
        .claim("email", user.email())
        .claim("email_verified", true)
        .claim("name", user.name())
        .claim("cognito:username", user.username());
    return sign(claims.build());
  }

  private JWTClaimsSet.Builder common(UserDirectory.User user, Instant now) {
    return new JWTClaimsSet.Builder()
        .subject(user.sub())
        .issuer(issuer)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
        .claim("auth_time", now.getEpochSecond())
        .claim("cognito:groups", user.groups())
        .claim("custom:tenant_id", user.tenantId());
  }

  /** Signs any claims with the issuer's key (tests use it to forge tokens that must be refused). */
  public String sign(JWTClaimsSet claims) {
    return sign(claims, UnaryOperator.identity());
  }

  /** Signs any claims with the issuer's key under a header {@code header} may change (no {@code kid}, say). */
  public String sign(JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) {
    try {
      SignedJWT jwt = new SignedJWT(header.apply(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }
}

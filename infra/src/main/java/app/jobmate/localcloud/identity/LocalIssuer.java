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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The local cloud's Cognito-shaped token issuer: an RS256 key generated at the first start and kept
 * under the data directory, a JWKS, and access and id tokens with Cognito's claims. In AWS,
 * {@code custom:tenant_id} reaches the access token through a pre-token-generation (V2) trigger;
 * here the issuer adds it directly.
 */
public final class LocalIssuer {

  public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

  private final String issuer;
  private final String userPoolId;
  private final RSAKey key;

  private LocalIssuer(String issuer, String userPoolId, RSAKey key) {
    this.issuer = issuer;
    this.userPoolId = userPoolId;
    this.key = key;
  }

  /**
   * Loads the signing key from {@code keyFile}, or generates and saves one. The file is its owner's
   * only (0600, in a 0700 directory when this creates it); one found readable by others is made so,
   * with a line in {@code log}.
   */
  public static LocalIssuer open(String issuer, String userPoolId, Path keyFile, Consumer<String> log) {
    try {
      RSAKey key;
      if (Files.exists(keyFile)) {
        keepPrivate(keyFile, log);
        key = RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
      } else {
        key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate();
        save(key, keyFile);
      }
      return new LocalIssuer(issuer, userPoolId, key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the local issuer's key in " + keyFile, e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("the local issuer's key in " + keyFile + " is unusable", e);
    }
  }

  private static boolean posix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Written to a private temporary file first, then moved into place: the key is never readable by others, nor half written. */
  private static void save(RSAKey key, Path keyFile) throws IOException {
    Path directory = keyFile.toAbsolutePath().getParent();
    boolean posix = posix(directory);
    if (!Files.isDirectory(directory)) {
      if (posix) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
      } else {
        Files.createDirectories(directory);
      }
    }
    Path temporary = posix
        ? Files.createTempFile(directory, ".signing-key", ".tmp", PosixFilePermissions.asFileAttribute(PRIVATE_FILE))
        : Files.createTempFile(directory, ".signing-key", ".tmp");
    try {
      Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
      Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void keepPrivate(Path keyFile, Consumer<String> log) throws IOException {
    if (!posix(keyFile)) {
      return;
    }
    Set<PosixFilePermission> granted = Files.getPosixFilePermissions(keyFile);
    if (!PRIVATE_FILE.containsAll(granted)) {
      Files.setPosixFilePermissions(keyFile, PRIVATE_FILE);
      log.accept("identity: the signing key " + keyFile + " was " + PosixFilePermissions.toString(granted)
          + ", readable by others; it is now rw------- (its owner's only)");
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

  /**
   * An access token for an app client of the client-credentials grant, with Cognito's claims for one:
   * {@code sub} and {@code client_id} the client, {@code scope} the scopes granted, no user, no groups
   * and no tenant (the reports' authorizer finds the tenant by the client).
   */
  public String clientAccessToken(String clientId, java.util.List<String> scopes, Instant now) {
    return sign(new JWTClaimsSet.Builder()
        .subject(clientId)
        .issuer(issuer)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
        .claim("auth_time", now.getEpochSecond())
        .claim("client_id", clientId)
        .claim("token_use", "access")
        .claim("scope", String.join(" ", scopes))
        .claim("version", 2)
        .build());
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

package app.jobmate.notifications.adapter.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A Cognito user pool as far as tokens go: RSA keys it generates, its JWKS served on a loopback
 * port at {@code <issuer>/.well-known/jwks.json} (requests counted), and access tokens shaped as
 * Cognito issues them.
 */
public final class LocalIssuer implements AutoCloseable {

  public static final String POOL = "eu-west-2_Jobmate1";
  public static final String CLIENT_ID = "4fq3m2g1example0client0id0";

  private final HttpServer server;
  private final List<JWK> published = new CopyOnWriteArrayList<>();
  private final AtomicInteger jwksRequests = new AtomicInteger();
  private final RSAKey signingKey;

  private LocalIssuer(HttpServer server) {
    this.server = server;
    this.signingKey = generate("key-1");
    published.add(signingKey.toPublicJWK());
    server.createContext("/" + POOL + "/.well-known/jwks.json", this::serveKeys);
    server.start();
  }

  public static LocalIssuer start() {
    try {
      return new LocalIssuer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + POOL;
  }

  public RSAKey signingKey() {
    return signingKey;
  }

  public static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Publishes another key, as a pool does when it adds one. */
  public void publish(RSAKey key) {
    published.add(key.toPublicJWK());
  }

  public int jwksRequests() {
    return jwksRequests.get();
  }

  /** The claims of an access token Cognito would issue to {@code sub} at {@code now}. */
  public JWTClaimsSet.Builder accessClaims(String sub, String tenant, List<String> groups, Instant now) {
    return new JWTClaimsSet.Builder()
        .subject(sub)
        .issuer(issuer())
        .claim("client_id", CLIENT_ID)
        .claim("origin_jti", UUID.randomUUID().toString())
        .claim("event_id", UUID.randomUUID().toString())
        .claim("token_use", "access")
        .claim("scope", "aws.cognito.signin.user.admin")
        .claim("auth_time", now.getEpochSecond())
        .claim("custom:tenant_id", tenant)
        .claim("cognito:groups", groups)
        .claim("version", 2)
        .claim("username", sub)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
        .jwtID(UUID.randomUUID().toString());
  }

  public String sign(JWTClaimsSet claims) {
    return sign(signingKey, claims);
  }

  public static String sign(RSAKey key, JWTClaimsSet claims) {
    return sign(key, claims, UnaryOperator.identity());
  }

  public static String sign(RSAKey key, JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) {
    try {
      SignedJWT jwt = new SignedJWT(header.apply(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
          .type(JOSEObjectType.JWT)).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private void serveKeys(HttpExchange exchange) throws IOException {
    try (exchange) {
      jwksRequests.incrementAndGet();
      byte[] body = new JWKSet(List.copyOf(published)).toString(true).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("content-type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

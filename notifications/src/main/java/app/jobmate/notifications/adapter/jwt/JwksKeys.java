package app.jobmate.notifications.adapter.jwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer's signing keys (its JWKS), cached in the function. The set is fetched again when a
 * token names a key it does not hold (the issuer may have added one) or when it is older than
 * {@code maxAge} (the issuer may have withdrawn one), but never twice within {@code minInterval}:
 * a flood of tokens with made-up key ids costs the issuer one request per interval.
 */
public final class JwksKeys {

  public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofSeconds(60);
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  /** A JWKS is a few keys: a few KB. */
  private static final int MAX_BYTES = 64 * 1024;

  private final URI jwksUri;
  private final HttpClient http;
  private final Clock clock;
  private final Duration minInterval;
  private final Duration maxAge;

  private Map<String, RSAKey> keys = Map.of();
  private Instant fetchedAt;
  private Instant lastAttempt;
  private RuntimeException lastFailure;

  public JwksKeys(URI jwksUri, HttpClient http, Clock clock, Duration minInterval, Duration maxAge) {
    this.jwksUri = jwksUri;
    this.http = http;
    this.clock = clock;
    this.minInterval = minInterval;
    this.maxAge = maxAge;
  }

  public static JwksKeys of(URI jwksUri, Clock clock) {
    return new JwksKeys(jwksUri, HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build(), clock, DEFAULT_MIN_INTERVAL, DEFAULT_MAX_AGE);
  }

  /**
   * The RSA signing key with this id.
   *
   * @throws IllegalStateException when the key is unknown and the set could not be fetched just now
   */
  public synchronized Optional<RSAKey> key(String kid) {
    Instant now = clock.instant();
    boolean stale = fetchedAt == null || !now.isBefore(fetchedAt.plus(maxAge));
    if ((stale || !keys.containsKey(kid)) && (lastAttempt == null || !now.isBefore(lastAttempt.plus(minInterval)))) {
      fetch(now);
      if (!keys.containsKey(kid) && lastFailure != null) {
        throw lastFailure;
      }
    }
    return Optional.ofNullable(keys.get(kid));
  }

  private void fetch(Instant now) {
    lastAttempt = now;
    lastFailure = null;
    try {
      HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(jwksUri).timeout(TIMEOUT)
          .header("accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_BYTES + 1);
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the issuer's key set answered " + response.statusCode());
      }
      if (body.length > MAX_BYTES) {
        throw new IllegalStateException("the issuer's key set is larger than " + MAX_BYTES + " bytes");
      }
      Map<String, RSAKey> fetched = new LinkedHashMap<>();
      for (JWK jwk : JWKSet.parse(new String(body, StandardCharsets.UTF_8)).getKeys()) {
        if (jwk instanceof RSAKey rsa && jwk.getKeyID() != null && !jwk.isPrivate()) {
          fetched.put(jwk.getKeyID(), rsa);
        }
      }
      keys = Map.copyOf(fetched);
      fetchedAt = now;
    } catch (IOException | ParseException | IllegalStateException e) {
      // keep the keys held: a key the issuer still uses stays usable while its JWKS cannot be read
      lastFailure = new IllegalStateException("cannot fetch the issuer's keys from " + jwksUri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      lastFailure = new IllegalStateException("interrupted while fetching the issuer's keys", e);
    }
  }
}

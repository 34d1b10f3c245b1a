package app.jobmate.lambda.adapter.aws;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * AWS Signature Version 4, the pieces every request Jobmate signs without an SDK client shares: the
 * signing key of a day, region and service, the scope, the string to sign, SigV4's URI encoding, and
 * the {@code Authorization} header of a request signed in its headers ("Create a signed AWS API
 * request", AWS IAM User Guide). S3's presigned POSTs and URLs ({@code adapter.s3}) and KMS
 * ({@code KmsMasterKey}) use it. Checked against AWS's SigV4 test suite and the SDK's own signer.
 * Pure: the caller gives the credentials and the time.
 */
public final class SigV4 {

  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  private SigV4() {
  }

  /** The credentials to sign with; a session token (a Lambda role's) is sent as {@code x-amz-security-token}. */
  public record Credentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {
    public Credentials {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretAccessKey, "secretAccessKey");
      Objects.requireNonNull(sessionToken, "sessionToken");
    }

    /** What {@code provider} gives now (the Lambda runtime's role credentials in AWS, refreshed by the provider). */
    public static Credentials of(AwsCredentialsProvider provider) {
      AwsCredentials resolved = provider.resolveCredentials();
      return new Credentials(resolved.accessKeyId(), resolved.secretAccessKey(),
          resolved instanceof AwsSessionCredentials session ? Optional.of(session.sessionToken()) : Optional.empty());
    }

    @Override
    public String toString() {
      return "Credentials[" + accessKeyId + "]";
    }
  }

  /** {@code X-Amz-Date}'s form of {@code time}: {@code 20150830T123600Z}. */
  public static String amzDate(Instant time) {
    return AMZ_DATE.format(time);
  }

  /** The day of {@code time}, as a scope and a signing key name it: {@code 20150830}. */
  public static String day(Instant time) {
    return DATE.format(time);
  }

  /** The credential scope: {@code <day>/<region>/<service>/aws4_request}. */
  public static String scope(Instant time, String region, String service) {
    return day(time) + "/" + region + "/" + service + "/aws4_request";
  }

  /** The signing key: HMACs of the day, the region, the service and {@code aws4_request}. */
  public static byte[] signingKey(String secretAccessKey, Instant day, String region, String service) {
    byte[] dateKey = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), day(day));
    byte[] regionKey = hmac(dateKey, region);
    byte[] serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, "aws4_request");
  }

  /** The string to sign of a canonical request made at {@code time} in {@code scope}. */
  public static String stringToSign(Instant time, String scope, String canonicalRequest) {
    return ALGORITHM + "\n" + amzDate(time) + "\n" + scope + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /** The hex signature of {@code stringToSign} under the signing key of {@code time}'s day, {@code region} and {@code service}. */
  public static String signature(String stringToSign, String secretAccessKey, Instant time, String region, String service) {
    return HexFormat.of().formatHex(hmac(signingKey(secretAccessKey, time, region, service), stringToSign));
  }

  /**
   * The headers that sign a request in its headers: {@code X-Amz-Date}, {@code X-Amz-Security-Token}
   * with a session token, and {@code Authorization}, over {@code host} (from {@code uri}, with its
   * port when it is not the scheme's), {@code headers} (which must not name {@code host} or the
   * three added) and the SHA-256 of {@code body}. {@code uri}'s path is signed as it is sent (a
   * service other than S3 would encode it again: only paths of unreserved characters are taken) and
   * its query must be empty: the JSON-protocol services send everything in the body.
   */
  public static Map<String, String> signHeaders(String method, URI uri, Map<String, String> headers, byte[] body,
      String region, String service, Credentials credentials, Instant time) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!path.matches("[A-Za-z0-9._~/-]*")) {
      throw new IllegalArgumentException("a path of unreserved characters only, not " + path);
    }
    if (uri.getRawQuery() != null) {
      throw new IllegalArgumentException("a request without a query, not " + uri);
    }
    Map<String, String> added = new LinkedHashMap<>();
    added.put("X-Amz-Date", amzDate(time));
    credentials.sessionToken().ifPresent(token -> added.put("X-Amz-Security-Token", token));
    Map<String, String> canonical = new TreeMap<>();
    canonical.put("host", host(uri));
    for (Map<String, String> some : java.util.List.of(headers, added)) {
      some.forEach((name, value) -> {
        if (canonical.put(name.toLowerCase(Locale.ROOT), value.strip().replaceAll(" +", " ")) != null) {
          throw new IllegalArgumentException("the header " + name + " is given twice");
        }
      });
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    StringJoiner signedHeaders = new StringJoiner(";");
    canonical.forEach((name, value) -> {
      canonicalHeaders.append(name).append(':').append(value).append('\n');
      signedHeaders.add(name);
    });
    String canonicalRequest = method + "\n" + path + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + sha256Hex(body);
    String scope = scope(time, region, service);
    String signature = signature(stringToSign(time, scope, canonicalRequest), credentials.secretAccessKey(), time, region,
        service);
    added.put("Authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope + ", SignedHeaders="
        + signedHeaders + ", Signature=" + signature);
    return added;
  }

  /** The {@code Host} an HTTP client sends for {@code uri}: its host, and its port unless it is the scheme's own. */
  public static String host(URI uri) {
    return uri.getPort() == -1 || uri.getPort() == ("https".equals(uri.getScheme()) ? 443 : 80) ? uri.getHost()
        : uri.getHost() + ":" + uri.getPort();
  }

  /** SigV4's URI encoding: every byte but A-Z a-z 0-9 - _ . ~ as %XX, upper-case hex. */
  public static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  public static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is in every JDK", e);
    }
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}

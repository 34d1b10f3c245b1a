package app.jobmate.lambda.adapter.s3;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * An S3 request authenticated by query parameters (a presigned URL), AWS Signature Version 4, as
 * "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)" describes and the SDK's
 * presigner makes it: only {@code host} signed, the payload unsigned. Checked against that page's
 * example and against the SDK's {@code S3Presigner}. Pure: the caller gives the credentials and time.
 */
public final class PresignedUrl {

  /** S3's bound on a presigned URL's lifetime. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(7);

  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  private PresignedUrl() {
  }

  /**
   * {@code method} of {@code object} (an object's URL: scheme, host and port, and the path with the
   * bucket if path-style, each segment as S3 encodes it) signed at {@code now} for {@code validity}.
   */
  public static URI sign(String method, URI object, String region, PresignedPost.Credentials credentials, Instant now,
      Duration validity) {
    if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException("a presigned URL is valid from 1 second to 7 days, not " + validity);
    }
    String scope = DATE.format(now) + "/" + region + "/s3/aws4_request";
    Map<String, String> query = new TreeMap<>();
    query.put("X-Amz-Algorithm", PresignedPost.ALGORITHM);
    query.put("X-Amz-Credential", credentials.accessKeyId() + "/" + scope);
    query.put("X-Amz-Date", AMZ_DATE.format(now));
    query.put("X-Amz-Expires", Long.toString(validity.toSeconds()));
    credentials.sessionToken().ifPresent(token -> query.put("X-Amz-Security-Token", token));
    query.put("X-Amz-SignedHeaders", "host");
    StringJoiner canonicalQuery = new StringJoiner("&");
    query.forEach((name, value) -> canonicalQuery.add(encode(name) + "=" + encode(value)));

    String host = object.getPort() == -1 || object.getPort() == defaultPort(object.getScheme()) ? object.getHost()
        : object.getHost() + ":" + object.getPort();
    String path = object.getRawPath().isEmpty() ? "/" : object.getRawPath();
    String canonicalRequest = method + "\n" + path + "\n" + canonicalQuery + "\nhost:" + host + "\n\nhost\nUNSIGNED-PAYLOAD";
    String stringToSign = PresignedPost.ALGORITHM + "\n" + AMZ_DATE.format(now) + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
    String signature = HexFormat.of().formatHex(PresignedPost.hmac(
        PresignedPost.signingKey(credentials.secretAccessKey(), now, region), stringToSign));
    return URI.create(object.getScheme() + "://" + host + path + "?" + canonicalQuery + "&X-Amz-Signature=" + signature);
  }

  /** An object key's path segments as S3 wants them in a URL and a canonical request: RFC 3986 unreserved kept, '/' kept. */
  public static String encodeKey(String key) {
    StringJoiner path = new StringJoiner("/");
    for (String segment : key.split("/", -1)) {
      path.add(encode(segment));
    }
    return path.toString();
  }

  /** SigV4's URI encoding: every byte but A-Z a-z 0-9 - _ . ~ as %XX, upper-case hex. */
  static String encode(String text) {
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

  private static int defaultPort(String scheme) {
    return "https".equals(scheme) ? 443 : 80;
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}

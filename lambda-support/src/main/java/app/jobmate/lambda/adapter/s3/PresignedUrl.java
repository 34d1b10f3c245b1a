package app.jobmate.lambda.adapter.s3;

import app.jobmate.lambda.adapter.aws.SigV4;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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

  private PresignedUrl() {
  }

  /**
   * {@code method} of {@code object} (an object's URL: scheme, host and port, and the path with the
   * bucket if path-style, each segment as S3 encodes it) signed at {@code now} for {@code validity}.
   */
  public static URI sign(String method, URI object, String region, SigV4.Credentials credentials, Instant now,
      Duration validity) {
    if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException("a presigned URL is valid from 1 second to 7 days, not " + validity);
    }
    String scope = SigV4.scope(now, region, "s3");
    Map<String, String> query = new TreeMap<>();
    query.put("X-Amz-Algorithm", SigV4.ALGORITHM);
    query.put("X-Amz-Credential", credentials.accessKeyId() + "/" + scope);
    query.put("X-Amz-Date", SigV4.amzDate(now));
    query.put("X-Amz-Expires", Long.toString(validity.toSeconds()));
    credentials.sessionToken().ifPresent(token -> query.put("X-Amz-Security-Token", token));
    query.put("X-Amz-SignedHeaders", "host");
    StringJoiner canonicalQuery = new StringJoiner("&");
    query.forEach((name, value) -> canonicalQuery.add(SigV4.encode(name) + "=" + SigV4.encode(value)));

    String host = SigV4.host(object);
    String path = object.getRawPath().isEmpty() ? "/" : object.getRawPath();
    String canonicalRequest = method + "\n" + path + "\n" + canonicalQuery + "\nhost:" + host + "\n\nhost\nUNSIGNED-PAYLOAD";
    String signature = SigV4.signature(SigV4.stringToSign(now, scope, canonicalRequest), credentials.secretAccessKey(), now,
        region, "s3");
    return URI.create(object.getScheme() + "://" + host + path + "?" + canonicalQuery + "&X-Amz-Signature=" + signature);
  }

  /** An object key's path segments as S3 wants them in a URL and a canonical request: RFC 3986 unreserved kept, '/' kept. */
  public static String encodeKey(String key) {
    StringJoiner path = new StringJoiner("/");
    for (String segment : key.split("/", -1)) {
      path.add(SigV4.encode(segment));
    }
    return path.toString();
  }
}

package app.jobmate.lambda.adapter.s3;

import app.jobmate.lambda.adapter.aws.SigV4;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An S3 browser-based upload (a presigned POST): the bucket's URL and the form fields a browser
 * sends before the file, whose policy, signed with AWS Signature Version 4, allows exactly one key,
 * one {@code Content-Type} and a size range until it expires. The AWS SDK for Java v2 has no builder
 * for it; this follows "Authenticating Requests in Browser-Based Uploads Using POST (AWS Signature
 * Version 4)" and is checked against that page's example.
 *
 * <p>{@code fields} keep the order a form should send them in; the file goes last, as S3 ignores
 * every field after it.
 */
public record PresignedPost(URI url, Map<String, String> fields, Instant expiresAt) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  public PresignedPost {
    Objects.requireNonNull(url, "url");
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** What one upload may be: its bucket, its exact key, its {@code Content-Type} and size in bytes. */
  public record Upload(String bucket, String key, String contentType, long minBytes, long maxBytes) {
    public Upload {
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(contentType, "contentType");
      if (minBytes < 0 || maxBytes < minBytes) {
        throw new IllegalArgumentException("a size range from " + minBytes + " to " + maxBytes + " bytes");
      }
    }
  }

  /**
   * Signs a policy for {@code upload} valid from {@code now} until {@code expiresAt}, to be posted to
   * {@code bucketUrl} (the bucket's URL, path- or virtual-hosted-style, as the SDK resolves it).
   */
  public static PresignedPost sign(URI bucketUrl, String region, Upload upload, SigV4.Credentials credentials, Instant now,
      Instant expiresAt) {
    if (!expiresAt.isAfter(now)) {
      throw new IllegalArgumentException("a grant expiring at " + expiresAt + " is no grant at " + now);
    }
    String credential = credentials.accessKeyId() + "/" + SigV4.scope(now, region, "s3");
    String amzDate = SigV4.amzDate(now);

    ObjectNode policy = JSON.createObjectNode();
    policy.put("expiration", EXPIRATION.format(expiresAt.truncatedTo(ChronoUnit.MILLIS)));
    ArrayNode conditions = policy.putArray("conditions");
    conditions.addObject().put("bucket", upload.bucket());
    conditions.addObject().put("key", upload.key());
    conditions.addObject().put("Content-Type", upload.contentType());
    conditions.addArray().add("content-length-range").add(upload.minBytes()).add(upload.maxBytes());
    conditions.addObject().put("x-amz-algorithm", SigV4.ALGORITHM);
    conditions.addObject().put("x-amz-credential", credential);
    conditions.addObject().put("x-amz-date", amzDate);
    credentials.sessionToken().ifPresent(token -> conditions.addObject().put("x-amz-security-token", token));
    String encodedPolicy;
    try {
      encodedPolicy = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(policy));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a policy of strings and numbers always serializes", e);
    }

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("key", upload.key());
    fields.put("Content-Type", upload.contentType());
    fields.put("x-amz-algorithm", SigV4.ALGORITHM);
    fields.put("x-amz-credential", credential);
    fields.put("x-amz-date", amzDate);
    credentials.sessionToken().ifPresent(token -> fields.put("x-amz-security-token", token));
    fields.put("policy", encodedPolicy);
    fields.put("x-amz-signature", signature(encodedPolicy, credentials.secretAccessKey(), now, region));
    return new PresignedPost(bucketUrl, fields, expiresAt.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The hex HMAC-SHA256 of the Base64 policy (the string to sign) under the day's signing key for S3. */
  static String signature(String encodedPolicy, String secretAccessKey, Instant day, String region) {
    return SigV4.signature(encodedPolicy, secretAccessKey, day, region, "s3");
  }
}

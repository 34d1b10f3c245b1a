package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.lambda.adapter.aws.SigV4;
import app.jobmate.lambda.adapter.s3.PresignedPost;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The local S3 (S3Proxy) as the functions' SDK reaches it, and as a browser meets it: presigned POST
 * uploads outside their policy are refused with S3's own errors, presigned GETs are checked.
 */
@ExtendWith(SharedLocalCloud.class)
class S3ApiTest {

  private static final long TEN_MB = 10L * 1024 * 1024;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  private static LocalCloud cloud;
  private static String bucket;

  @BeforeAll
  static void started(LocalCloud shared) {
    cloud = shared;
    bucket = cloud.bucketName("UploadsBucket");
  }

  @Test
  void the_local_cloud_points_the_sdks_s3_endpoint_at_its_s3_and_creates_the_templates_buckets() {
    assertThat(cloud.sdkSettings()).containsEntry("aws.endpointUrlS3", cloud.s3().endpoint().toString());
    assertThat(bucket).isEqualTo("toy-local-uploads");
    try (S3Client s3 = Clients.s3()) {
      assertThat(s3.listBuckets().buckets()).anySatisfy(b -> assertThat(b.name()).isEqualTo(bucket));
      String key = "sdk/" + UUID.randomUUID();
      s3.putObject(r -> r.bucket(bucket).key(key).contentType("text/plain"), RequestBody.fromString("hello"));
      assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String()).isEqualTo("hello");
      assertThat(s3.headObject(r -> r.bucket(bucket).key(key)).contentLength()).isEqualTo(5);
      assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key).range("bytes=0-1")).asUtf8String()).isEqualTo("he");
    }
  }

  @Test
  void a_presigned_post_inside_its_policy_is_stored_and_every_upload_outside_it_is_refused() {
    String prefix = "receipts/t-acme/" + UUID.randomUUID() + "/";
    String key = prefix + UUID.randomUUID();
    Instant now = Instant.now();
    PresignedPost grant = grant(key, "image/png", now, now.plus(Duration.ofMinutes(5)));

    HttpResponse<String> good = upload(grant, Map.of(), "image/png", PNG);
    HttpResponse<String> otherPrefix = upload(grant, Map.of("key", "receipts/t-other/" + UUID.randomUUID() + "/x"), "image/png", PNG);
    HttpResponse<String> sameExpenseOtherKey = upload(grant, Map.of("key", prefix + "another"), "image/png", PNG);
    HttpResponse<String> tooLarge = upload(grant, Map.of(), "image/png", new byte[(int) TEN_MB + 1]);
    HttpResponse<String> empty = upload(grant, Map.of(), "image/png", new byte[0]);
    HttpResponse<String> wrongType = upload(grant, Map.of("Content-Type", "text/html"), "text/html", "<script>".getBytes());
    PresignedPost expired = grant(key, "image/png", now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(5)));
    HttpResponse<String> late = upload(expired, Map.of(), "image/png", PNG);
    String signature = grant.fields().get("x-amz-signature");
    HttpResponse<String> tamperedSignature = upload(grant,
        Map.of("x-amz-signature", (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1)), "image/png", PNG);
    String widened = new String(Base64.getDecoder().decode(grant.fields().get("policy")), StandardCharsets.UTF_8)
        .replace("10485760", "104857600");
    HttpResponse<String> tamperedPolicy = upload(grant,
        Map.of("policy", Base64.getEncoder().encodeToString(widened.getBytes(StandardCharsets.UTF_8))), "image/png",
        new byte[(int) TEN_MB + 1]);
    PresignedPost otherSecret = PresignedPost.sign(bucketUrl(), "eu-west-2", new PresignedPost.Upload(bucket, key, "image/png", 1, TEN_MB),
        new SigV4.Credentials("local", "not-the-secret", Optional.empty()), now, now.plusSeconds(300));
    HttpResponse<String> wrongSecret = upload(otherSecret, Map.of(), "image/png", PNG);

    assertThat(good.statusCode()).isEqualTo(204);
    assertThat(List.of(otherPrefix, sameExpenseOtherKey, wrongType, late, tamperedSignature, tamperedPolicy, wrongSecret))
        .allSatisfy(refused -> assertThat(refused.statusCode()).isEqualTo(403));
    assertThat(otherPrefix.body()).contains("<Code>AccessDenied</Code>").contains("Policy Condition failed");
    assertThat(late.body()).contains("Policy expired");
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("<Code>EntityTooLarge</Code>");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("<Code>EntityTooSmall</Code>");
    try (S3Client s3 = Clients.s3()) {
      assertThat(s3.listObjectsV2(r -> r.bucket(bucket).prefix("receipts/")).contents()).extracting(S3Object::key)
          .contains(key).doesNotContain(prefix + "another").allMatch(k -> !k.startsWith("receipts/t-other/"));
      assertThat(s3.headObject(r -> r.bucket(bucket).key(key)).contentType()).isEqualTo("image/png");
      assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray()).isEqualTo(PNG);
    }
  }

  @Test
  void a_presigned_get_reads_its_object_until_it_expires_and_not_once_tampered_with() throws InterruptedException {
    String key = "receipts/t-acme/" + UUID.randomUUID() + "/" + UUID.randomUUID();
    String other = "receipts/t-acme/" + UUID.randomUUID() + "/" + UUID.randomUUID();
    try (S3Client s3 = Clients.s3(); S3Presigner presigner = Clients.s3Presigner()) {
      s3.putObject(r -> r.bucket(bucket).key(key).contentType("image/png"), RequestBody.fromBytes(PNG));
      s3.putObject(r -> r.bucket(bucket).key(other).contentType("image/png"), RequestBody.fromBytes(PNG));
      URI url = URI.create(presigner.presignGetObject(r -> r.signatureDuration(Duration.ofMinutes(5))
          .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString());
      URI shortLived = URI.create(presigner.presignGetObject(r -> r.signatureDuration(Duration.ofSeconds(1))
          .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString());

      assertThat(MultipartForm.get(url).statusCode()).isEqualTo(200);
      assertThat(MultipartForm.get(url).body()).isEqualTo(PNG);
      assertThat(MultipartForm.get(URI.create(url.toString().replace(key, other))).statusCode()).isEqualTo(403);
      String query = url.getRawQuery();
      String signature = query.substring(query.indexOf("X-Amz-Signature=") + 16);
      String flipped = (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
      assertThat(MultipartForm.get(URI.create(url.toString().replace(signature, flipped))).statusCode()).isEqualTo(403);
      assertThat(MultipartForm.get(URI.create(cloud.s3().endpoint() + "/" + bucket + "/" + key)).statusCode()).isEqualTo(403);
      Thread.sleep(2_100);
      assertThat(MultipartForm.get(shortLived).statusCode()).isEqualTo(403);
    }
  }

  private static PresignedPost grant(String key, String contentType, Instant signedAt, Instant expiresAt) {
    return PresignedPost.sign(bucketUrl(), "eu-west-2", new PresignedPost.Upload(bucket, key, contentType, 1, TEN_MB),
        new SigV4.Credentials("local", "local", Optional.empty()), signedAt, expiresAt);
  }

  /** The bucket's URL as the SDK resolves it (path-style for an endpoint on an IP address). */
  private static URI bucketUrl() {
    try (S3Client s3 = Clients.s3()) {
      String object = s3.utilities().getUrl(r -> r.bucket(bucket).key("k")).toString();
      return URI.create(object.substring(0, object.length() - "/k".length()));
    }
  }

  private static HttpResponse<String> upload(PresignedPost grant, Map<String, String> overrides, String fileType, byte[] file) {
    Map<String, String> fields = new LinkedHashMap<>(grant.fields());
    fields.putAll(overrides);
    return MultipartForm.post(grant.url(), fields, "receipt.png", fileType, file);
  }

  @Test
  void a_browser_may_post_to_s3_from_the_origins_the_template_allows_and_the_local_dashboard_and_from_no_other()
      throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    URI bucketUrl = bucketUrl();
    String dashboard = "http://" + cloud.endpoints().api().getAuthority();
    java.util.function.Function<String, HttpResponse<String>> preflight = origin -> {
      try {
        return http.send(java.net.http.HttpRequest.newBuilder(bucketUrl).method("OPTIONS",
            java.net.http.HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
            .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };

    HttpResponse<String> declared = preflight.apply("https://dashboard.example");
    HttpResponse<String> local = preflight.apply(dashboard);
    HttpResponse<String> evil = preflight.apply("https://evil.example");

    assertThat(declared.statusCode()).isEqualTo(200);
    assertThat(declared.headers().firstValue("access-control-allow-origin")).contains("https://dashboard.example");
    assertThat(local.headers().firstValue("access-control-allow-origin")).contains(dashboard);
    assertThat(evil.headers().firstValue("access-control-allow-origin")).isEmpty();
  }
}

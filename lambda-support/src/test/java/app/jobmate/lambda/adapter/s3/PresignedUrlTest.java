package app.jobmate.lambda.adapter.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.lambda.adapter.aws.SigV4;
import app.jobmate.testing.LocalS3;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

class PresignedUrlTest {

  private static final SigV4.Credentials AWS_EXAMPLE = new SigV4.Credentials("AKIAIOSFODNN7EXAMPLE",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", Optional.empty());

  @Test
  void the_aws_example_of_a_presigned_get_is_signed_to_the_documented_url() {
    URI url = PresignedUrl.sign("GET", URI.create("https://examplebucket.s3.amazonaws.com/test.txt"), "us-east-1", AWS_EXAMPLE,
        Instant.parse("2013-05-24T00:00:00Z"), Duration.ofDays(1));

    // "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)", Amazon S3 API Reference
    assertThat(url.toString()).isEqualTo("https://examplebucket.s3.amazonaws.com/test.txt"
        + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
        + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
        + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
  }

  @Test
  void a_presigned_get_is_the_one_the_sdks_presigner_makes_path_style_with_a_port_and_a_session_token() {
    AwsSessionCredentials session = AwsSessionCredentials.create("ASIAEXAMPLE", "secret", "the/role+session=");
    String key = "receipts/t-acme/0193b2a0-1111-7abc-8def-0123456789ab/0193b2a0-2222-7abc-8def-0123456789ab";
    try (S3Presigner sdk = S3Presigner.builder().endpointOverride(URI.create("http://127.0.0.1:4566")).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(session)).build()) {
      S3Bucket bucket = new S3Bucket("receipts", "eu-west-2", URI.create("http://127.0.0.1:4566/receipts"),
          StaticCredentialsProvider.create(session));
      for (int attempt = 0; ; attempt++) {
        Instant now = Instant.now();
        String theirs = sdk.presignGetObject(r -> r.signatureDuration(Duration.ofMinutes(5))
            .getObjectRequest(g -> g.bucket("receipts").key(key))).url().toString();
        String ours = bucket.presign("GET", key, now, Duration.ofMinutes(5)).toString();
        if (theirs.contains(ours.substring(ours.indexOf("X-Amz-Date="), ours.indexOf("X-Amz-Date=") + 27)) || attempt == 5) {
          // the same path and parameters, the signature included (the SDK lists them in another order)
          assertThat(ours.substring(0, ours.indexOf('?'))).isEqualTo(theirs.substring(0, theirs.indexOf('?')));
          assertThat(java.util.Set.of(URI.create(ours).getRawQuery().split("&")))
              .isEqualTo(java.util.Set.of(URI.create(theirs).getRawQuery().split("&")));
          return;
        }
      }
    }
  }

  @Test
  void an_object_is_read_through_a_presigned_get_from_s3proxy_and_not_after_it_expires() throws Exception {
    try (LocalS3 s3 = LocalS3.start()) {
      s3.client().putObject(r -> r.bucket(LocalS3.BUCKET).key("a/b c.pdf"),
          software.amazon.awssdk.core.sync.RequestBody.fromString("%PDF-1.7"));
      S3Bucket bucket = new S3Bucket(LocalS3.BUCKET, "eu-west-2", URI.create(s3.endpoint() + "/" + LocalS3.BUCKET),
          LocalS3.CREDENTIALS);
      var http = java.net.http.HttpClient.newHttpClient();

      var fresh = http.send(java.net.http.HttpRequest.newBuilder(bucket.presign("GET", "a/b c.pdf", Instant.now(),
          Duration.ofMinutes(1))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      var stale = http.send(java.net.http.HttpRequest.newBuilder(bucket.presign("GET", "a/b c.pdf",
          Instant.now().minusSeconds(120), Duration.ofMinutes(1))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(fresh.statusCode()).isEqualTo(200);
      assertThat(fresh.body()).isEqualTo("%PDF-1.7");
      assertThat(stale.statusCode()).isEqualTo(403);
    }
  }

  @Test
  void a_validity_beyond_seven_days_or_none_is_refused() {
    URI object = URI.create("https://b.s3.eu-west-2.amazonaws.com/k");
    assertThatThrownBy(() -> PresignedUrl.sign("GET", object, "eu-west-2", AWS_EXAMPLE, Instant.now(), Duration.ofDays(8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PresignedUrl.sign("GET", object, "eu-west-2", AWS_EXAMPLE, Instant.now(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keys_are_encoded_segment_by_segment_as_s3_encodes_them() {
    assertThat(PresignedUrl.encodeKey("receipts/t-acme/a b+c~d.pdf")).isEqualTo("receipts/t-acme/a%20b%2Bc~d.pdf");
    assertThat(AwsBasicCredentials.create("a", "b").accessKeyId()).isEqualTo("a");
  }
}

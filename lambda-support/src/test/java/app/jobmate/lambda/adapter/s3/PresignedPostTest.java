package app.jobmate.lambda.adapter.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.lambda.adapter.aws.SigV4;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresignedPostTest {

  // "Example: Browser-Based Upload using HTTP POST (Using AWS Signature Version 4)", Amazon S3 API Reference:
  // the policy's Base64 as the page gives it (CRLF line ends included), its credentials and its signature
  private static final String AWS_EXAMPLE_POLICY = "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9u"
      + "cyI6IFsNCiAgICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXNlci91c2VyMS8i"
      + "XSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3QiOiAiaHR0cDovL3NpZ3Y0ZXhhbXBsZWJ1"
      + "Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAi"
      + "aW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMjM2NTEyNzQifSwNCiAgICB7IngtYW16LXNlcnZlci1zaWRlLWVuY3J5cHRp"
      + "b24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aCIsICIkeC1hbXotbWV0YS10YWciLCAiIl0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwi"
      + "OiAiQUtJQUlPU0ZPRE5ON0VYQU1QTEUvMjAxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGhtIjog"
      + "IkFXUzQtSE1BQy1TSEEyNTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAwWiIgfQ0KICBdDQp9";
  private static final String AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final Instant AWS_EXAMPLE_DAY = Instant.parse("2015-12-29T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void the_signature_of_the_aws_example_policy_is_the_one_aws_documents() {
    assertThat(PresignedPost.signature(AWS_EXAMPLE_POLICY, AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY, "us-east-1"))
        .isEqualTo("8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e");
  }

  @Test
  void the_signing_key_is_derived_from_the_day_the_region_and_s3() {
    assertThat(HexFormat.of().formatHex(SigV4.signingKey(AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY, "us-east-1", "s3")))
        .isEqualTo("cbcef1ebeaefc82cce6530b9f0a9ae598846065f5c5bae0674bd5ebc4ba52d28");
    assertThat(SigV4.signingKey(AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY.plusSeconds(86_400), "us-east-1", "s3"))
        .isNotEqualTo(SigV4.signingKey(AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY, "us-east-1", "s3"));
    assertThat(SigV4.signingKey(AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY, "eu-west-2", "s3"))
        .isNotEqualTo(SigV4.signingKey(AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY, "us-east-1", "s3"));
    assertThat(SigV4.signingKey(AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY, "us-east-1", "kms"))
        .isNotEqualTo(SigV4.signingKey(AWS_EXAMPLE_SECRET, AWS_EXAMPLE_DAY, "us-east-1", "s3"));
  }

  @Test
  void a_grant_fixes_the_bucket_the_key_the_type_and_the_size_until_it_expires() throws Exception {
    Instant now = Instant.parse("2026-12-06T12:34:56.789Z");
    PresignedPost post = PresignedPost.sign(URI.create("https://receipts.s3.eu-west-2.amazonaws.com"), "eu-west-2",
        new PresignedPost.Upload("receipts", "receipts/t-acme/e-1/r-1", "application/pdf", 1, 10 * 1024 * 1024),
        new SigV4.Credentials("AKIAIOSFODNN7EXAMPLE", AWS_EXAMPLE_SECRET, Optional.empty()), now, now.plusSeconds(300));

    assertThat(post.fields().keySet()).containsExactly("key", "Content-Type", "x-amz-algorithm", "x-amz-credential",
        "x-amz-date", "policy", "x-amz-signature");
    assertThat(post.fields()).containsEntry("x-amz-credential", "AKIAIOSFODNN7EXAMPLE/20261206/eu-west-2/s3/aws4_request")
        .containsEntry("x-amz-date", "20261206T123456Z").containsEntry("x-amz-algorithm", "AWS4-HMAC-SHA256");
    JsonNode policy = JSON.readTree(Base64.getDecoder().decode(post.fields().get("policy")));
    assertThat(policy.get("expiration").asText()).isEqualTo("2026-12-06T12:39:56.789Z");
    assertThat(policy.get("conditions").toString()).isEqualTo("[{\"bucket\":\"receipts\"},{\"key\":\"receipts/t-acme/e-1/r-1\"},"
        + "{\"Content-Type\":\"application/pdf\"},[\"content-length-range\",1,10485760],{\"x-amz-algorithm\":\"AWS4-HMAC-SHA256\"},"
        + "{\"x-amz-credential\":\"AKIAIOSFODNN7EXAMPLE/20261206/eu-west-2/s3/aws4_request\"},{\"x-amz-date\":\"20261206T123456Z\"}]");
    assertThat(post.fields().get("x-amz-signature"))
        .isEqualTo(PresignedPost.signature(post.fields().get("policy"), AWS_EXAMPLE_SECRET, now, "eu-west-2"));
    assertThat(post.expiresAt()).isEqualTo(Instant.parse("2026-12-06T12:39:56.789Z"));
  }

  @Test
  void a_session_token_is_both_a_field_and_a_condition() throws Exception {
    Instant now = Instant.parse("2026-12-06T12:00:00Z");
    PresignedPost post = PresignedPost.sign(URI.create("http://127.0.0.1:1/receipts"), "eu-west-2",
        new PresignedPost.Upload("receipts", "k", "image/png", 1, 10),
        new SigV4.Credentials("ASIAEXAMPLE", "secret", Optional.of("the-role-session")), now, now.plusSeconds(60));

    assertThat(post.fields()).containsEntry("x-amz-security-token", "the-role-session");
    JsonNode policy = JSON.readTree(Base64.getDecoder().decode(post.fields().get("policy")));
    assertThat(policy.get("conditions").toString()).contains("{\"x-amz-security-token\":\"the-role-session\"}");
    assertThat(new SigV4.Credentials("ASIAEXAMPLE", "secret", Optional.of("t")).toString()).doesNotContain("secret");
  }

  @Test
  void a_grant_that_has_already_expired_or_an_empty_size_range_is_refused() {
    Instant now = Instant.parse("2026-12-06T12:00:00Z");
    SigV4.Credentials credentials = new SigV4.Credentials("A", "s", Optional.empty());
    PresignedPost.Upload upload = new PresignedPost.Upload("b", "k", "image/png", 1, 10);
    assertThatThrownBy(() -> PresignedPost.sign(URI.create("http://x"), "eu-west-2", upload, credentials, now, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PresignedPost.Upload("b", "k", "image/png", 10, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

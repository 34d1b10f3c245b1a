package app.jobmate.lambda.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

public class SigV4Test {

  // AWS's Signature Version 4 test suite (aws-sig-v4-test-suite): its credentials, time, region and service
  private static final SigV4.Credentials SUITE = new SigV4.Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      Optional.empty());
  private static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");

  @Test
  void the_test_suites_post_vanilla_request_is_signed_to_its_documented_authorization() {
    Map<String, String> added = SigV4.signHeaders("POST", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0],
        "us-east-1", "service", SUITE, SUITE_TIME);

    assertThat(added).containsExactly(Map.entry("X-Amz-Date", "20150830T123600Z"), Map.entry("Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
            + "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
  }

  @Test
  void a_kms_request_with_a_session_token_is_signed_as_the_sdks_own_signer_signs_it() {
    byte[] body = "{\"KeyId\":\"alias/customer-data\",\"KeySpec\":\"AES_256\",\"EncryptionContext\":{\"tenantId\":\"t-acme\"}}"
        .getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = Map.of("Content-Type", "application/x-amz-json-1.1",
        "X-Amz-Target", "TrentService.GenerateDataKey", "X-Amz-Content-Sha256", SigV4.sha256Hex(body));
    SigV4.Credentials session = new SigV4.Credentials("ASIAEXAMPLE", "the-secret", Optional.of("the/role+session=="));
    Instant now = Instant.parse("2026-12-06T15:04:05Z");

    for (URI endpoint : new URI[] {URI.create("https://kms.eu-west-2.amazonaws.com/"), URI.create("http://127.0.0.1:4566/")}) {
      Map<String, String> ours = SigV4.signHeaders("POST", endpoint, headers, body, "eu-west-2", "kms", session, now);

      assertThat(ours.get("Authorization")).as("at %s", endpoint)
          .isEqualTo(sdkAuthorization(endpoint, headers, body, session, now, "eu-west-2", "kms"))
          .contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target,");
      assertThat(ours).containsEntry("X-Amz-Security-Token", "the/role+session==").containsEntry("X-Amz-Date", "20261206T150405Z");
    }
  }

  @Test
  void a_changed_body_header_or_time_changes_the_signature() {
    URI endpoint = URI.create("https://kms.eu-west-2.amazonaws.com/");
    Map<String, String> headers = Map.of("X-Amz-Target", "TrentService.Decrypt");
    String signed = SigV4.signHeaders("POST", endpoint, headers, new byte[] {1}, "eu-west-2", "kms", SUITE, SUITE_TIME)
        .get("Authorization");

    assertThat(SigV4.signHeaders("POST", endpoint, headers, new byte[] {2}, "eu-west-2", "kms", SUITE, SUITE_TIME)
        .get("Authorization")).isNotEqualTo(signed);
    assertThat(SigV4.signHeaders("POST", endpoint, Map.of("X-Amz-Target", "TrentService.Encrypt"), new byte[] {1}, "eu-west-2",
        "kms", SUITE, SUITE_TIME).get("Authorization")).isNotEqualTo(signed);
    assertThat(SigV4.signHeaders("POST", endpoint, headers, new byte[] {1}, "eu-west-2", "kms", SUITE, SUITE_TIME.plusSeconds(1))
        .get("Authorization")).isNotEqualTo(signed);
  }

  @Test
  void a_path_it_would_have_to_encode_a_query_or_a_header_given_twice_is_refused_rather_than_signed_wrongly() {
    assertThatThrownBy(() -> SigV4.signHeaders("POST", URI.create("https://kms.eu-west-2.amazonaws.com/a%20b"), Map.of(),
        new byte[0], "eu-west-2", "kms", SUITE, SUITE_TIME)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigV4.signHeaders("POST", URI.create("https://kms.eu-west-2.amazonaws.com/?a=b"), Map.of(),
        new byte[0], "eu-west-2", "kms", SUITE, SUITE_TIME)).isInstanceOf(IllegalArgumentException.class);
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("X-Amz-Target", "a");
    twice.put("x-amz-target", "b");
    assertThatThrownBy(() -> SigV4.signHeaders("POST", URI.create("https://kms.eu-west-2.amazonaws.com/"), twice,
        new byte[0], "eu-west-2", "kms", SUITE, SUITE_TIME)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_host_carries_the_port_only_when_it_is_not_the_schemes_own() {
    assertThat(SigV4.host(URI.create("https://kms.eu-west-2.amazonaws.com:443/"))).isEqualTo("kms.eu-west-2.amazonaws.com");
    assertThat(SigV4.host(URI.create("http://127.0.0.1:80/"))).isEqualTo("127.0.0.1");
    assertThat(SigV4.host(URI.create("http://127.0.0.1:4566/"))).isEqualTo("127.0.0.1:4566");
    assertThat(SigV4.host(URI.create("https://127.0.0.1:80/"))).isEqualTo("127.0.0.1:80");
  }

  @Test
  void credentials_never_show_their_secret() {
    assertThat(new SigV4.Credentials("ASIAEXAMPLE", "the-secret", Optional.of("token")).toString())
        .doesNotContain("the-secret").doesNotContain("token");
  }

  /** The {@code Authorization} the AWS SDK's SigV4 signer computes for the same request. */
  public static String sdkAuthorization(URI endpoint, Map<String, String> headers, byte[] body, SigV4.Credentials credentials,
      Instant now, String region, String service) {
    SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint);
    headers.forEach(request::putHeader);
    AwsCredentialsIdentity identity = credentials.sessionToken().<AwsCredentialsIdentity>map(token ->
            AwsSessionCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretAccessKey(), token))
        .orElseGet(() -> AwsCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretAccessKey()));
    return AwsV4HttpSigner.create().sign(r -> r.identity(identity).request(request.build())
            .payload(ContentStreamProvider.fromByteArray(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
            .putProperty(AwsV4HttpSigner.REGION_NAME, region)
            .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(now, ZoneOffset.UTC)))
        .request().firstMatchingHeader("Authorization").orElseThrow();
  }
}

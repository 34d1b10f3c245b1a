package app.jobmate.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dashboard's hosting in AWS: a private bucket that only the distribution reads, and the security headers on every answer. */
class WebHostingInTheTemplateTest {

  private final JsonNode resources = CloudFormationYaml.read(Path.of("template.yaml")).get("Resources");

  @Test
  void the_bucket_is_private_encrypted_and_read_only_by_the_distribution_through_origin_access_control() {
    JsonNode bucket = resources.at("/WebBucket/Properties");
    bucket.at("/PublicAccessBlockConfiguration").forEach(flag -> assertThat(flag.asBoolean()).isTrue());
    assertThat(bucket.at("/PublicAccessBlockConfiguration").size()).isEqualTo(4);
    assertThat(bucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm").asText())
        .isNotEmpty();

    // two statements: nothing but TLS, and reading only by the distribution (the only Allow)
    JsonNode statements = resources.at("/WebBucketPolicy/Properties/PolicyDocument/Statement");
    assertThat(statements.size()).isEqualTo(2);
    JsonNode tlsOnly = statements.at("/0");
    assertThat(tlsOnly.at("/Effect").asText()).isEqualTo("Deny");
    assertThat(tlsOnly.at("/Principal").asText()).isEqualTo("*");
    assertThat(tlsOnly.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    JsonNode statement = statements.at("/1");
    assertThat(statement.at("/Effect").asText()).isEqualTo("Allow");
    assertThat(statement.at("/Principal/Service").asText()).isEqualTo("cloudfront.amazonaws.com");
    assertThat(statement.at("/Action").asText()).isEqualTo("s3:GetObject");
    assertThat(statement.at("/Condition/StringEquals").toString()).contains("AWS:SourceArn").contains("${WebDistribution}");

    JsonNode origin = resources.at("/WebDistribution/Properties/DistributionConfig/Origins/0");
    assertThat(origin.at("/OriginAccessControlId").toString()).contains("WebOriginAccessControl");
    assertThat(resources.at("/WebOriginAccessControl/Properties/OriginAccessControlConfig/SigningBehavior").asText()).isEqualTo("always");
    assertThat(resources.at("/WebDistribution/Properties/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy").asText())
        .isEqualTo("redirect-to-https");
  }

  @Test
  void every_answer_carries_the_security_headers() {
    JsonNode headers = resources.at("/WebHeadersPolicy/Properties/ResponseHeadersPolicyConfig/SecurityHeadersConfig");
    String csp = headers.at("/ContentSecurityPolicy/ContentSecurityPolicy").toString();
    assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(headers.at("/StrictTransportSecurity/AccessControlMaxAgeSec").asInt()).isGreaterThanOrEqualTo(31_536_000);
    assertThat(headers.at("/ContentTypeOptions/Override").asBoolean()).isTrue();
    assertThat(headers.at("/FrameOptions/FrameOption").asText()).isEqualTo("DENY");
    assertThat(headers.at("/ReferrerPolicy/ReferrerPolicy").asText()).isEqualTo("strict-origin-when-cross-origin");
    assertThat(resources.at("/WebDistribution/Properties/DistributionConfig/DefaultCacheBehavior/ResponseHeadersPolicyId").toString())
        .contains("WebHeadersPolicy");
  }
}

package app.jobmate.lambda.adapter.s3;

import app.jobmate.lambda.adapter.aws.SigV4;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.endpoint.AwsClientEndpointProvider;
import software.amazon.awssdk.regions.Region;

/**
 * A bucket a function signs requests for without the S3 client (whose 3.8 MB would take a jar past
 * 15 MiB, docs/decisions/lean-jars.md): its URL from the SDK's own endpoint settings
 * ({@code aws.endpointUrlS3}, {@code AWS_ENDPOINT_URL_S3}, the profile; else S3's regional endpoint,
 * virtual-hosted), and the function's credentials, a role's session token included.
 */
public final class S3Bucket {

  private final String name;
  private final String region;
  private final URI url;
  private final AwsCredentialsProvider credentials;

  public S3Bucket(String name, String region, URI url, AwsCredentialsProvider credentials) {
    this.name = name;
    this.region = region;
    this.url = URI.create(url.toString().replaceAll("/+$", ""));
    this.credentials = credentials;
  }

  /** The bucket where the SDK's settings send S3 requests: an endpoint override path-style, else AWS's virtual-hosted URL. */
  public static S3Bucket resolve(String name, String region, AwsCredentialsProvider credentials) {
    AwsClientEndpointProvider endpoints = AwsClientEndpointProvider.builder()
        .serviceEndpointOverrideEnvironmentVariable("AWS_ENDPOINT_URL_S3")
        .serviceEndpointOverrideSystemProperty("aws.endpointUrlS3")
        .serviceProfileProperty("s3")
        .serviceEndpointPrefix("s3")
        .defaultProtocol("https")
        .region(Region.of(region))
        .build();
    URI url = endpoints.isEndpointOverridden()
        ? URI.create(endpoints.clientEndpoint().toString().replaceAll("/+$", "") + "/" + name)
        : URI.create("https://" + name + ".s3." + region + ".amazonaws.com");
    return new S3Bucket(name, region, url, credentials);
  }

  public String name() {
    return name;
  }

  public String region() {
    return region;
  }

  /** Where a browser posts an upload form. */
  public URI url() {
    return url;
  }

  public SigV4.Credentials credentials() {
    return SigV4.Credentials.of(credentials);
  }

  /** A presigned {@code method} (GET, HEAD) of an object, valid {@code validity} from {@code now}. */
  public URI presign(String method, String key, Instant now, Duration validity) {
    return PresignedUrl.sign(method, URI.create(url + "/" + PresignedUrl.encodeKey(key)), region, credentials(), now, validity);
  }

  /** A presigned POST of one upload, valid until {@code expiresAt}. */
  public PresignedPost presignPost(PresignedPost.Upload upload, Instant now, Instant expiresAt) {
    return PresignedPost.sign(url, region, upload, credentials(), now, expiresAt);
  }
}

package app.jobmate.localcloud;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard AWS SDK for Java v2 settings that send unchanged production clients to the local
 * services: the service-specific endpoint system properties that SDK 2.57.8 reads (the
 * {@code aws.endpointUrl<ServiceId>} names generated into each client, beside
 * {@code AWS_ENDPOINT_URL_<SERVICE>}), the region and static credentials. They are JVM-wide, so one
 * local cloud runs in a JVM at a time.
 */
public final class AwsSdkSettings implements AutoCloseable {

  private final Map<String, String> previous = new HashMap<>();
  private final Map<String, String> applied;

  private AwsSdkSettings(Map<String, String> applied) {
    this.applied = applied;
    applied.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
  }

  /**
   * @param apiGatewayManagement where clients built without an endpoint override send
   *     {@code @connections} calls (no stage in the path); clients built as production code builds
   *     them use the rewritten {@code WEBSOCKET_ENDPOINT} instead
   */
  public static AwsSdkSettings apply(URI dynamoDb, URI sqs, URI eventBridge, URI apiGatewayManagement, URI cognitoIdp,
                                    URI kms, URI s3, URI sns) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("aws.region", app.jobmate.localcloud.template.Intrinsics.REGION);
    settings.put("aws.accessKeyId", "local");
    settings.put("aws.secretAccessKey", "local");
    settings.put("aws.endpointUrlDynamoDb", dynamoDb.toString());
    settings.put("aws.endpointUrlSqs", sqs.toString());
    settings.put("aws.endpointUrlEventBridge", eventBridge.toString());
    settings.put("aws.endpointUrlApiGatewayManagementApi", apiGatewayManagement.toString());
    settings.put("aws.endpointUrlCognitoIdentityProvider", cognitoIdp.toString());
    settings.put("aws.endpointUrlKms", kms.toString());
    settings.put("aws.endpointUrlS3", s3.toString());
    settings.put("aws.endpointUrlSns", sns.toString());
    return new AwsSdkSettings(settings);
  }

  public Map<String, String> applied() {
    return Map.copyOf(applied);
  }

  /** Puts back what was set before. */
  @Override
  public void close() {
    previous.forEach((name, value) -> {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
  }
}

package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedLocalCloud.class)
class SdkEndpointsTest {

  private static LocalCloud cloud;

  @BeforeAll
  static void find(LocalCloud shared) {
    cloud = shared;
  }

  @Test
  void the_local_cloud_sets_the_sdks_standard_endpoint_region_and_credential_settings() {
    assertThat(cloud.sdkSettings()).containsEntry("aws.endpointUrlDynamoDb", cloud.endpoints().dynamoDb().toString())
        .containsEntry("aws.endpointUrlSqs", cloud.endpoints().sqs().toString())
        .containsEntry("aws.endpointUrlEventBridge", cloud.endpoints().eventBridge().toString())
        .containsEntry("aws.endpointUrlKms", cloud.endpoints().dynamoDb().toString())
        .containsEntry("aws.endpointUrlSns", cloud.endpoints().dynamoDb().toString())
        .containsEntry("aws.region", "eu-west-2")
        .containsKeys("aws.accessKeyId", "aws.secretAccessKey");
    assertThat(System.getProperty("aws.endpointUrlDynamoDb")).isNotNull();
  }

  @Test
  void clients_built_without_an_endpoint_override_reach_the_local_services() {
    try (var dynamoDb = Clients.dynamoDb(); var sqs = Clients.sqs(); var events = Clients.eventBridge()) {
      assertThat(dynamoDb.listTables().tableNames()).contains("local-notes");
      assertThat(sqs.listQueues().queueUrls()).contains(cloud.queueUrl("CliQueue"), cloud.queueUrl("LocalOnlyQueue"));
      assertThat(events.putEvents(r -> r.entries(e -> e.eventBusName("jobmate-local").source("sdk.test").detailType("Ping")
          .detail("{}"))).failedEntryCount()).isZero();
    }
  }
}

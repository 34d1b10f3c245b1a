package app.jobmate.localcloud.sqs;

import static app.jobmate.localcloud.template.Intrinsics.ACCOUNT_ID;
import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.FreePort;
import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS on this machine: an embedded ElasticMQ on a free loopback port, with the template's queues
 * (dead-letter queues first, so that redrive policies find their target). ElasticMQ moves a message
 * to the dead-letter queue once it has been received more than {@code maxReceiveCount} times, as SQS does.
 */
public final class LocalSqs implements AutoCloseable {

  private final SQSRestServer server;
  private final URI endpoint;
  private final SqsClient client;
  private final Map<String, String> urlsByName = new HashMap<>();

  private LocalSqs(SQSRestServer server, URI endpoint) {
    this.server = server;
    this.endpoint = endpoint;
    this.client = SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(REGION))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static LocalSqs start() {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = FreePort.pick();
      try {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
            .withPort(port)
            .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
            .withAWSRegion(REGION)
            .withAWSAccountId(ACCOUNT_ID)
            .start();
        server.waitUntilStarted();
        return new LocalSqs(server, URI.create("http://127.0.0.1:" + port));
      } catch (RuntimeException e) {
        last = e; // the port was taken between probing and binding: try another
      }
    }
    throw new IllegalStateException("ElasticMQ did not start", last);
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The local cloud's own client (the functions build theirs from the standard endpoint settings). */
  public SqsClient client() {
    return client;
  }

  public void createQueues(Intrinsics intrinsics) {
    Map<String, ObjectNode> declared = new LinkedHashMap<>();
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (resource.is("AWS::SQS::Queue") && intrinsics.isDeployed(resource)) {
        declared.put(LocalResourceNames.queueName(resource, intrinsics), intrinsics.properties(resource));
      }
    }
    List<String> created = new ArrayList<>();
    for (String name : declared.keySet()) {
      create(name, declared, created, new ArrayList<>());
    }
  }

  private void create(String name, Map<String, ObjectNode> declared, List<String> created, List<String> path) {
    if (created.contains(name)) {
      return;
    }
    if (path.contains(name)) {
      throw new IllegalArgumentException("queues redrive into each other: " + path);
    }
    path.add(name);
    ObjectNode properties = declared.get(name);
    JsonNode redrive = properties.path("RedrivePolicy");
    if (redrive.has("deadLetterTargetArn")) {
      String target = LocalResourceNames.nameInArn(redrive.get("deadLetterTargetArn").asText());
      if (declared.containsKey(target)) {
        create(target, declared, created, path);
      }
    }
    Map<String, String> attributes = new HashMap<>();
    copy(properties, "VisibilityTimeout", attributes);
    copy(properties, "MessageRetentionPeriod", attributes);
    copy(properties, "DelaySeconds", attributes);
    copy(properties, "ReceiveMessageWaitTimeSeconds", attributes);
    copy(properties, "MaximumMessageSize", attributes);
    copy(properties, "FifoQueue", attributes);
    copy(properties, "ContentBasedDeduplication", attributes);
    if (!redrive.isMissingNode()) {
      attributes.put("RedrivePolicy", redrive.isTextual() ? redrive.asText() : Json.text(redrive));
    }
    String url = client.createQueue(r -> r.queueName(name).attributesWithStrings(attributes)).queueUrl();
    urlsByName.put(name, url);
    created.add(name);
  }

  private static void copy(JsonNode properties, String name, Map<String, String> attributes) {
    JsonNode value = properties.get(name);
    if (value != null) {
      attributes.put(name, value.asText());
    }
  }

  public String urlOf(String queueName) {
    String url = urlsByName.get(queueName);
    if (url == null) {
      throw new IllegalArgumentException("no local queue " + queueName);
    }
    return url;
  }

  public String urlOfArn(String arn) {
    return urlOf(LocalResourceNames.nameInArn(arn));
  }

  public int visibilityTimeoutSeconds(String url) {
    return Integer.parseInt(client.getQueueAttributes(r -> r.queueUrl(url)
        .attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT)).attributes().get(QueueAttributeName.VISIBILITY_TIMEOUT));
  }

  /** Messages waiting, in flight or delayed: zero when the queue is drained. */
  public long backlog(String url) {
    Map<QueueAttributeName, String> attributes = client.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
    return attributes.values().stream().mapToLong(Long::parseLong).sum();
  }

  @Override
  public void close() {
    client.close();
    server.stopAndWait();
  }
}

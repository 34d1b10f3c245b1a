package app.jobmate.notifications.adapter.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.summaries.Subject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Flushes scheduled on ElasticMQ (the local cloud's SQS): hidden for the window, then received once, naming the subject. */
class SqsFlushSchedulerTest {

  private static final Duration WINDOW = Duration.ofSeconds(2);
  private static SQSRestServer server;
  private static SqsClient sqs;

  private final Subject subject = new Subject(TenantId.of("t-acme"), "task", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");

  @BeforeAll
  static void startElasticMq() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port)
        .withServerAddress(new NodeAddress("http", "127.0.0.1", port, "")).start();
    server.waitUntilStarted();
    sqs = SqsClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @AfterAll
  static void stopElasticMq() {
    if (sqs != null) {
      sqs.close();
    }
    if (server != null) {
      server.stopAndWait();
    }
  }

  @Test
  void a_flush_is_hidden_for_the_window_and_then_names_its_subject() {
    String queue = sqs.createQueue(r -> r.queueName("push-flush-" + System.nanoTime())).queueUrl();
    Instant scheduled = Instant.now();

    new SqsFlushScheduler(sqs, queue, WINDOW).schedule(subject);

    assertThat(sqs.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages())
        .as("hidden for the window").isEmpty();
    Message flush = receiveWithin(queue, Duration.ofSeconds(10));
    assertThat(Duration.between(scheduled, Instant.now())).isGreaterThanOrEqualTo(WINDOW.minusMillis(100));
    assertThat(FlushMessage.read(flush.body())).isEqualTo(subject);
  }

  @Test
  void a_window_sqs_cannot_delay_by_is_refused() {
    assertThatThrownBy(() -> new SqsFlushScheduler(sqs, "http://queue", Duration.ofMinutes(16)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_body_that_names_no_subject_is_refused() {
    assertThat(FlushMessage.read(FlushMessage.write(subject))).isEqualTo(subject);
    for (String body : List.of("", "not json", "[]", "{\"tenantId\":\"t-acme\",\"streamType\":\"task\"}",
        "{\"tenantId\":\"t acme\",\"streamType\":\"task\",\"streamId\":\"1\"}")) {
      assertThatThrownBy(() -> FlushMessage.read(body)).as(body).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Message receiveWithin(String queue, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages();
      if (!messages.isEmpty()) {
        return messages.getFirst();
      }
    }
    throw new AssertionError("no flush on " + queue + " within " + patience);
  }
}

package app.jobmate.notifications.adapter.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.FlushWork;
import app.jobmate.notifications.push.Resend;
import app.jobmate.events.StreamId;
import app.jobmate.testing.LocalElasticMq;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.Message;

/** Flushes scheduled on ElasticMQ (the local cloud's SQS): hidden for the window, then received once, naming the subject. */
class SqsFlushSchedulerTest {

  private static final Duration WINDOW = Duration.ofSeconds(2);

  @RegisterExtension
  static final LocalElasticMq sqs = LocalElasticMq.perClass();

  private final StreamId subject = new StreamId(TenantId.of("t-acme"), "task", "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");

  @Test
  void a_flush_is_hidden_for_the_window_and_then_names_its_subject() {
    String queue = sqs.client().createQueue(r -> r.queueName("push-flush-" + System.nanoTime())).queueUrl();
    Instant scheduled = Instant.now();

    new SqsFlushScheduler(sqs.client(), queue, WINDOW).schedule(subject);

    assertThat(sqs.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages())
        .as("hidden for the window").isEmpty();
    Message flush = receiveWithin(queue, Duration.ofSeconds(10));
    assertThat(Duration.between(scheduled, Instant.now())).isGreaterThanOrEqualTo(WINDOW.minusMillis(100));
    assertThat(FlushMessage.read(flush.body())).isEqualTo(subject);
  }

  @Test
  void a_resend_is_hidden_for_the_window_and_then_carries_its_connection_and_message() {
    String queue = sqs.client().createQueue(r -> r.queueName("push-flush-" + System.nanoTime())).queueUrl();
    Resend resend = new Resend(TenantId.of("t-acme"), ConnectionId.of("aliceTablet="),
        "{\"type\":\"task.assigned\",\"title\":\"Service the boiler \u2014 \\\"urgent\\\"\",\"version\":2}");

    new SqsFlushScheduler(sqs.client(), queue, WINDOW).resend(resend);

    assertThat(sqs.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages())
        .as("hidden for the window").isEmpty();
    Message body = receiveWithin(queue, Duration.ofSeconds(10));
    assertThat(FlushMessage.readWork(body.body())).isEqualTo(new FlushWork.Send(resend));
  }

  @Test
  void a_window_sqs_cannot_delay_by_is_refused() {
    assertThatThrownBy(() -> new SqsFlushScheduler(sqs.client(), "http://queue", Duration.ofMinutes(16)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_body_that_names_no_subject_is_refused() {
    assertThat(FlushMessage.read(FlushMessage.write(subject))).isEqualTo(subject);
    assertThat(FlushMessage.readWork(FlushMessage.write(subject))).isEqualTo(new FlushWork.Flush(subject));
    for (String body : List.of("", "not json", "[]", "{\"tenantId\":\"t-acme\",\"streamType\":\"task\"}",
        "{\"tenantId\":\"t acme\",\"streamType\":\"task\",\"streamId\":\"1\"}")) {
      assertThatThrownBy(() -> FlushMessage.read(body)).as(body).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> FlushMessage.readWork(body)).as(body).isInstanceOf(IllegalArgumentException.class);
    }
    for (String body : List.of("{\"tenantId\":\"t-acme\",\"resendTo\":\"abc=\"}",
        "{\"tenantId\":\"t-acme\",\"resendTo\":\"abc=\",\"message\":\"\"}",
        "{\"resendTo\":\"abc=\",\"message\":\"{}\"}", "{\"tenantId\":\"t-acme\",\"resendTo\":7,\"message\":\"{}\"}")) {
      assertThatThrownBy(() -> FlushMessage.readWork(body)).as(body).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Message receiveWithin(String queue, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      List<Message> messages = sqs.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages();
      if (!messages.isEmpty()) {
        return messages.getFirst();
      }
    }
    throw new AssertionError("no flush on " + queue + " within " + patience);
  }
}

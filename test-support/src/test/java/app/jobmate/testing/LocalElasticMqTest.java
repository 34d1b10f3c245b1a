package app.jobmate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalElasticMqTest {

  @RegisterExtension
  static final LocalElasticMq sqs = LocalElasticMq.perClass();

  @Test
  void a_message_sent_to_a_queue_is_received_from_it() {
    String queue = sqs.client().createQueue(r -> r.queueName("test-support")).queueUrl();

    sqs.client().sendMessage(r -> r.queueUrl(queue).messageBody("hello"));

    assertThat(sqs.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(5)).messages())
        .singleElement().satisfies(message -> assertThat(message.body()).isEqualTo("hello"));
  }
}

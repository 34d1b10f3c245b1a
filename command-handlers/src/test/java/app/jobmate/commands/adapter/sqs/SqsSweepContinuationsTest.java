package app.jobmate.commands.adapter.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.expiry.DueQuote.Position;
import app.jobmate.commands.expiry.Sweep;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.LocalElasticMq;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.Message;

/** Continuations on ElasticMQ (the local cloud's SQS): sent once, read back as the same sweep. */
class SqsSweepContinuationsTest {

  private static final Sweep REST = new Sweep(LocalDate.of(2026, 12, 11), Optional.of(new Position(LocalDate.of(2026, 12, 2),
      TenantId.of("t-acme"), QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"))));

  @RegisterExtension
  static final LocalElasticMq sqs = LocalElasticMq.perClass();

  @Test
  void the_rest_of_a_sweep_is_one_message_that_reads_back_as_the_same_sweep() {
    String queue = sqs.client().createQueue(r -> r.queueName("quote-expiry-sweep-" + System.nanoTime())).queueUrl();

    new SqsSweepContinuations(sqs.client(), queue).schedule(REST);

    List<Message> received = sqs.client().receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(5))
        .messages();
    assertThat(received).singleElement().satisfies(message -> assertThat(SweepMessage.read(message.body())).isEqualTo(REST));
  }

  @Test
  void a_sweep_from_its_start_has_no_position() {
    Sweep fromStart = Sweep.of(LocalDate.of(2026, 12, 11));

    assertThat(SweepMessage.write(fromStart)).isEqualTo("{\"today\":\"2026-12-11\"}");
    assertThat(SweepMessage.read(SweepMessage.write(fromStart))).isEqualTo(fromStart);
    assertThat(SweepMessage.write(REST))
        .isEqualTo("{\"today\":\"2026-12-11\",\"after\":\"2026-12-02#t-acme#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60\"}");
  }

  @Test
  void a_body_that_is_not_a_continuation_is_refused() {
    for (String body : List.of("", "not json", "{}", "{\"today\":\"11/12/2026\"}", "{\"today\":\"2026-12-11\",\"after\":\"x\"}")) {
      assertThatThrownBy(() -> SweepMessage.read(body)).as(body).isInstanceOf(IllegalArgumentException.class);
    }
  }
}

package app.jobmate.notifications.adapter.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.reminders.ReminderWork;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Plan;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Remind;
import app.jobmate.testing.LocalElasticMq;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.Message;

/** The reminder queue on ElasticMQ (the local cloud's SQS), and its message bodies. */
class SqsReminderQueueTest {

  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");

  @RegisterExtension
  static final LocalElasticMq sqs = LocalElasticMq.perClass();

  @Test
  void more_work_than_one_batch_call_takes_arrives_whole_one_message_each() {
    String queue = sqs.client().createQueue(r -> r.queueName("due-today-" + System.nanoTime())).queueUrl();
    List<ReminderWork> work = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      work.add(new Remind(FRIDAY, task()));
    }
    work.add(new Plan(FRIDAY, task()));
    // a day's visits and a person's day, whose ids may hold '#'
    work.add(new ReminderWork.PlanVisits(FRIDAY, null));
    work.add(new ReminderWork.PlanVisits(FRIDAY, "t-acme#u-sam#2#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"));
    work.add(new ReminderWork.RemindMember(FRIDAY, app.jobmate.events.values.TenantId.of("t-acme"),
        app.jobmate.events.values.UserId.of("u-sam#2")));

    new SqsReminderQueue(sqs.client(), queue).send(work);

    assertThat(receiveAll(queue, work.size()).stream().map(m -> ReminderMessage.read(m.body())).toList())
        .containsExactlyInAnyOrderElementsOf(work);
  }

  @Test
  void nothing_to_queue_sends_nothing() {
    String queue = sqs.client().createQueue(r -> r.queueName("due-today-" + System.nanoTime())).queueUrl();

    new SqsReminderQueue(sqs.client(), queue).send(List.of());

    assertThat(sqs.client().receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages()).isEmpty();
  }

  @Test
  void a_queue_that_does_not_exist_fails_the_send() {
    SqsReminderQueue missing = new SqsReminderQueue(sqs.client(),
        sqs.client().createQueue(r -> r.queueName("gone-" + System.nanoTime())).queueUrl().replace("gone-", "never-"));

    assertThatThrownBy(() -> missing.send(List.of(new Plan(FRIDAY, null)))).isInstanceOf(RuntimeException.class);
  }

  @Test
  void a_body_reads_back_as_the_work_it_was_and_a_body_that_names_no_work_is_refused() {
    for (ReminderWork work : List.of(new Plan(FRIDAY, null), new Plan(FRIDAY, task()), new Remind(FRIDAY, task()))) {
      assertThat(ReminderMessage.read(ReminderMessage.write(work))).isEqualTo(work);
    }
    assertThat(ReminderMessage.write(new Remind(FRIDAY, TaskStreams.of(TenantId.of("t-acme"),
        TaskId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"))))).isEqualTo(
        "{\"work\":\"remind\",\"day\":\"2026-11-27\",\"tenantId\":\"t-acme\",\"taskId\":\"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60\"}");
    for (String body : List.of("", "not json", "[]", "{\"work\":\"remind\",\"day\":\"2026-11-27\"}",
        "{\"work\":\"plan\"}", "{\"work\":\"party\",\"day\":\"2026-11-27\"}",
        "{\"work\":\"plan\",\"day\":\"2026-11-27\",\"afterTenantId\":\"t-acme\"}",
        "{\"work\":\"remind\",\"day\":\"2026-11-27\",\"tenantId\":\"t acme\",\"taskId\":\"0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60\"}")) {
      assertThatThrownBy(() -> ReminderMessage.read(body)).as(body).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static StreamId task() {
    return TaskStreams.of(TenantId.of("t-acme"), TaskId.of(UUID.randomUUID().toString()));
  }

  private static List<Message> receiveAll(String queue, int count) {
    List<Message> received = new ArrayList<>();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (received.size() < count && Instant.now().isBefore(deadline)) {
      List<Message> messages = sqs.client().receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
          .messages();
      received.addAll(messages);
      messages.forEach(m -> sqs.client().deleteMessage(r -> r.queueUrl(queue).receiptHandle(m.receiptHandle())));
    }
    return received;
  }
}

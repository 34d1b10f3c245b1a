package app.jobmate.lambda.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SqsBatchTest {

  private static SQSEvent batch(String... bodies) {
    List<SQSEvent.SQSMessage> messages = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
      message.setMessageId("m-" + i);
      message.setBody(bodies[i]);
      message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
      messages.add(message);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(messages);
    return event;
  }

  private static List<String> failed(SQSBatchResponse response) {
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
  }

  @Test
  void a_batch_that_all_goes_well_reports_no_failure() {
    List<Integer> handled = new ArrayList<>();

    SQSBatchResponse response = SqsBatch.process(batch("1", "2", "3"), Integer::parseInt, items -> {
      handled.addAll(items);
      return Map.of();
    }, new TestContext().getLogger());

    assertThat(handled).containsExactly(1, 2, 3);
    assertThat(response.getBatchItemFailures()).isEmpty();
  }

  @Test
  void a_poison_body_fails_alone_and_the_others_are_handled() {
    List<Integer> handled = new ArrayList<>();

    SQSBatchResponse response = SqsBatch.process(batch("1", "not a number", "3"), Integer::parseInt, items -> {
      handled.addAll(items);
      return Map.of();
    }, new TestContext().getLogger());

    assertThat(handled).containsExactly(1, 3);
    assertThat(failed(response)).containsExactly("m-1");
  }

  @Test
  void failures_the_handler_reports_name_their_messages_in_batch_order() {
    SQSBatchResponse response = SqsBatch.process(batch("x", "1", "2", "3"), Integer::parseInt, items -> {
      Map<Integer, Exception> failures = new TreeMap<>();
      failures.put(2, new IllegalStateException("three is unlucky"));
      failures.put(0, new IllegalStateException("one is lonely"));
      return failures;
    }, new TestContext().getLogger());

    assertThat(failed(response)).containsExactly("m-0", "m-1", "m-3");
  }

  @Test
  void a_handler_that_crashes_fails_the_whole_batch() {
    assertThatThrownBy(() -> SqsBatch.process(batch("1", "2"), Integer::parseInt, items -> {
      throw new IllegalStateException("the database went away");
    }, new TestContext().getLogger())).hasMessageContaining("went away");
  }
}

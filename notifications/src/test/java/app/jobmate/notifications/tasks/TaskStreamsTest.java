package app.jobmate.notifications.tasks;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvents;
import app.jobmate.events.tasks.TaskEvents;
import org.junit.jupiter.api.Test;

class TaskStreamsTest {

  @Test
  void a_task_stream_is_named_by_its_tenant_and_task_id() {
    StreamId stream = TaskStreams.of(ACME, TASK);

    assertThat(stream).isEqualTo(new StreamId(ACME, TaskEvents.STREAM, "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60"));
    assertThat(TaskStreams.taskId(stream)).isEqualTo(TASK);
  }

  @Test
  void a_quote_stream_or_an_id_that_is_not_a_canonical_task_id_is_not_a_task_stream() {
    assertThatThrownBy(() -> TaskStreams.require(new StreamId(ACME, QuoteEvents.STREAM, TASK.toString())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskStreams.require(new StreamId(ACME, TaskEvents.STREAM, "not-a-task")))
        .isInstanceOf(IllegalArgumentException.class);
    // the index's keys hold the canonical (lower-case) form: an upper-case id would be another key
    assertThatThrownBy(() -> TaskStreams.require(new StreamId(ACME, TaskEvents.STREAM,
        TASK.toString().toUpperCase()))).isInstanceOf(IllegalArgumentException.class);
  }
}

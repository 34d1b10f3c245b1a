package app.jobmate.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.TestEvents;
import app.jobmate.events.StreamId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link EventHistory} does; one subclass per implementation. */
public abstract class EventHistoryContract {

  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final TaskId task = TestEvents.TASK;

  protected abstract EventHistory history();

  /** Stores one commit as the command side does. */
  protected abstract void store(List<EventEnvelope> commit);

  @Test
  void a_stream_reads_from_a_version_across_commits_in_version_order() {
    List<EventEnvelope> created = List.of(event(acme, 1, TestEvents.taskCreated()), event(acme, 2,
        new TaskAssigned(task, TestEvents.ALICE)));
    EventEnvelope started = event(acme, 3, new TaskStarted(task, TestEvents.NOW));
    store(created);
    store(List.of(started));
    StreamId subject = new StreamId(acme, "task", task.toString());

    assertThat(json(history().read(subject, 1))).isEqualTo(json(List.of(created.get(0), created.get(1), started)));
    assertThat(history().read(subject, 2)).extracting(EventEnvelope::version).containsExactly(2L, 3L);
    assertThat(history().read(subject, 3)).extracting(EventEnvelope::eventType).containsExactly("TaskStarted");
    assertThat(history().read(subject, 4)).isEmpty();
  }

  @Test
  void an_unknown_stream_reads_empty_and_another_tenants_stream_of_the_same_id_is_not_mixed_in() {
    TenantId globex = TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8));
    store(List.of(event(acme, 1, TestEvents.taskCreated())));
    store(List.of(event(globex, 1, TestEvents.taskCreated()), event(globex, 2, new TaskAssigned(task, TestEvents.BOB))));

    assertThat(history().read(new StreamId(TenantId.of("t-nobody"), "task", task.toString()), 1)).isEmpty();
    assertThat(history().read(new StreamId(acme, "task", task.toString()), 1)).hasSize(1)
        .allMatch(e -> e.tenantId().equals(acme));
    assertThat(history().read(new StreamId(globex, "task", task.toString()), 1)).hasSize(2)
        .allMatch(e -> e.tenantId().equals(globex));
  }

  @Test
  void envelopes_come_back_as_stored_an_old_schema_version_included() {
    ObjectNode v1 = EventJson.mapper().createObjectNode().put("quoteId", TestEvents.QUOTE.toString())
        .put("declinedAt", "2026-11-26T10:15:30Z").put("reason", "Too dear");
    EventEnvelope declinedV1 = TestEvents.envelope(acme, 1, new QuoteViewed(TestEvents.QUOTE, TestEvents.NOW),
        TestEvents.OWNER, Role.OWNER).upcastTo("QuoteDeclined", 1, v1);
    store(List.of(declinedV1));

    assertThat(json(history().read(new StreamId(acme, "quote", TestEvents.QUOTE.toString()), 1)))
        .isEqualTo(json(List.of(declinedV1)));
  }

  private static EventEnvelope event(TenantId tenant, long version, TaskEvent event) {
    return TestEvents.envelope(tenant, version, event, TestEvents.OWNER, Role.OWNER);
  }

  private static String json(List<EventEnvelope> envelopes) {
    try {
      return EventJson.mapper().writeValueAsString(envelopes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

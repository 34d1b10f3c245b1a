package app.jobmate.notifications.push;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.CAROL;
import static app.jobmate.notifications.TestEvents.GLOBEX;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.TestEvents.QUOTE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.lambda.Contexts;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryConnections;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryFlushScheduler;
import app.jobmate.notifications.adapter.memory.InMemoryPendingNotices;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A flush, on in-memory ports: the store's stream in, one message per person and connection out. */
class PushServiceTest {

  private static final StreamId TASK_SUBJECT = new StreamId(ACME, "task", TASK.toString());
  private static final StreamId QUOTE_SUBJECT = new StreamId(ACME, "quote", QUOTE.toString());

  private final TestClock clock = new TestClock(TestEvents.NOW);
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryPendingNotices pending = new InMemoryPendingNotices(clock, Duration.ofSeconds(62));
  private final InMemoryFlushScheduler flushes = new InMemoryFlushScheduler(clock, Duration.ofSeconds(2));
  private final InMemoryConnections connections = new InMemoryConnections();
  private final InMemoryDueTasks dueTasks = new InMemoryDueTasks();

  private final Connection alicePhone = connect("alicePhone=", ACME, ALICE, Role.STAFF);
  private final Connection aliceTablet = connect("aliceTablet=", ACME, ALICE, Role.STAFF);
  private final Connection bobPhone = connect("bobPhone=", ACME, BOB, Role.STAFF);
  private final Connection ownerDesk = connect("ownerDesk=", ACME, OWNER, Role.OWNER);
  private final Connection adminDesk = connect("adminDesk=", ACME, CAROL, Role.ADMIN);
  // the same person id, owner and staff, in another business
  private final Connection globexAlice = connect("globexAlice=", GLOBEX, ALICE, Role.OWNER, Role.STAFF);

  private final PushService service = service(registry);

  @Test
  void a_task_assigned_reaches_every_device_of_its_assignee_and_nobody_else() {
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));

    service.flush(TASK_SUBJECT);

    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(types(aliceTablet)).containsExactly("task.assigned");
    assertThat(last(alicePhone).get("title").asText()).isEqualTo("Service the boiler");
    assertThat(last(alicePhone).get("version").asLong()).isEqualTo(2);
    assertThat(List.of(bobPhone, ownerDesk, adminDesk, globexAlice))
        .allSatisfy(c -> assertThat(connections.received(c.id())).isEmpty());
  }

  @Test
  void a_flush_tells_what_changed_since_the_last_and_a_flush_with_nothing_new_tells_nobody() {
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));
    service.flush(TASK_SUBJECT);
    commit(TestEvents.task(3, new TaskStarted(TASK, TestEvents.NOW)));

    service.flush(TASK_SUBJECT);
    service.flush(TASK_SUBJECT);

    assertThat(types(alicePhone)).containsExactly("task.assigned", "task.started");
    assertThat(last(alicePhone).get("status").asText()).isEqualTo("in-progress");
    assertThat(last(alicePhone).get("version").asLong()).isEqualTo(3);
  }

  @Test
  void a_reassignment_moves_the_task_with_everything_known_about_it() {
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));
    service.flush(TASK_SUBJECT);
    commit(TestEvents.task(3, new TaskReassigned(TASK, ALICE, BOB)));

    service.flush(TASK_SUBJECT);

    assertThat(types(alicePhone)).containsExactly("task.assigned", "task.removed");
    assertThat(types(bobPhone)).containsExactly("task.assigned");
    assertThat(last(bobPhone).get("title").asText()).isEqualTo("Service the boiler");
    assertThat(last(bobPhone).get("dueDate").asText()).isEqualTo("2026-11-27");
  }

  @Test
  void a_quote_answer_reaches_owners_and_admins_and_never_staff() {
    commit(TestEvents.quote(1, TestEvents.quoteDrafted()), TestEvents.quote(2, TestEvents.quoteIssued()));
    commit(TestEvents.quote(3, new QuoteViewed(QUOTE, TestEvents.NOW)));

    service.flush(QUOTE_SUBJECT);

    assertThat(types(ownerDesk)).containsExactly("quote.viewed");
    assertThat(types(adminDesk)).containsExactly("quote.viewed");
    assertThat(last(ownerDesk).get("reference").asText()).isEqualTo("Q-00042");
    assertThat(last(ownerDesk).get("title").asText()).isEqualTo("Kitchen refit");
    assertThat(List.of(alicePhone, aliceTablet, bobPhone, globexAlice))
        .allSatisfy(c -> assertThat(connections.received(c.id())).isEmpty());
  }

  @Test
  void a_connection_that_has_gone_is_forgotten_and_everyone_else_still_gets_theirs() {
    connections.close(alicePhone.id());
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));

    service.flush(TASK_SUBJECT);

    assertThat(types(aliceTablet)).containsExactly("task.assigned");
    assertThat(registry.ofUser(ACME, ALICE)).containsExactly(aliceTablet);
  }

  @Test
  void a_send_that_fails_is_resent_to_that_connection_alone_and_the_flush_settles() {
    connections.breakDown(alicePhone.id());
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));

    service.flush(TASK_SUBJECT);

    assertThat(types(aliceTablet)).as("the others get theirs at once").containsExactly("task.assigned");
    assertThat(pending.pending(TASK_SUBJECT).toldVersion()).as("settled: a later flush tells nobody again").isEqualTo(2);
    List<Resend> resends = flushes.takeResends();
    assertThat(resends).singleElement().satisfies(r -> {
      assertThat(r.connectionId()).isEqualTo(alicePhone.id());
      assertThat(r.tenantId()).isEqualTo(ACME);
    });

    assertThatThrownBy(() -> service.resend(resends.getFirst())).as("still broken: the resend comes back")
        .hasMessageContaining("alicePhone=");
    connections.repair(alicePhone.id());
    service.resend(resends.getFirst());
    service.flush(TASK_SUBJECT);

    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(last(alicePhone).get("version").asLong()).isEqualTo(2);
    assertThat(connections.received(aliceTablet.id())).as("nobody else is told twice").hasSize(1);
    assertThat(flushes.takeResends()).isEmpty();
  }

  @Test
  void a_resend_that_cannot_be_scheduled_fails_the_flush_which_tells_it_when_it_runs_again() {
    connections.breakDown(alicePhone.id());
    flushes.failNext(1);
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));

    assertThatThrownBy(() -> service.flush(TASK_SUBJECT)).hasMessageContaining("flush queue");
    assertThat(pending.pending(TASK_SUBJECT).toldVersion()).as("nothing settled").isZero();
    connections.repair(alicePhone.id());

    service.flush(TASK_SUBJECT);

    assertThat(types(alicePhone)).containsExactly("task.assigned");
    // only when both failed: a duplicate for the tablet, with the same version, which the client ignores
    assertThat(connections.received(aliceTablet.id())).hasSize(2).allMatch(m -> m.contains("\"version\":2"));
  }

  @Test
  void a_connection_that_went_away_before_its_resend_is_forgotten() {
    connections.breakDown(alicePhone.id());
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));
    service.flush(TASK_SUBJECT);
    connections.close(alicePhone.id());

    service.resend(flushes.takeResends().getFirst());

    assertThat(registry.ofUser(ACME, ALICE)).containsExactly(aliceTablet);
  }

  @Test
  void a_lookup_that_fails_fails_the_flush() {
    ConnectionRegistry officeUnreachable = new ConnectionRegistry() {
      @Override public void add(Connection connection) { registry.add(connection); }
      @Override public void remove(ConnectionId id) { registry.remove(id); }
      @Override public List<Connection> ofUser(TenantId tenant, UserId user) { return registry.ofUser(tenant, user); }
      @Override public List<Connection> withRole(TenantId tenant, Role role) {
        throw new IllegalStateException("throttled");
      }
    };
    commit(TestEvents.quote(1, new QuoteViewed(QUOTE, TestEvents.NOW)));

    assertThatThrownBy(() -> service(officeUnreachable).flush(QUOTE_SUBJECT)).hasMessage("throttled");
    assertThat(pending.pending(QUOTE_SUBJECT).toldVersion()).isZero();
  }

  @Test
  void a_batch_flushes_each_subject_once_and_reports_only_the_messages_of_a_subject_that_failed() {
    connections.breakDown(ownerDesk.id());
    flushes.failNext(1);
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));
    commit(TestEvents.quote(1, new QuoteViewed(QUOTE, TestEvents.NOW)));

    Map<Integer, Exception> failed = service.flushAll(List.of(TASK_SUBJECT, QUOTE_SUBJECT, TASK_SUBJECT));

    assertThat(failed).containsOnlyKeys(1);
    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(types(adminDesk)).containsExactly("quote.viewed");
  }

  @Test
  void whatever_a_registry_answers_no_price_reaches_staff_and_nothing_crosses_tenants() {
    Connection staffAmongOwners = new Connection(ConnectionId.of("staffAmongOwners="), ACME, BOB, Set.of(Role.STAFF),
        TestEvents.NOW);
    Connection strangerAmongOwners = new Connection(ConnectionId.of("strangerAmongOwners="), GLOBEX, OWNER,
        Set.of(Role.OWNER), TestEvents.NOW);
    ConnectionRegistry confused = new ConnectionRegistry() {
      @Override public void add(Connection connection) { }
      @Override public void remove(ConnectionId id) { }
      @Override public List<Connection> ofUser(TenantId tenant, UserId user) { return List.of(strangerAmongOwners); }
      @Override public List<Connection> withRole(TenantId tenant, Role role) {
        return List.of(staffAmongOwners, strangerAmongOwners);
      }
    };
    commit(TestEvents.quote(1, new QuoteViewed(QUOTE, TestEvents.NOW)));
    commit(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)));

    service(confused).flushAll(List.of(QUOTE_SUBJECT, TASK_SUBJECT));

    assertThat(connections.received(staffAmongOwners.id())).isEmpty();
    assertThat(connections.received(strangerAmongOwners.id())).isEmpty();
  }

  private PushService service(ConnectionRegistry connectionRegistry) {
    return new PushService(Contexts.notifying(dueTasks, new InMemoryDayVisits()), connectionRegistry, history, pending, flushes, connections,
        EventCodec.standard());
  }

  private void commit(Delivered... events) {
    history.append(List.of(events).stream().map(Delivered::envelope).toList());
  }

  private Connection connect(String id, TenantId tenant, UserId user, Role... roles) {
    Connection connection = new Connection(ConnectionId.of(id), tenant, user, Set.of(roles), TestEvents.NOW);
    registry.add(connection);
    return connection;
  }

  private List<String> types(Connection connection) {
    return connections.received(connection.id()).stream().map(m -> json(m).get("type").asText()).toList();
  }

  private JsonNode last(Connection connection) {
    return json(connections.received(connection.id()).getLast());
  }

  private static JsonNode json(String message) {
    try {
      return EventJson.mapper().readTree(message);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + message, e);
    }
  }
}

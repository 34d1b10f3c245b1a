package app.jobmate.notifications.push;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.CAROL;
import static app.jobmate.notifications.TestEvents.GLOBEX;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.TestEvents.QUOTE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.quote;
import static app.jobmate.notifications.TestEvents.task;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryConnections;
import app.jobmate.notifications.adapter.memory.InMemorySummaries;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.summaries.Subject;
import app.jobmate.notifications.summaries.Summaries;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PushServiceTest {

  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry();
  private final InMemorySummaries summaries = new InMemorySummaries();
  private final InMemoryConnections connections = new InMemoryConnections();

  private final Connection alicePhone = connect("alicePhone=", ACME, ALICE, Role.STAFF);
  private final Connection aliceTablet = connect("aliceTablet=", ACME, ALICE, Role.STAFF);
  private final Connection bobPhone = connect("bobPhone=", ACME, BOB, Role.STAFF);
  private final Connection ownerDesk = connect("ownerDesk=", ACME, OWNER, Role.OWNER);
  private final Connection adminDesk = connect("adminDesk=", ACME, CAROL, Role.ADMIN);
  // the same person id, owner and staff, in another business
  private final Connection globexAlice = connect("globexAlice=", GLOBEX, ALICE, Role.OWNER, Role.STAFF);

  private final PushService service = new PushService(registry, summaries, connections);

  @Test
  void a_task_assigned_reaches_every_device_of_its_assignee_and_nobody_else() {
    Map<Integer, Exception> failed = service.push(List.of(task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE))));

    assertThat(failed).isEmpty();
    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(types(aliceTablet)).containsExactly("task.assigned");
    assertThat(last(alicePhone).get("title").asText()).isEqualTo("Service the boiler");
    assertThat(everyoneBut(alicePhone, aliceTablet)).allSatisfy(c -> assertThat(connections.received(c.id())).isEmpty());
  }

  @Test
  void changes_to_one_task_in_one_batch_become_one_message_per_connection() {
    service.push(List.of(task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE)),
        task(3, new TaskChecklistItemTicked(TASK, ISOLATE)), task(4, new TaskStarted(TASK, TestEvents.NOW))));

    assertThat(types(alicePhone)).containsExactly("task.assigned");
    JsonNode message = last(alicePhone);
    assertThat(message.get("status").asText()).isEqualTo("in-progress");
    assertThat(message.get("checklist").get(0).get("done").asBoolean()).isTrue();
    assertThat(message.get("version").asLong()).isEqualTo(4);
  }

  @Test
  void events_of_a_batch_are_applied_in_stream_order_whatever_order_they_arrive_in() {
    service.push(List.of(task(4, new TaskStarted(TASK, TestEvents.NOW)), task(2, new TaskAssigned(TASK, ALICE)),
        task(1, taskCreated())));

    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(last(alicePhone).get("status").asText()).isEqualTo("in-progress");
  }

  @Test
  void a_reassignment_in_a_later_batch_moves_the_task_with_what_earlier_batches_said_about_it() {
    service.push(List.of(task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE))));

    service.push(List.of(task(3, new TaskReassigned(TASK, ALICE, BOB))));

    assertThat(types(alicePhone)).containsExactly("task.assigned", "task.removed");
    assertThat(types(bobPhone)).containsExactly("task.assigned");
    assertThat(last(bobPhone).get("title").asText()).isEqualTo("Service the boiler");
    assertThat(last(bobPhone).get("dueDate").asText()).isEqualTo("2026-11-27");
  }

  @Test
  void events_arriving_out_of_order_across_batches_leave_each_person_with_the_right_list() {
    service.push(List.of(task(3, new TaskReassigned(TASK, ALICE, BOB))));
    service.push(List.of(task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE))));

    assertThat(types(bobPhone)).containsExactly("task.assigned", "task.changed");
    assertThat(last(bobPhone).get("title").asText()).isEqualTo("Service the boiler");
    assertThat(types(alicePhone)).containsExactly("task.removed", "task.removed");
  }

  @Test
  void a_quote_answer_reaches_owners_and_admins_and_never_staff() {
    service.push(List.of(quote(5, new QuoteViewed(QUOTE, TestEvents.NOW))));

    assertThat(types(ownerDesk)).containsExactly("quote.viewed");
    assertThat(types(adminDesk)).containsExactly("quote.viewed");
    assertThat(List.of(alicePhone, aliceTablet, bobPhone, globexAlice))
        .allSatisfy(c -> assertThat(connections.received(c.id())).isEmpty());
  }

  @Test
  void a_connection_of_another_tenant_never_receives_an_event() {
    service.push(List.of(task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE)),
        quote(5, new QuoteViewed(QUOTE, TestEvents.NOW))));

    assertThat(connections.received(globexAlice.id())).isEmpty();
  }

  @Test
  void a_connection_that_has_gone_is_forgotten_and_everyone_else_still_gets_theirs() {
    connections.close(alicePhone.id());

    Map<Integer, Exception> failed = service.push(List.of(task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE))));

    assertThat(failed).isEmpty();
    assertThat(types(aliceTablet)).containsExactly("task.assigned");
    assertThat(registry.ofUser(ACME, ALICE)).containsExactly(aliceTablet);
  }

  @Test
  void a_send_that_fails_fails_only_the_events_its_message_carried() {
    connections.breakDown(ownerDesk.id());

    Map<Integer, Exception> failed = service.push(List.of(task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE)),
        quote(5, new QuoteViewed(QUOTE, TestEvents.NOW))));

    assertThat(failed).containsOnlyKeys(2);
    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(types(adminDesk)).containsExactly("quote.viewed");
  }

  @Test
  void an_event_delivered_again_after_a_failure_reaches_those_it_missed() {
    connections.breakDown(ownerDesk.id());
    service.push(List.of(quote(5, new QuoteViewed(QUOTE, TestEvents.NOW))));
    connections.repair(ownerDesk.id());

    Map<Integer, Exception> failed = service.push(List.of(quote(5, new QuoteViewed(QUOTE, TestEvents.NOW))));

    assertThat(failed).isEmpty();
    assertThat(types(ownerDesk)).containsExactly("quote.viewed");
    // a duplicate for the admin, with the same version: their client ignores it
    List<String> admin = connections.received(adminDesk.id());
    assertThat(admin).hasSize(2);
    assertThat(admin.getLast()).isEqualTo(admin.getFirst());
  }

  @Test
  void a_lookup_that_fails_fails_only_the_events_that_needed_it() {
    ConnectionRegistry officeUnreachable = new ConnectionRegistry() {
      @Override public void add(Connection connection) { registry.add(connection); }
      @Override public void remove(ConnectionId id) { registry.remove(id); }
      @Override public List<Connection> ofUser(TenantId tenant, UserId user) { return registry.ofUser(tenant, user); }
      @Override public List<Connection> withRole(TenantId tenant, Role role) {
        throw new IllegalStateException("throttled");
      }
    };

    Map<Integer, Exception> failed = new PushService(officeUnreachable, summaries, connections).push(List.of(
        quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)), task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE))));

    assertThat(failed).containsOnlyKeys(0);
    assertThat(types(alicePhone)).containsExactly("task.assigned");
  }

  @Test
  void a_summary_that_cannot_be_stored_fails_only_the_events_of_its_subject() {
    Summaries tasksUnavailable = new Summaries() {
      @Override
      public <S> S update(Subject subject, S initial, UnaryOperator<S> change) {
        if (subject.streamType().equals("task")) {
          throw new IllegalStateException("throttled");
        }
        return summaries.update(subject, initial, change);
      }
    };

    Map<Integer, Exception> failed = new PushService(registry, tasksUnavailable, connections).push(List.of(
        task(1, taskCreated()), quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)), task(2, new TaskAssigned(TASK, ALICE))));

    assertThat(failed).containsOnlyKeys(0, 2);
    assertThat(types(ownerDesk)).containsExactly("quote.viewed");
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

    new PushService(confused, summaries, connections).push(List.of(quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)),
        task(1, taskCreated()), task(2, new TaskAssigned(TASK, ALICE))));

    assertThat(connections.received(staffAmongOwners.id())).isEmpty();
    assertThat(connections.received(strangerAmongOwners.id())).isEmpty();
  }

  private Connection connect(String id, TenantId tenant, UserId user, Role... roles) {
    Connection connection = new Connection(ConnectionId.of(id), tenant, user, Set.of(roles), TestEvents.NOW);
    registry.add(connection);
    return connection;
  }

  private List<Connection> everyoneBut(Connection... some) {
    return List.of(alicePhone, aliceTablet, bobPhone, ownerDesk, adminDesk, globexAlice).stream()
        .filter(c -> !List.of(some).contains(c)).toList();
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

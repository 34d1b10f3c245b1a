package app.jobmate.notifications.connections;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ConnectionRegistry} does; run against each implementation. */
public abstract class ConnectionRegistryContract {

  protected final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30Z"));
  // each test its own tenants, so that implementations may share one table across tests
  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final TenantId globex = TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8));
  private final UserId alice = UserId.of("u-alice");
  private final UserId olivia = UserId.of("u-olivia");

  protected abstract ConnectionRegistry registry();

  @Test
  void a_connection_is_found_by_its_user_and_by_each_of_its_roles() {
    ConnectionRegistry registry = registry();
    Connection owner = connection(acme, olivia, Role.OWNER, Role.ADMIN);

    registry.add(owner);

    assertThat(registry.ofUser(acme, olivia)).containsExactly(owner);
    assertThat(registry.withRole(acme, Role.OWNER)).containsExactly(owner);
    assertThat(registry.withRole(acme, Role.ADMIN)).containsExactly(owner);
    assertThat(registry.withRole(acme, Role.STAFF)).isEmpty();
  }

  @Test
  void every_device_of_a_user_is_found() {
    ConnectionRegistry registry = registry();
    Connection phone = connection(acme, alice, Role.STAFF);
    Connection tablet = connection(acme, alice, Role.STAFF);

    registry.add(phone);
    registry.add(tablet);

    assertThat(registry.ofUser(acme, alice)).containsExactlyInAnyOrder(phone, tablet);
    assertThat(registry.withRole(acme, Role.STAFF)).containsExactlyInAnyOrder(phone, tablet);
  }

  @Test
  void two_tenants_never_see_each_other_s_connections() {
    ConnectionRegistry registry = registry();
    // the same user id and role in two businesses: an identity provider could hand out both
    Connection atAcme = connection(acme, alice, Role.OWNER);
    Connection atGlobex = connection(globex, alice, Role.OWNER);

    registry.add(atAcme);
    registry.add(atGlobex);

    assertThat(registry.ofUser(acme, alice)).containsExactly(atAcme);
    assertThat(registry.ofUser(globex, alice)).containsExactly(atGlobex);
    assertThat(registry.withRole(acme, Role.OWNER)).containsExactly(atAcme);
    assertThat(registry.withRole(globex, Role.OWNER)).containsExactly(atGlobex);
  }

  @Test
  void a_removed_connection_is_gone_from_every_lookup() {
    ConnectionRegistry registry = registry();
    Connection removed = connection(acme, olivia, Role.OWNER, Role.ADMIN);
    Connection kept = connection(acme, olivia, Role.OWNER, Role.ADMIN);
    registry.add(removed);
    registry.add(kept);

    registry.remove(removed.id());

    assertThat(registry.ofUser(acme, olivia)).containsExactly(kept);
    assertThat(registry.withRole(acme, Role.OWNER)).containsExactly(kept);
    assertThat(registry.withRole(acme, Role.ADMIN)).containsExactly(kept);
  }

  @Test
  void removing_again_or_removing_an_unknown_connection_changes_nothing() {
    ConnectionRegistry registry = registry();
    Connection kept = connection(acme, alice, Role.STAFF);
    Connection removed = connection(acme, alice, Role.STAFF);
    registry.add(kept);
    registry.add(removed);

    registry.remove(removed.id());
    registry.remove(removed.id());
    registry.remove(ConnectionId.of(UUID.randomUUID().toString().replace("-", "").substring(0, 14) + "="));

    assertThat(registry.ofUser(acme, alice)).containsExactly(kept);
  }

  @Test
  void adding_a_connection_again_lists_it_once() {
    ConnectionRegistry registry = registry();
    Connection connection = connection(acme, alice, Role.STAFF);

    registry.add(connection);
    registry.add(connection);

    assertThat(registry.ofUser(acme, alice)).containsExactly(connection);
    assertThat(registry.withRole(acme, Role.STAFF)).containsExactly(connection);
  }

  @Test
  void a_connection_removed_before_it_was_added_is_never_added() {
    ConnectionRegistry registry = registry();
    Connection overtaken = connection(acme, alice, Role.STAFF);

    // the client left at once: $disconnect ran before $connect had stored the connection
    registry.remove(overtaken.id());
    registry.add(overtaken);

    assertThat(registry.ofUser(acme, alice)).isEmpty();
    assertThat(registry.withRole(acme, Role.STAFF)).isEmpty();
  }

  @Test
  void a_user_without_roles_is_found_as_a_user() {
    ConnectionRegistry registry = registry();
    Connection noRoles = connection(acme, alice);

    registry.add(noRoles);

    assertThat(registry.ofUser(acme, alice)).containsExactly(noRoles);
    assertThat(registry.withRole(acme, Role.STAFF)).isEmpty();
  }

  @Test
  void a_connection_older_than_api_gateway_keeps_one_open_is_not_found() {
    ConnectionRegistry registry = registry();
    Connection connection = connection(acme, alice, Role.STAFF);
    registry.add(connection);

    clock.advance(Connection.MAX_DURATION);
    assertThat(registry.ofUser(acme, alice)).containsExactly(connection);

    clock.advance(Connection.EXPIRY_MARGIN);
    assertThat(registry.ofUser(acme, alice)).isEmpty();
    assertThat(registry.withRole(acme, Role.STAFF)).isEmpty();
  }

  @Test
  void connecting_and_disconnecting_the_same_connection_at_once_ends_with_it_gone() throws Exception {
    ConnectionRegistry registry = registry();
    List<Connection> raced = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      raced.add(connection(acme, alice, Role.STAFF, Role.ADMIN));
    }
    Connection untouched = connection(acme, alice, Role.STAFF, Role.ADMIN);
    registry.add(untouched);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Connection connection : raced) {
        CountDownLatch start = new CountDownLatch(1);
        done.add(threads.submit(() -> {
          start.await();
          registry.add(connection);
          return null;
        }));
        done.add(threads.submit(() -> {
          start.countDown();
          registry.remove(connection.id());
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(registry.ofUser(acme, alice)).containsExactly(untouched);
    assertThat(registry.withRole(acme, Role.STAFF)).containsExactly(untouched);
    assertThat(registry.withRole(acme, Role.ADMIN)).containsExactly(untouched);
  }

  private Connection connection(TenantId tenant, UserId user, Role... roles) {
    // API Gateway's connection ids are 16 characters of base64, e.g. L0SM9cOFvHcCIhw=
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 15) + "=";
    return new Connection(ConnectionId.of(id), tenant, user, Set.of(roles), clock.instant().truncatedTo(ChronoUnit.MILLIS));
  }
}

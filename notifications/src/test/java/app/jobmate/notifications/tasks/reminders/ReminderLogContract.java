package app.jobmate.notifications.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.tasks.TaskStreams;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderLog} does; run against each implementation. */
public abstract class ReminderLogContract {

  protected static final Duration LEASE = Duration.ofMinutes(2);
  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");

  protected final TestClock clock = new TestClock(Instant.parse("2026-11-27T07:00:01Z"));
  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final StreamId task = TaskStreams.of(acme, TaskId.of(UUID.randomUUID().toString()));

  /** The implementation, its claims lasting {@link #LEASE} by {@link #clock}. */
  protected abstract ReminderLog reminderLog();

  @Test
  void a_reminder_is_claimed_once_until_its_claim_lapses() {
    ReminderLog log = reminderLog();

    Optional<ReminderLog.Claim> claim = log.claim(FRIDAY, task);

    assertThat(claim).contains(new ReminderLog.Claim(FRIDAY, task, clock.instant().plus(LEASE)));
    assertThat(log.claim(FRIDAY, task)).isEmpty();
    clock.advance(LEASE.minusSeconds(1));
    assertThat(log.claim(FRIDAY, task)).as("still held").isEmpty();
  }

  @Test
  void a_reminder_sent_is_never_claimed_again_that_day() {
    ReminderLog log = reminderLog();
    log.sent(log.claim(FRIDAY, task).orElseThrow());

    clock.advance(Duration.ofHours(3));

    assertThat(log.claim(FRIDAY, task)).isEmpty();
  }

  @Test
  void a_claim_whose_sender_died_lapses_and_is_taken_over() {
    ReminderLog log = reminderLog();
    log.claim(FRIDAY, task).orElseThrow();

    clock.advance(LEASE);

    assertThat(log.claim(FRIDAY, task)).contains(new ReminderLog.Claim(FRIDAY, task, clock.instant().plus(LEASE)));
  }

  @Test
  void a_claim_given_back_may_be_claimed_again_at_once() {
    ReminderLog log = reminderLog();
    log.giveBack(log.claim(FRIDAY, task).orElseThrow());

    assertThat(log.claim(FRIDAY, task)).isPresent();
  }

  @Test
  void giving_back_a_claim_taken_over_since_leaves_the_new_one() {
    ReminderLog log = reminderLog();
    ReminderLog.Claim lapsed = log.claim(FRIDAY, task).orElseThrow();
    clock.advance(LEASE.plusSeconds(1));
    log.claim(FRIDAY, task).orElseThrow();

    log.giveBack(lapsed);

    assertThat(log.claim(FRIDAY, task)).as("the new claim stands").isEmpty();
  }

  @Test
  void giving_back_after_the_reminder_was_sent_leaves_it_sent() {
    ReminderLog log = reminderLog();
    ReminderLog.Claim lapsed = log.claim(FRIDAY, task).orElseThrow();
    clock.advance(LEASE.plusSeconds(1));
    log.sent(log.claim(FRIDAY, task).orElseThrow());

    log.giveBack(lapsed);
    clock.advance(LEASE.plusSeconds(1));

    assertThat(log.claim(FRIDAY, task)).isEmpty();
  }

  @Test
  void days_and_tenants_are_apart() {
    ReminderLog log = reminderLog();
    log.sent(log.claim(FRIDAY, task).orElseThrow());

    assertThat(log.claim(FRIDAY.plusDays(1), task)).as("the next day").isPresent();
    StreamId sameIdElsewhere = TaskStreams.of(TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8)),
        TaskStreams.taskId(task));
    assertThat(log.claim(FRIDAY, sameIdElsewhere)).as("another tenant's task").isPresent();
  }

  @Test
  void of_concurrent_claimants_one_gets_the_reminder() throws Exception {
    ReminderLog log = reminderLog();
    int claimants = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(claimants);
    List<Optional<ReminderLog.Claim>> claims = new ArrayList<>();
    try {
      List<Future<Optional<ReminderLog.Claim>>> results = new ArrayList<>();
      for (int i = 0; i < claimants; i++) {
        Callable<Optional<ReminderLog.Claim>> claim = () -> {
          start.await();
          return log.claim(FRIDAY, task);
        };
        results.add(threads.submit(claim));
      }
      start.countDown();
      for (Future<Optional<ReminderLog.Claim>> result : results) {
        claims.add(result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(claims).filteredOn(Optional::isPresent).hasSize(1);
  }
}

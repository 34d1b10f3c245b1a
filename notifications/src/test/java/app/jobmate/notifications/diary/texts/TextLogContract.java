package app.jobmate.notifications.diary.texts;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link TextLog} does; run against each implementation. */
public abstract class TextLogContract {

  protected static final Duration LEASE = Duration.ofMinutes(2);

  protected final TestClock clock = new TestClock(Instant.parse("2026-11-27T09:00:00Z"));
  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final UserId sam = UserId.of("u-sam");
  private final String event = UUID.randomUUID().toString();

  /** The implementation, its claims lasting {@link #LEASE} by {@link #clock}. */
  protected abstract TextLog textLog();

  @Test
  void a_text_is_claimed_once_until_its_claim_lapses() {
    TextLog log = textLog();

    assertThat(log.claim(acme, event, sam)).contains(new TextLog.Claim(acme, event, sam, clock.instant().plus(LEASE)));
    assertThat(log.claim(acme, event, sam)).isEmpty();
    clock.advance(LEASE.minusSeconds(1));
    assertThat(log.claim(acme, event, sam)).as("still held").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(log.claim(acme, event, sam)).as("lapsed").isPresent();
  }

  @Test
  void a_text_sent_or_dropped_is_never_claimed_again() {
    TextLog log = textLog();
    log.sent(log.claim(acme, event, sam).orElseThrow());
    String other = UUID.randomUUID().toString();
    log.dropped(log.claim(acme, other, sam).orElseThrow());

    clock.advance(Duration.ofHours(3));

    assertThat(log.claim(acme, event, sam)).isEmpty();
    assertThat(log.claim(acme, other, sam)).isEmpty();
  }

  @Test
  void a_claim_given_back_may_be_claimed_again_and_the_same_event_for_another_member_or_tenant_is_another_text() {
    TextLog log = textLog();
    log.giveBack(log.claim(acme, event, sam).orElseThrow());

    assertThat(log.claim(acme, event, sam)).isPresent();
    assertThat(log.claim(acme, event, UserId.of("u-priya"))).isPresent();
    assertThat(log.claim(TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8)), event, sam)).isPresent();
  }

  @Test
  void a_claim_taken_over_after_it_lapsed_is_not_given_back_by_its_first_holder() {
    TextLog log = textLog();
    TextLog.Claim first = log.claim(acme, event, sam).orElseThrow();
    clock.advance(LEASE);
    log.claim(acme, event, sam).orElseThrow();

    log.giveBack(first);

    assertThat(log.claim(acme, event, sam)).isEmpty();
  }

  @Test
  void the_allowance_is_one_text_in_ten_minutes() {
    TextLog log = textLog();
    Instant at = clock.instant();

    assertThat(log.takeAllowance(acme, sam, at)).isTrue();
    assertThat(log.takeAllowance(acme, sam, at.plus(Duration.ofMinutes(9)))).isFalse();
    assertThat(log.takeAllowance(acme, UserId.of("u-priya"), at.plus(Duration.ofMinutes(9)))).as("another member's").isTrue();
    assertThat(log.takeAllowance(acme, sam, at.plus(TextLog.SPACING))).isTrue();
  }

  @Test
  void the_allowance_is_ten_texts_a_london_day_and_the_next_day_has_its_own() {
    TextLog log = textLog();
    Instant at = Instant.parse("2026-06-15T06:00:00Z");
    int taken = 0;
    for (int i = 0; i < 15; i++) {
      taken += log.takeAllowance(acme, sam, at.plus(TextLog.SPACING.multipliedBy(i))) ? 1 : 0;
    }

    assertThat(taken).isEqualTo(TextLog.PER_DAY);
    // midnight in London is 23:00 UTC in summer
    assertThat(log.takeAllowance(acme, sam, Instant.parse("2026-06-15T23:00:00Z"))).isTrue();
  }

  @Test
  void a_place_given_back_is_taken_again_at_once() {
    TextLog log = textLog();
    Instant at = clock.instant();
    log.takeAllowance(acme, sam, at);

    log.giveBackAllowance(acme, sam, at);

    assertThat(log.takeAllowance(acme, sam, at.plusSeconds(1))).isTrue();
    assertThat(log.takeAllowance(acme, sam, at.plusSeconds(2))).isFalse();
  }

  @Test
  void of_many_claiming_one_text_at_once_one_gets_it() throws Exception {
    TextLog log = textLog();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        claims.add(() -> {
          start.await();
          return log.claim(acme, event, sam).isPresent();
        });
      }
      List<Future<Boolean>> results = new ArrayList<>();
      for (Callable<Boolean> claim : claims) {
        results.add(pool.submit(claim));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> result : results) {
        won += result.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}

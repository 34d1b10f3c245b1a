package app.jobmate.lambda.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.adapter.memory.InMemoryPersonalDataKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingPersonalDataKeysTest extends PersonalDataKeysContract {

  private static final TenantId TENANT = TenantId.of("t-acme");
  private static final CustomerId ZOE = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");

  @Override
  protected PersonalDataKeys keys() {
    return new CachingPersonalDataKeys(new InMemoryPersonalDataKeys(), Clock.systemUTC(), Duration.ofMinutes(1), 100);
  }

  @Test
  void a_key_destroyed_by_another_container_is_forgotten_here_once_its_time_is_up() {
    InMemoryPersonalDataKeys store = new InMemoryPersonalDataKeys();
    MovingClock clock = new MovingClock();
    CachingPersonalDataKeys here = new CachingPersonalDataKeys(store, clock, Duration.ofSeconds(60), 100);
    DataKey key = here.keyFor(TENANT, ZOE);

    store.destroy(TENANT, ZOE);

    assertThat(here.existing(TENANT, ZOE)).contains(key);
    clock.now = clock.now.plusSeconds(60);
    assertThat(here.existing(TENANT, ZOE)).isEqualTo(Optional.empty());
  }

  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T07:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

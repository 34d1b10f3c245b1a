package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.diary.texts.TextLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The texts sent and each member's allowance, in memory, for tests; claims lapse by {@code clock}. */
public final class InMemoryTextLog implements TextLog {

  private final Clock clock;
  private final Duration lease;
  /** A claimed text holds the instant its claim lapses; a sent or dropped one holds nothing. */
  private final Map<Key, Optional<Instant>> texts = new HashMap<>();
  private final Map<Day, Allowance> allowances = new HashMap<>();

  private record Key(TenantId tenant, String eventId, UserId member) {
  }

  private record Day(TenantId tenant, UserId member, LocalDate day) {
  }

  private record Allowance(int taken, Instant last, Instant before) {
  }

  public InMemoryTextLog(Clock clock, Duration lease) {
    this.clock = clock;
    this.lease = lease;
  }

  @Override
  public synchronized Optional<Claim> claim(TenantId tenant, String eventId, UserId member) {
    Key key = new Key(tenant, eventId, member);
    Optional<Instant> held = texts.get(key);
    Instant now = clock.instant();
    if (held != null && (held.isEmpty() || held.get().isAfter(now))) {
      return Optional.empty();
    }
    Instant until = now.plus(lease);
    texts.put(key, Optional.of(until));
    return Optional.of(new Claim(tenant, eventId, member, until));
  }

  @Override
  public synchronized void sent(Claim claim) {
    texts.put(key(claim), Optional.empty());
  }

  @Override
  public synchronized void dropped(Claim claim) {
    texts.put(key(claim), Optional.empty());
  }

  @Override
  public synchronized void giveBack(Claim claim) {
    if (Optional.of(claim.until()).equals(texts.get(key(claim)))) {
      texts.remove(key(claim));
    }
  }

  @Override
  public synchronized boolean takeAllowance(TenantId tenant, UserId member, Instant at) {
    Day day = new Day(tenant, member, LocalDate.ofInstant(at, Booking.LONDON));
    Allowance now = allowances.get(day);
    if (now != null && (now.taken() >= PER_DAY || now.last().plus(SPACING).isAfter(at))) {
      return false;
    }
    allowances.put(day, now == null ? new Allowance(1, at, null) : new Allowance(now.taken() + 1, at, now.last()));
    return true;
  }

  @Override
  public synchronized void giveBackAllowance(TenantId tenant, UserId member, Instant at) {
    Day day = new Day(tenant, member, LocalDate.ofInstant(at, Booking.LONDON));
    Allowance now = allowances.get(day);
    if (now != null && now.last().equals(at)) {
      if (now.taken() == 1) {
        allowances.remove(day);
      } else {
        allowances.put(day, new Allowance(now.taken() - 1, now.before(), null));
      }
    }
  }

  private static Key key(Claim claim) {
    return new Key(claim.tenant(), claim.eventId(), claim.member());
  }
}

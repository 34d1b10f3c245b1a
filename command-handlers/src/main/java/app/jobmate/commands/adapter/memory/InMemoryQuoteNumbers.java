package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.quotes.QuoteNumberCounter;
import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Quote numbers in memory, for tests and the benchmark harness; it passes the same contract as DynamoDB's. */
public final class InMemoryQuoteNumbers implements QuoteNumbers, QuoteNumberCounter {

  private final Map<TenantId, Counter> counters = new ConcurrentHashMap<>();

  private static final class Counter {
    long last;
    final Map<QuoteId, Taken> taken = new HashMap<>();
  }

  private record Taken(long number, Instant at) {
  }

  @Override
  public QuoteNumber numberFor(TenantId tenant, QuoteId quote, Instant now) {
    Counter counter = counters.computeIfAbsent(tenant, t -> new Counter());
    synchronized (counter) {
      counter.taken.values().removeIf(t -> t.at().isBefore(now.minus(HELD_FOR)));
      Taken taken = counter.taken.computeIfAbsent(quote, q -> new Taken(++counter.last, now));
      return QuoteNumber.of(taken.number());
    }
  }

  @Override
  public long lastTaken(TenantId tenant) {
    Counter counter = counters.computeIfAbsent(tenant, t -> new Counter());
    synchronized (counter) {
      return counter.last;
    }
  }

  @Override
  public void continueFrom(TenantId tenant, long next) {
    Counter counter = counters.computeIfAbsent(tenant, t -> new Counter());
    synchronized (counter) {
      counter.last = Math.max(counter.last, next - 1);
    }
  }
}

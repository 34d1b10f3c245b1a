package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Quote numbers in memory, for tests and the benchmark harness; it passes the same contract as DynamoDB's. */
public final class InMemoryQuoteNumbers implements QuoteNumbers {

  private final Map<TenantId, AtomicLong> lastNumbers = new ConcurrentHashMap<>();

  @Override
  public QuoteNumber next(TenantId tenant) {
    return QuoteNumber.of(lastNumbers.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet());
  }
}

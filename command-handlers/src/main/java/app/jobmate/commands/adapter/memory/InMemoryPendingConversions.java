package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.conversion.PendingConversions;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The conversions in flight, in memory: for tests and the local tools. */
public final class InMemoryPendingConversions implements PendingConversions {

  private final Map<String, Pending> intents = new ConcurrentHashMap<>();

  @Override
  public void record(Pending pending) {
    intents.putIfAbsent(key(pending.tenant(), pending.quote()), pending);
  }

  @Override
  public void remove(TenantId tenant, QuoteId quote) {
    intents.remove(key(tenant, quote));
  }

  @Override
  public List<Pending> before(Instant before, int limit) {
    return intents.values().stream().filter(p -> p.since().isBefore(before))
        .sorted(Comparator.comparing(Pending::since)).limit(limit).toList();
  }

  private static String key(TenantId tenant, QuoteId quote) {
    return tenant + "#" + quote;
  }
}

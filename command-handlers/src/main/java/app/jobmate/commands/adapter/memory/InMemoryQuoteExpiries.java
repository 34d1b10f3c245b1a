package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.expiry.DueQuote;
import app.jobmate.commands.expiry.DueQuote.Position;
import app.jobmate.commands.expiry.QuoteExpiries;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The expiry index in memory, for tests and the benchmark harness; it passes the same contract as DynamoDB's. */
public final class InMemoryQuoteExpiries implements QuoteExpiries {

  /** What the index knows of a quote: its latest version, and its valid-until while it is open. */
  private record Entry(long version, LocalDate validUntil) {
  }

  private record Key(TenantId tenant, QuoteId quote) {
  }

  private final Map<Key, Entry> entries = new HashMap<>();

  @Override
  public synchronized boolean recordOpen(TenantId tenant, QuoteId quote, long version, LocalDate validUntil) {
    return recordIfNewer(new Key(tenant, quote), new Entry(version, validUntil));
  }

  @Override
  public synchronized boolean recordClosed(TenantId tenant, QuoteId quote, long version, Instant at) {
    return recordIfNewer(new Key(tenant, quote), new Entry(version, null));
  }

  @Override
  public synchronized List<DueQuote> due(LocalDate today, Optional<Position> after, int limit) {
    return entries.entrySet().stream()
        .filter(e -> e.getValue().validUntil() != null)
        .map(e -> new DueQuote(e.getKey().tenant(), e.getKey().quote(), e.getValue().validUntil(), e.getValue().version()))
        .filter(due -> !due.day().isAfter(today))
        .filter(due -> after.isEmpty() || due.position().compareTo(after.get()) > 0)
        .sorted((a, b) -> a.position().compareTo(b.position()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean remove(DueQuote due, Instant at) {
    Key key = new Key(due.tenant(), due.quote());
    Entry entry = entries.get(key);
    if (entry == null || entry.version() != due.version() || entry.validUntil() == null) {
      return false;
    }
    entries.put(key, new Entry(due.version(), null));
    return true;
  }

  private boolean recordIfNewer(Key key, Entry entry) {
    Entry known = entries.get(key);
    if (known != null && known.version() >= entry.version()) {
      return false;
    }
    entries.put(key, entry);
    return true;
  }
}

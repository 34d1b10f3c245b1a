package app.jobmate.lambda.personaldata;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps unwrapped keys for a short while per container (each unwrap is a KMS call). A key
 * destroyed here is forgotten at once; one destroyed by another container is forgotten here within
 * {@code ttl}, which is why the ttl is short: after an erasure, only the projector of the erased
 * customer's own events could still open their values, and it blanks them.
 */
public final class CachingPersonalDataKeys implements PersonalDataKeys {

  private record Cached(DataKey key, Instant until) {
  }

  private final PersonalDataKeys keys;
  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  public CachingPersonalDataKeys(PersonalDataKeys keys, Clock clock, Duration ttl, int maxEntries) {
    this.keys = keys;
    this.clock = clock;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  @Override
  public DataKey keyFor(TenantId tenant, CustomerId customer) {
    Optional<DataKey> cached = cached(tenant, customer);
    if (cached.isPresent()) {
      return cached.get();
    }
    return remember(tenant, customer, keys.keyFor(tenant, customer));
  }

  @Override
  public Optional<DataKey> existing(TenantId tenant, CustomerId customer) {
    Optional<DataKey> cached = cached(tenant, customer);
    if (cached.isPresent()) {
      return cached;
    }
    return keys.existing(tenant, customer).map(key -> remember(tenant, customer, key));
  }

  @Override
  public void destroy(TenantId tenant, CustomerId customer) {
    cache.remove(name(tenant, customer));
    keys.destroy(tenant, customer);
  }

  @Override
  public boolean isDestroyed(TenantId tenant, CustomerId customer) {
    return keys.isDestroyed(tenant, customer);
  }

  private Optional<DataKey> cached(TenantId tenant, CustomerId customer) {
    Cached cached = cache.get(name(tenant, customer));
    if (cached == null || !clock.instant().isBefore(cached.until())) {
      return Optional.empty();
    }
    return Optional.of(cached.key());
  }

  private DataKey remember(TenantId tenant, CustomerId customer, DataKey key) {
    if (cache.size() >= maxEntries) {
      cache.clear();
    }
    cache.put(name(tenant, customer), new Cached(key, clock.instant().plus(ttl)));
    return key;
  }

  private static String name(TenantId tenant, CustomerId customer) {
    return tenant.value() + "#" + customer;
  }
}

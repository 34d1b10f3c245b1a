package app.jobmate.lambda.adapter.memory;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Data keys in memory, for tests and the in-process wiring of functions under test. */
public final class InMemoryPersonalDataKeys implements PersonalDataKeys {

  private static final SecureRandom RANDOM = new SecureRandom();
  /** A destroyed key: the customer is remembered, its key is not. */
  private static final Optional<DataKey> DESTROYED = Optional.empty();

  private final ConcurrentHashMap<String, Optional<DataKey>> keys = new ConcurrentHashMap<>();

  @Override
  public DataKey keyFor(TenantId tenant, CustomerId customer) {
    Optional<DataKey> key = keys.computeIfAbsent(name(tenant, customer), n -> Optional.of(newKey()));
    return key.orElseThrow(() -> new KeyDestroyed(customer));
  }

  @Override
  public Optional<DataKey> existing(TenantId tenant, CustomerId customer) {
    return keys.getOrDefault(name(tenant, customer), Optional.empty());
  }

  @Override
  public void destroy(TenantId tenant, CustomerId customer) {
    keys.put(name(tenant, customer), DESTROYED);
  }

  @Override
  public boolean isDestroyed(TenantId tenant, CustomerId customer) {
    Optional<DataKey> key = keys.get(name(tenant, customer));
    return key != null && key.isEmpty();
  }

  private static DataKey newKey() {
    byte[] material = new byte[DataKey.BYTES];
    RANDOM.nextBytes(material);
    return new DataKey(UUID.randomUUID().toString(), material);
  }

  private static String name(TenantId tenant, CustomerId customer) {
    return tenant.value() + "#" + customer;
  }
}

package app.jobmate.lambda.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link PersonalDataKeys} does, run on the in-memory keys and on the {@code customer-keys} table. */
public abstract class PersonalDataKeysContract {

  protected abstract PersonalDataKeys keys();

  private static TenantId tenant() {
    return TenantId.of("t-" + UUID.randomUUID());
  }

  private static CustomerId customer() {
    return new CustomerId(UUID.randomUUID());
  }

  @Test
  void a_customer_gets_a_key_when_first_needed_and_the_same_key_after() {
    PersonalDataKeys keys = keys();
    TenantId tenant = tenant();
    CustomerId customer = customer();

    assertThat(keys.existing(tenant, customer)).isEmpty();
    DataKey key = keys.keyFor(tenant, customer);

    assertThat(key.material()).hasSize(DataKey.BYTES);
    assertThat(keys.keyFor(tenant, customer)).isEqualTo(key);
    assertThat(keys.existing(tenant, customer)).contains(key);
    assertThat(keys.isDestroyed(tenant, customer)).isFalse();
  }

  @Test
  void each_customer_and_each_tenant_has_a_key_of_its_own() {
    PersonalDataKeys keys = keys();
    TenantId tenant = tenant();
    CustomerId customer = customer();

    DataKey key = keys.keyFor(tenant, customer);

    assertThat(keys.keyFor(tenant, customer()).material()).isNotEqualTo(key.material());
    assertThat(keys.existing(tenant(), customer)).isEmpty();
    assertThat(keys.keyFor(tenant(), customer).keyId()).isNotEqualTo(key.keyId());
  }

  @Test
  void a_destroyed_key_is_gone_and_never_made_again() {
    PersonalDataKeys keys = keys();
    TenantId tenant = tenant();
    CustomerId customer = customer();
    DataKey key = keys.keyFor(tenant, customer);
    byte[] sealedBefore = "Zoë Ellis".getBytes(StandardCharsets.UTF_8);
    var sealed = PersonalDataSeal.seal(key, tenant, customer, sealedBefore);

    keys.destroy(tenant, customer);

    assertThat(keys.existing(tenant, customer)).isEmpty();
    assertThat(keys.isDestroyed(tenant, customer)).isTrue();
    assertThatThrownBy(() -> keys.keyFor(tenant, customer)).isInstanceOf(PersonalDataKeys.KeyDestroyed.class);
    assertThat(keys.existing(tenant, customer)).isEmpty();
    assertThat(sealed.keyId()).isEqualTo(key.keyId());
  }

  @Test
  void destroying_twice_or_destroying_a_key_never_made_is_no_error() {
    PersonalDataKeys keys = keys();
    TenantId tenant = tenant();
    CustomerId customer = customer();

    keys.destroy(tenant, customer);
    keys.destroy(tenant, customer);

    assertThat(keys.isDestroyed(tenant, customer)).isTrue();
    assertThatThrownBy(() -> keys.keyFor(tenant, customer)).isInstanceOf(PersonalDataKeys.KeyDestroyed.class);
  }

  @Test
  void callers_racing_to_create_a_key_all_get_the_same_one() throws Exception {
    PersonalDataKeys keys = keys();
    TenantId tenant = tenant();
    CustomerId customer = customer();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DataKey>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit((Callable<DataKey>) () -> keys.keyFor(tenant, customer)));
      }
      DataKey first = futures.getFirst().get();
      for (Future<DataKey> future : futures) {
        assertThat(future.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

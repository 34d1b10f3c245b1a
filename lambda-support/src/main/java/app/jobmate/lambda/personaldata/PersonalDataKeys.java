package app.jobmate.lambda.personaldata;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import java.util.Optional;

/**
 * The data keys of customers, one per tenant and customer (docs/decisions/personal-data.md): the
 * key personal data is sealed under, created when first needed, destroyed when the customer is
 * erased. A destroyed key stays destroyed: it is never created again for that customer.
 */
public interface PersonalDataKeys {

  /**
   * The customer's key, created if it has none yet. Two callers racing to create it get the same key.
   *
   * @throws KeyDestroyed when the customer was erased
   */
  DataKey keyFor(TenantId tenant, CustomerId customer);

  /** The customer's key if it has one: empty when it never had one or when it was destroyed. */
  Optional<DataKey> existing(TenantId tenant, CustomerId customer);

  /** Destroys the customer's key for good; destroying a destroyed or absent key is no error. */
  void destroy(TenantId tenant, CustomerId customer);

  /** Whether the customer's key was destroyed. */
  boolean isDestroyed(TenantId tenant, CustomerId customer);

  /** The customer's key was destroyed: their personal data can no longer be read or written. */
  final class KeyDestroyed extends RuntimeException {
    public KeyDestroyed(CustomerId customer) {
      super("the key of customer " + customer + " was destroyed", null, false, false);
    }
  }
}

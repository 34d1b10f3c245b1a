package app.jobmate.projections.customers;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.customers.CustomerEvent;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.SiteDetails;

/**
 * A customer event as the customer projection takes it: with its personal fields opened
 * ({@code profile} for a creation or change, {@code site} for a site added or changed), or
 * {@code erased} when the customer's key is gone and nothing of theirs can be read
 * (docs/decisions/personal-data.md). {@link CustomerOpener} makes it; evolve stays pure.
 */
public record OpenedCustomerEvent(CustomerEvent event, CustomerProfile profile, SiteDetails site, boolean erased)
    implements DomainEvent {

  public static OpenedCustomerEvent erased(CustomerEvent event) {
    return new OpenedCustomerEvent(event, null, null, true);
  }
}

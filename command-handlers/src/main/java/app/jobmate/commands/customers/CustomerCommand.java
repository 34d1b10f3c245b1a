package app.jobmate.commands.customers;

import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.List;

/**
 * What may be asked of a customer, as the decider sees it: personal data already sealed by the
 * service ({@link CustomerService}), times and ids given.
 */
public sealed interface CustomerCommand {

  CustomerId customerId();

  /** A new customer with its first sites, if any, in the order given. */
  record CreateCustomer(CustomerId customerId, CustomerKind kind, SealedProfile profile, MarketingConsent consent,
                        List<NewSite> sites) implements CustomerCommand {
    public CreateCustomer {
      sites = List.copyOf(sites);
    }
  }

  record NewSite(SiteId siteId, SealedSite site) {
  }

  record ChangeCustomer(CustomerId customerId, CustomerKind kind, SealedProfile profile, MarketingConsent consent)
      implements CustomerCommand {
  }

  record AddSite(CustomerId customerId, SiteId siteId, SealedSite site) implements CustomerCommand {
  }

  record ChangeSite(CustomerId customerId, SiteId siteId, SealedSite site) implements CustomerCommand {
  }

  record RemoveSite(CustomerId customerId, SiteId siteId) implements CustomerCommand {
  }

  record ArchiveCustomer(CustomerId customerId, Instant at) implements CustomerCommand {
  }

  record RestoreCustomer(CustomerId customerId, Instant at) implements CustomerCommand {
  }

  /**
   * Merge this customer (the duplicate) into {@code survivorId}; {@code survivor} is the survivor's
   * state as the service read it from its stream.
   */
  record MergeCustomer(CustomerId customerId, CustomerId survivorId, CustomerState survivor, Instant at)
      implements CustomerCommand {
  }

  /** Record on the survivor ({@code customerId}) that {@code duplicateId} was merged into it. */
  record RecordDuplicate(CustomerId customerId, CustomerId duplicateId, Instant at) implements CustomerCommand {
  }

  record EraseCustomer(CustomerId customerId, UserId by, Instant at) implements CustomerCommand {
  }
}

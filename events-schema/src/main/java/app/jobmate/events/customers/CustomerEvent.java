package app.jobmate.events.customers;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What happens to a customer (docs/business-rules.md, customers): Active -> Archived -> Active, or
 * merged into another customer, or erased. Every personal field is {@link Sealed} under the
 * customer's own key, its plaintext the JSON of that field of {@link CustomerProfile} or
 * {@link SiteDetails} (docs/decisions/personal-data.md); every sealed value of one event is under the
 * same key. Optional fields are absent on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface CustomerEvent extends DomainEvent {

  CustomerId customerId();

  /** A new customer, with its personal data sealed field by field; absent fields were not given. */
  record CustomerCreated(CustomerId customerId, CustomerKind kind, Sealed name, Sealed tradingName, Sealed contacts,
                         Sealed emails, Sealed phones, Sealed billingAddress, Sealed notes,
                         MarketingConsent marketingConsent) implements CustomerEvent {
    public CustomerCreated {
      Require.present(customerId, "customerId");
      Require.present(kind, "kind");
      Require.present(name, "name");
      oneKey(name, tradingName, contacts, emails, phones, billingAddress, notes);
    }
  }

  /** The customer's details after the change, whole: an absent optional field was cleared. */
  record CustomerChanged(CustomerId customerId, CustomerKind kind, Sealed name, Sealed tradingName, Sealed contacts,
                         Sealed emails, Sealed phones, Sealed billingAddress, Sealed notes,
                         MarketingConsent marketingConsent) implements CustomerEvent {
    public CustomerChanged {
      Require.present(customerId, "customerId");
      Require.present(kind, "kind");
      Require.present(name, "name");
      oneKey(name, tradingName, contacts, emails, phones, billingAddress, notes);
    }
  }

  record CustomerSiteAdded(CustomerId customerId, SiteId siteId, Sealed address, Sealed accessNotes)
      implements CustomerEvent {
    public CustomerSiteAdded {
      Require.present(customerId, "customerId");
      Require.present(siteId, "siteId");
      Require.present(address, "address");
      oneKey(address, accessNotes);
    }
  }

  /** The site after the change, whole: absent access notes were cleared. */
  record CustomerSiteChanged(CustomerId customerId, SiteId siteId, Sealed address, Sealed accessNotes)
      implements CustomerEvent {
    public CustomerSiteChanged {
      Require.present(customerId, "customerId");
      Require.present(siteId, "siteId");
      Require.present(address, "address");
      oneKey(address, accessNotes);
    }
  }

  record CustomerSiteRemoved(CustomerId customerId, SiteId siteId) implements CustomerEvent {
    public CustomerSiteRemoved {
      Require.present(customerId, "customerId");
      Require.present(siteId, "siteId");
    }
  }

  record CustomerArchived(CustomerId customerId, Instant archivedAt) implements CustomerEvent {
    public CustomerArchived {
      Require.present(customerId, "customerId");
      Require.present(archivedAt, "archivedAt");
    }
  }

  record CustomerRestored(CustomerId customerId, Instant restoredAt) implements CustomerEvent {
    public CustomerRestored {
      Require.present(customerId, "customerId");
      Require.present(restoredAt, "restoredAt");
    }
  }

  /** A duplicate: from now on the customer is {@code survivorId}, and its quotes and jobs show there. */
  record CustomerMerged(CustomerId customerId, CustomerId survivorId, Instant mergedAt) implements CustomerEvent {
    public CustomerMerged {
      Require.present(customerId, "customerId");
      Require.present(survivorId, "survivorId");
      Require.present(mergedAt, "mergedAt");
      if (customerId.equals(survivorId)) {
        throw new IllegalArgumentException("a customer is merged into another one");
      }
    }
  }
  /**
   * A duplicate was merged into this customer (recorded on the survivor's stream, after the duplicate's
   * {@link CustomerMerged}), so that erasing the survivor erases its duplicates too: they are the same person.
   */
  record DuplicateMerged(CustomerId customerId, CustomerId duplicateId, Instant mergedAt) implements CustomerEvent {
    public DuplicateMerged {
      Require.present(customerId, "customerId");
      Require.present(duplicateId, "duplicateId");
      Require.present(mergedAt, "mergedAt");
      if (customerId.equals(duplicateId)) {
        throw new IllegalArgumentException("a customer is merged into another one");
      }
    }
  }


  /** The customer's key was destroyed: nothing personal of theirs can be read again. Carries nothing personal. */
  record CustomerErased(CustomerId customerId, UserId erasedBy, Instant erasedAt) implements CustomerEvent {
    public CustomerErased {
      Require.present(customerId, "customerId");
      Require.present(erasedBy, "erasedBy");
      Require.present(erasedAt, "erasedAt");
    }
  }

  private static void oneKey(Sealed... values) {
    if (Arrays.stream(values).filter(Objects::nonNull).map(Sealed::keyId).distinct().count() > 1) {
      throw new IllegalArgumentException("every sealed field of an event is sealed under the customer's one key");
    }
  }
}

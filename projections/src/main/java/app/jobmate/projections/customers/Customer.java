package app.jobmate.projections.customers;

import app.jobmate.events.customers.ConsentMethod;
import app.jobmate.events.customers.CustomerKind;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the customer list and page show it (collection {@code customer}, one per customer).
 * For now it holds what is not personal: the kind, the status, the survivor of a merge, the ids of
 * its sites, the marketing consent and the times; the opened personal fields and the search keys
 * come with the projector's unsealing (docs/decisions/personal-data.md).
 *
 * @param mergedInto the survivor, when the customer was merged into it
 * @param siteIds    its sites, in the order they were added
 */
public record Customer(CustomerKind kind, CustomerStatus status, String mergedInto, List<String> siteIds,
                       Instant marketingConsentGivenAt, ConsentMethod marketingConsentMethod, Instant createdAt,
                       Instant updatedAt) {

  public Customer {
    siteIds = List.copyOf(siteIds);
  }
}

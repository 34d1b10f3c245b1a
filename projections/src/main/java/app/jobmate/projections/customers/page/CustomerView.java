package app.jobmate.projections.customers.page;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The customer page as the API answers it: the customer's id, version and details with its sites
 * (not the search keys). Asked by the id of a customer merged into another, it is the survivor's
 * page, and {@code mergedFrom} names the id that was asked (docs/decisions/customer-merge-reads.md).
 */
public record CustomerView(String customerId, long version,
                           @JsonUnwrapped @JsonIgnoreProperties({"nameKeys", "emailKeys", "phoneKeys", "postcodeKeys",
                               "mergedInto"}) Customer customer, String mergedFrom) {

  public static CustomerView of(Versioned<Customer> customer, String mergedFrom) {
    return new CustomerView(customer.streamId(), customer.version(), customer.document(), mergedFrom);
  }
}

package app.jobmate.projections.customers.list;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A page of the customer list as the API answers it: each customer with its id and version (the
 * search keys and the notes are the read model's, not the list's); the cursor of the next page,
 * when there is one; the page size used.
 */
public record CustomerListView(List<Entry> items, String nextCursor, int limit) {

  public CustomerListView {
    items = List.copyOf(items);
  }

  public record Entry(String customerId, long version,
                      @JsonUnwrapped @JsonIgnoreProperties({"nameKeys", "emailKeys", "phoneKeys", "postcodeKeys",
                          "notes", "mergedInto"}) Customer customer) {

    public static Entry of(Versioned<Customer> customer) {
      return new Entry(customer.streamId(), customer.version(), customer.document());
    }
  }
}

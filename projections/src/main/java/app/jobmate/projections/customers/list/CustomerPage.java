package app.jobmate.projections.customers.list;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import java.util.List;
import java.util.Optional;

/** A page of the customer list and, when there is more, the id the next page starts after. */
public record CustomerPage(List<Versioned<Customer>> items, Optional<String> nextAfter) {

  public CustomerPage {
    items = List.copyOf(items);
  }

  /** The page of {@code query} from the first {@code limit + 1} matching customers in order. */
  public static CustomerPage of(ListCustomers query, List<Versioned<Customer>> upToLimitPlusOne) {
    if (upToLimitPlusOne.size() <= query.limit()) {
      return new CustomerPage(upToLimitPlusOne, Optional.empty());
    }
    List<Versioned<Customer>> page = upToLimitPlusOne.subList(0, query.limit());
    return new CustomerPage(page, Optional.of(page.getLast().streamId()));
  }
}

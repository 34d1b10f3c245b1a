package app.jobmate.commands.customers;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import java.util.Set;

/** What the customer rules need to know of a customer's history. */
public sealed interface CustomerState {

  /** No customer by that id (in this tenant). */
  record None() implements CustomerState {
  }

  /** A customer in the book: active or archived, with its sites. */
  record Known(boolean archived, Set<SiteId> sites) implements CustomerState {
    public Known {
      sites = Set.copyOf(sites);
    }
  }

  /** Merged into {@code survivor}: from now on it is the survivor. */
  record Merged(CustomerId survivor) implements CustomerState {
  }

  /** Erased: nothing of it can be read or changed. */
  record Erased() implements CustomerState {
  }
}

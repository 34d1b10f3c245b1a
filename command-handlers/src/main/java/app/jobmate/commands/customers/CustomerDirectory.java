package app.jobmate.commands.customers;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import java.util.Set;

/**
 * The quotes' view of the customer book: whether a customer may be quoted for, and its sites. Read
 * from the customer's stream (no personal data is needed: the status and site ids are plain in the
 * customer events).
 */
public interface CustomerDirectory {

  Standing standingOf(TenantId tenant, CustomerId customer);

  /** Where a customer stands for a new or changed quote. */
  sealed interface Standing {
  }

  /** No customer by that id in this tenant. */
  record Unknown() implements Standing {
  }

  /** In the book, with its sites; archived customers are not quoted for until restored. */
  record Listed(boolean archived, Set<SiteId> sites) implements Standing {
    public Listed {
      sites = Set.copyOf(sites);
    }
  }

  /** Merged into {@code survivor}: quote the survivor. */
  record Merged(CustomerId survivor) implements Standing {
  }

  /** Erased: never quoted for again. */
  record Erased() implements Standing {
  }
}

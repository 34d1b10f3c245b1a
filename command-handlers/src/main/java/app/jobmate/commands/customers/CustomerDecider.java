package app.jobmate.commands.customers;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.customers.CustomerCommand.AddSite;
import app.jobmate.commands.customers.CustomerCommand.ArchiveCustomer;
import app.jobmate.commands.customers.CustomerCommand.ChangeCustomer;
import app.jobmate.commands.customers.CustomerCommand.ChangeSite;
import app.jobmate.commands.customers.CustomerCommand.CreateCustomer;
import app.jobmate.commands.customers.CustomerCommand.EraseCustomer;
import app.jobmate.commands.customers.CustomerCommand.MergeCustomer;
import app.jobmate.commands.customers.CustomerCommand.RecordDuplicate;
import app.jobmate.commands.customers.CustomerCommand.RemoveSite;
import app.jobmate.commands.customers.CustomerCommand.RestoreCustomer;
import app.jobmate.commands.customers.CustomerState.Erased;
import app.jobmate.commands.customers.CustomerState.Known;
import app.jobmate.commands.customers.CustomerState.Merged;
import app.jobmate.commands.customers.CustomerState.None;
import app.jobmate.events.customers.CustomerEvent.CustomerArchived;
import app.jobmate.events.customers.CustomerEvent.CustomerChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerEvent.CustomerErased;
import app.jobmate.events.customers.CustomerEvent.CustomerMerged;
import app.jobmate.events.customers.CustomerEvent.CustomerRestored;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteAdded;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteRemoved;
import app.jobmate.events.customers.CustomerEvent.DuplicateMerged;
import app.jobmate.events.customers.CustomerEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a customer (docs/business-rules.md, customers), as a pure decider. It sees personal
 * data only sealed. Archived customers may still be changed (and their sites), not merged into;
 * a merged customer is the survivor from then on, so commands on it are refused naming the
 * survivor; an erased customer refuses everything.
 */
public final class CustomerDecider implements Decider<CustomerCommand, CustomerState, CustomerEvent> {

  /** A customer's sites: a landlord with a few hundred properties is the most we expect. */
  public static final int MAX_SITES = 500;

  public static final CustomerDecider INSTANCE = new CustomerDecider();

  private CustomerDecider() {
  }

  @Override
  public CustomerState initialState() {
    return new None();
  }

  @Override
  public Class<CustomerEvent> eventType() {
    return CustomerEvent.class;
  }

  @Override
  public List<CustomerEvent> decide(CustomerCommand command, CustomerState state) {
    return switch (command) {
      case CreateCustomer c -> switch (state) {
        case None n -> created(c);
        case Known k -> throw Rejection.conflict("customer.exists", "customer " + c.customerId() + " already exists");
        case Merged m -> throw Rejection.conflict("customer.exists", "customer " + c.customerId() + " already exists");
        case Erased e -> throw erased(c.customerId());
      };
      case ChangeCustomer c -> {
        known(c.customerId(), state);
        yield List.of(new CustomerChanged(c.customerId(), c.kind(), c.profile().name(), c.profile().tradingName(),
            c.profile().contacts(), c.profile().emails(), c.profile().phones(), c.profile().billingAddress(),
            c.profile().notes(), c.consent()));
      }
      case AddSite c -> {
        Known known = known(c.customerId(), state);
        if (known.sites().contains(c.siteId())) {
          throw Rejection.conflict("customer.site-exists", "site " + c.siteId() + " already exists");
        }
        if (known.sites().size() >= MAX_SITES) {
          throw Rejection.unprocessable("customer.too-many-sites", "a customer has at most " + MAX_SITES + " sites");
        }
        yield List.of(new CustomerSiteAdded(c.customerId(), c.siteId(), c.site().address(), c.site().accessNotes()));
      }
      case ChangeSite c -> {
        site(known(c.customerId(), state), c.siteId());
        yield List.of(new CustomerSiteChanged(c.customerId(), c.siteId(), c.site().address(), c.site().accessNotes()));
      }
      case RemoveSite c -> {
        site(known(c.customerId(), state), c.siteId());
        yield List.of(new CustomerSiteRemoved(c.customerId(), c.siteId()));
      }
      case ArchiveCustomer c -> {
        if (known(c.customerId(), state).archived()) {
          throw Rejection.conflict("customer.archived", "customer " + c.customerId() + " is already archived");
        }
        yield List.of(new CustomerArchived(c.customerId(), c.at()));
      }
      case RestoreCustomer c -> {
        if (!known(c.customerId(), state).archived()) {
          throw Rejection.conflict("customer.not-archived", "customer " + c.customerId() + " is not archived");
        }
        yield List.of(new CustomerRestored(c.customerId(), c.at()));
      }
      case MergeCustomer c -> {
        known(c.customerId(), state);
        if (c.survivorId().equals(c.customerId())) {
          throw Rejection.unprocessable("customer.merge-into-itself", "a customer is merged into another one");
        }
        switch (c.survivor()) {
          case Known survivor when !survivor.archived() -> {
          }
          case Known survivor -> throw Rejection.unprocessable("customer.survivor-archived",
              "survivorId: customer " + c.survivorId() + " is archived; restore it first");
          case None n -> throw Rejection.unprocessable("customer.survivor-not-found",
              "survivorId: there is no customer " + c.survivorId());
          case Merged m -> throw Rejection.unprocessable("customer.survivor-merged",
              "survivorId: customer " + c.survivorId() + " was merged into " + m.survivor() + "; merge into that one");
          case Erased e -> throw Rejection.unprocessable("customer.survivor-erased",
              "survivorId: customer " + c.survivorId() + " was erased");
        }
        yield List.of(new CustomerMerged(c.customerId(), c.survivorId(), c.at()));
      }
      case RecordDuplicate c -> switch (state) {
        case Known k -> List.of(new DuplicateMerged(c.customerId(), c.duplicateId(), c.at()));
        case None n -> throw notFound(c.customerId());
        case Merged m -> throw Rejection.conflict("customer.merged",
            "customer " + c.customerId() + " was merged into " + m.survivor() + " meanwhile; merge into that one");
        case Erased e -> throw erased(c.customerId());
      };
      case EraseCustomer c -> switch (state) {
        case None n -> throw notFound(c.customerId());
        case Erased e -> throw erased(c.customerId());
        case Known k -> List.of(new CustomerErased(c.customerId(), c.by(), c.at()));
        case Merged m -> List.of(new CustomerErased(c.customerId(), c.by(), c.at()));
      };
    };
  }

  @Override
  public CustomerState evolve(CustomerState state, CustomerEvent event) {
    return switch (event) {
      case CustomerCreated e -> new Known(false, Set.of());
      case CustomerChanged e -> state;
      case CustomerSiteAdded e -> withSites(state, e.siteId(), true);
      case CustomerSiteChanged e -> state;
      case CustomerSiteRemoved e -> withSites(state, e.siteId(), false);
      case CustomerArchived e -> state instanceof Known k ? new Known(true, k.sites()) : state;
      case CustomerRestored e -> state instanceof Known k ? new Known(false, k.sites()) : state;
      case CustomerMerged e -> new Merged(e.survivorId());
      case DuplicateMerged e -> state;
      case CustomerErased e -> new Erased();
    };
  }

  private static List<CustomerEvent> created(CreateCustomer c) {
    if (c.sites().size() > MAX_SITES) {
      throw Rejection.unprocessable("customer.too-many-sites", "a customer has at most " + MAX_SITES + " sites");
    }
    List<CustomerEvent> events = new ArrayList<>();
    events.add(new CustomerCreated(c.customerId(), c.kind(), c.profile().name(), c.profile().tradingName(),
        c.profile().contacts(), c.profile().emails(), c.profile().phones(), c.profile().billingAddress(),
        c.profile().notes(), c.consent()));
    Set<SiteId> seen = new HashSet<>();
    for (CustomerCommand.NewSite site : c.sites()) {
      if (!seen.add(site.siteId())) {
        throw Rejection.unprocessable("customer.site-repeated", "site " + site.siteId() + " is given twice");
      }
      events.add(new CustomerSiteAdded(c.customerId(), site.siteId(), site.site().address(), site.site().accessNotes()));
    }
    return events;
  }

  /** The customer, if it may be worked on: not unknown, merged or erased. */
  private static Known known(CustomerId id, CustomerState state) {
    return switch (state) {
      case Known k -> k;
      case None n -> throw notFound(id);
      case Merged m -> throw Rejection.conflict("customer.merged",
          "customer " + id + " was merged into " + m.survivor() + "; use that one");
      case Erased e -> throw erased(id);
    };
  }

  private static void site(Known customer, SiteId site) {
    if (!customer.sites().contains(site)) {
      throw Rejection.notFound("customer.site-not-found", "the customer has no site " + site);
    }
  }

  private static CustomerState withSites(CustomerState state, SiteId site, boolean add) {
    if (!(state instanceof Known k)) {
      return state;
    }
    Set<SiteId> sites = new HashSet<>(k.sites());
    if (add) {
      sites.add(site);
    } else {
      sites.remove(site);
    }
    return new Known(k.archived(), sites);
  }

  static Rejection notFound(CustomerId id) {
    return Rejection.notFound("customer.not-found", "there is no customer " + id);
  }

  static Rejection erased(CustomerId id) {
    return Rejection.conflict("customer.erased", "customer " + id + " was erased");
  }
}

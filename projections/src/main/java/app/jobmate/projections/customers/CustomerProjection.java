package app.jobmate.projections.customers;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
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
import app.jobmate.events.customers.CustomerEvents;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The customer documents: take every customer event, opened ({@link CustomerOpener}). An event
 * whose personal data can no longer be opened, or {@code CustomerErased}, leaves the erased
 * customer: "Erased customer", its status and times, and nothing personal; nothing changes it after.
 */
public final class CustomerProjection implements Projection<Customer, OpenedCustomerEvent> {

  public static final String NAME = "customer";

  private static final Set<String> TAKEN = EventTypes.namesOf(CustomerEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<Customer> documentType() {
    return Customer.class;
  }

  @Override
  public Class<OpenedCustomerEvent> eventClass() {
    return OpenedCustomerEvent.class;
  }

  @Override
  public String streamType() {
    return CustomerEvents.STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public Customer evolve(Customer customer, EventEnvelope envelope, OpenedCustomerEvent opened) {
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    if (customer == null) {
      if (!(opened.event() instanceof CustomerCreated created)) {
        throw new IllegalStateException("a customer starts with CustomerCreated, not " + envelope.eventType());
      }
      if (opened.erased()) {
        return erased(created.kind(), null, at, at);
      }
      return withProfile(created.kind(), CustomerStatus.ACTIVE, null, opened.profile(), List.of(),
          created.marketingConsent(), at, at);
    }
    if (customer.status() == CustomerStatus.ERASED) {
      // later events change nothing but the time, so a rebuild after the key is gone ends where the projector did
      return erased(customer.kind(), customer.mergedInto(), customer.createdAt(), at);
    }
    if (opened.erased()) {
      return erased(customer.kind(), customer.mergedInto(), customer.createdAt(), at);
    }
    return switch (opened.event()) {
      case CustomerCreated e -> customer;
      case CustomerChanged e -> withProfile(e.kind(), customer.status(), customer.mergedInto(), opened.profile(),
          customer.sites(), e.marketingConsent(), customer.createdAt(), at);
      case CustomerSiteAdded e -> withSites(customer, plus(customer.sites(),
          new Customer.Site(e.siteId().toString(), opened.site().address(), opened.site().accessNotes())), at);
      case CustomerSiteChanged e -> withSites(customer, customer.sites().stream().map(s -> s.siteId().equals(
          e.siteId().toString()) ? new Customer.Site(s.siteId(), opened.site().address(), opened.site().accessNotes()) : s)
          .toList(), at);
      case CustomerSiteRemoved e -> withSites(customer,
          customer.sites().stream().filter(s -> !s.siteId().equals(e.siteId().toString())).toList(), at);
      case CustomerArchived e -> withStatus(customer, CustomerStatus.ARCHIVED, null, at);
      case CustomerRestored e -> withStatus(customer, CustomerStatus.ACTIVE, null, at);
      case CustomerMerged e -> withStatus(customer, CustomerStatus.MERGED, e.survivorId().toString(), at);
      case DuplicateMerged e -> customer; // the duplicate's page shows the survivor; nothing changes here
      case CustomerErased e -> erased(customer.kind(), customer.mergedInto(), customer.createdAt(), at);
    };
  }

  private static Customer erased(CustomerKind kind, String mergedInto, Instant createdAt, Instant at) {
    return new Customer(kind, CustomerStatus.ERASED, mergedInto, Customer.ERASED_NAME, null, null, null, null, null,
        null, null, null, null, createdAt, at, null, null, null, null);
  }

  private static Customer withProfile(CustomerKind kind, CustomerStatus status, String mergedInto, CustomerProfile p,
                                      List<Customer.Site> sites, MarketingConsent consent, Instant createdAt, Instant at) {
    return new Customer(kind, status, mergedInto, p.name(), p.tradingName(), p.contacts(), p.emails(), p.phones(),
        p.billingAddress(), p.notes(), sites, consent == null ? null : consent.givenAt(),
        consent == null ? null : consent.method(), createdAt, at, null, null, null, null);
  }

  private static Customer withSites(Customer c, List<Customer.Site> sites, Instant at) {
    return new Customer(c.kind(), c.status(), c.mergedInto(), c.name(), c.tradingName(), c.contacts(), c.emails(),
        c.phones(), c.billingAddress(), c.notes(), sites, c.marketingConsentGivenAt(), c.marketingConsentMethod(),
        c.createdAt(), at, null, null, null, null);
  }

  private static Customer withStatus(Customer c, CustomerStatus status, String mergedInto, Instant at) {
    return new Customer(c.kind(), status, mergedInto, c.name(), c.tradingName(), c.contacts(), c.emails(),
        c.phones(), c.billingAddress(), c.notes(), c.sites(), c.marketingConsentGivenAt(), c.marketingConsentMethod(),
        c.createdAt(), at, null, null, null, null);
  }

  private static List<Customer.Site> plus(List<Customer.Site> sites, Customer.Site site) {
    List<Customer.Site> more = new ArrayList<>(sites.stream().filter(s -> !s.siteId().equals(site.siteId())).toList());
    more.add(site);
    return more;
  }
}

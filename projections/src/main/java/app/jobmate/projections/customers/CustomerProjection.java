package app.jobmate.projections.customers;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.customers.CustomerEvent;
import app.jobmate.events.customers.CustomerEvent.CustomerArchived;
import app.jobmate.events.customers.CustomerEvent.CustomerChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerEvent.CustomerErased;
import app.jobmate.events.customers.CustomerEvent.CustomerMerged;
import app.jobmate.events.customers.CustomerEvent.CustomerRestored;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteAdded;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteRemoved;
import app.jobmate.events.customers.CustomerEvents;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The customer documents: take every customer event. An erased customer keeps nothing but its id and status. */
public final class CustomerProjection implements Projection<Customer, CustomerEvent> {

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
  public Class<CustomerEvent> eventClass() {
    return CustomerEvent.class;
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
  public Customer evolve(Customer customer, EventEnvelope envelope, CustomerEvent event) {
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    if (customer == null) {
      if (!(event instanceof CustomerCreated created)) {
        throw new IllegalStateException("a customer starts with CustomerCreated, not " + envelope.eventType());
      }
      MarketingConsent consent = created.marketingConsent();
      return new Customer(created.kind(), CustomerStatus.ACTIVE, null, List.of(),
          consent == null ? null : consent.givenAt(), consent == null ? null : consent.method(), at, at);
    }
    if (customer.status() == CustomerStatus.ERASED) {
      return customer;
    }
    return switch (event) {
      case CustomerCreated e -> customer;
      case CustomerChanged e -> new Customer(e.kind(), customer.status(), customer.mergedInto(), customer.siteIds(),
          e.marketingConsent() == null ? null : e.marketingConsent().givenAt(),
          e.marketingConsent() == null ? null : e.marketingConsent().method(), customer.createdAt(), at);
      case CustomerSiteAdded e -> withSites(customer, plus(customer.siteIds(), e.siteId().toString()), at);
      case CustomerSiteChanged e -> withSites(customer, customer.siteIds(), at);
      case CustomerSiteRemoved e -> withSites(customer,
          customer.siteIds().stream().filter(id -> !id.equals(e.siteId().toString())).toList(), at);
      case CustomerArchived e -> withStatus(customer, CustomerStatus.ARCHIVED, null, at);
      case CustomerRestored e -> withStatus(customer, CustomerStatus.ACTIVE, null, at);
      case CustomerMerged e -> withStatus(customer, CustomerStatus.MERGED, e.survivorId().toString(), at);
      case CustomerErased e -> new Customer(customer.kind(), CustomerStatus.ERASED, customer.mergedInto(), List.of(),
          null, null, customer.createdAt(), at);
    };
  }

  private static Customer withSites(Customer c, List<String> siteIds, Instant at) {
    return new Customer(c.kind(), c.status(), c.mergedInto(), siteIds, c.marketingConsentGivenAt(),
        c.marketingConsentMethod(), c.createdAt(), at);
  }

  private static Customer withStatus(Customer c, CustomerStatus status, String mergedInto, Instant at) {
    return new Customer(c.kind(), status, mergedInto, c.siteIds(), c.marketingConsentGivenAt(),
        c.marketingConsentMethod(), c.createdAt(), at);
  }

  private static List<String> plus(List<String> ids, String id) {
    List<String> more = new ArrayList<>(ids);
    if (!more.contains(id)) {
      more.add(id);
    }
    return more;
  }
}

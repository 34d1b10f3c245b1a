package app.jobmate.commands.customers;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.SiteDetails;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.adapter.memory.InMemoryPersonalDataKeys;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.values.Postcode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Customers written to an event store through the customer service, for tests of what reads them
 * (quotes are drafted only for customers in the book).
 */
public final class CustomerBook {

  static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
  private static final UserId OWNER = UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");

  private final CustomerService customers;

  public CustomerBook(EventStore store) {
    this.customers = new CustomerService(store, new InMemoryPersonalDataKeys());
  }

  /** The store, with the customer (no sites) created in each tenant. */
  public static <S extends EventStore> S withCustomer(S store, CustomerId customer, TenantId... tenants) {
    CustomerBook book = new CustomerBook(store);
    for (TenantId tenant : tenants) {
      book.create(tenant, customer);
    }
    return store;
  }

  public CustomerService service() {
    return customers;
  }

  /** A person customer with the given sites (none is fine). */
  public CustomerId create(TenantId tenant, CustomerId id, SiteId... sites) {
    Map<SiteId, SiteDetails> details = new LinkedHashMap<>();
    for (SiteId site : sites) {
      details.put(site, new SiteDetails(new PostalAddress(List.of("3 Mill Lane"), "Leeds", Postcode.of("LS1 4AP")),
          null));
    }
    customers.create(tenant, id, CustomerKind.PERSON,
        new CustomerProfile("Zoë Hart", null, List.of(), List.of(), List.of(), null, null), null, details, context());
    return id;
  }

  public static CommandContext context() {
    return new CommandContext(UUID.randomUUID().toString(), "hash", new Actor(OWNER, List.of(Role.OWNER)), null, null,
        NOW, OptionalLong.empty());
  }
}

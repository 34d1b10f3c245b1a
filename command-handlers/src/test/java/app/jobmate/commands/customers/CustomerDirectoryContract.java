package app.jobmate.commands.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.customers.CustomerDirectory.Erased;
import app.jobmate.commands.customers.CustomerDirectory.Listed;
import app.jobmate.commands.customers.CustomerDirectory.Merged;
import app.jobmate.commands.customers.CustomerDirectory.Unknown;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a customer stands for quotes, read from its stream: run on the in-memory and the DynamoDB event store. */
public abstract class CustomerDirectoryContract {

  private static final Instant NOW = Instant.parse("2026-12-06T08:05:00Z");

  protected abstract EventStore store();

  private static CustomerId newCustomer() {
    return new CustomerId(UUID.randomUUID());
  }

  @Test
  void a_customer_is_unknown_until_created_then_listed_with_its_sites_and_archive_state() {
    EventStore store = store();
    CustomerBook book = new CustomerBook(store);
    CustomerDirectory directory = new CustomerStandings(store);
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    CustomerId zoe = newCustomer();
    SiteId home = new SiteId(UUID.randomUUID());
    SiteId shop = new SiteId(UUID.randomUUID());

    assertThat(directory.standingOf(tenant, zoe)).isEqualTo(new Unknown());
    book.create(tenant, zoe, home, shop);
    assertThat(directory.standingOf(tenant, zoe)).isEqualTo(new Listed(false, Set.of(home, shop)));

    book.service().removeSite(tenant, zoe, shop, CustomerBook.context());
    book.service().archive(tenant, zoe, NOW, CustomerBook.context());
    assertThat(directory.standingOf(tenant, zoe)).isEqualTo(new Listed(true, Set.of(home)));
    book.service().restore(tenant, zoe, NOW, CustomerBook.context());
    assertThat(directory.standingOf(tenant, zoe)).isEqualTo(new Listed(false, Set.of(home)));
    assertThat(directory.standingOf(TenantId.of("t-" + UUID.randomUUID()), zoe))
        .as("another tenant's customer is unknown to this one").isEqualTo(new Unknown());
  }

  @Test
  void a_merged_customer_names_its_survivor_and_an_erased_one_is_erased() {
    EventStore store = store();
    CustomerBook book = new CustomerBook(store);
    CustomerDirectory directory = new CustomerStandings(store);
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    CustomerId survivor = book.create(tenant, newCustomer());
    CustomerId duplicate = book.create(tenant, newCustomer());
    CustomerId erased = book.create(tenant, newCustomer());

    book.service().merge(tenant, duplicate, survivor, NOW, CustomerBook.context());
    book.service().erase(tenant, erased, UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), NOW,
        CustomerBook.context());

    assertThat(directory.standingOf(tenant, duplicate)).isEqualTo(new Merged(survivor));
    assertThat(directory.standingOf(tenant, erased)).isEqualTo(new Erased());
    assertThat(directory.standingOf(tenant, survivor)).isEqualTo(new Listed(false, Set.of()));
  }
}

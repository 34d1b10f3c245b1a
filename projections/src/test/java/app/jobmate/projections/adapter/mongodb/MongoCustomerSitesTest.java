package app.jobmate.projections.adapter.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.PostalAddress;
import app.jobmate.events.values.Postcode;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerStatus;
import app.jobmate.projections.query.CustomerSites;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import app.jobmate.projections.query.CustomerSitesContract;
import app.jobmate.projections.testing.EmbeddedMongo;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site addresses read from the customers' collection on mongo-java-server, the documents written as
 * the customer projector writes them (its {@link Customer} record through the read models), so that a
 * change of the customers' stored shape fails here.
 */
class MongoCustomerSitesTest extends CustomerSitesContract {

  private static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final Map<DocumentId, Long> versions = new HashMap<>();

  @Override
  protected CustomerSites sites() {
    return new MongoCustomerSites(readModels);
  }

  @Override
  protected void inBook(TenantId tenant, String customerId, List<SiteAddress> sites) {
    write(tenant, customerId, CustomerStatus.ACTIVE, null, "Zoë Ellis", sites);
  }

  @Override
  protected void merged(TenantId tenant, String customerId, List<SiteAddress> sites, String survivor) {
    write(tenant, customerId, CustomerStatus.MERGED, survivor, "Zoë Ellis", sites);
  }

  @Override
  protected void erased(TenantId tenant, String customerId) {
    write(tenant, customerId, CustomerStatus.ERASED, null, Customer.ERASED_NAME, List.of());
  }

  private void write(TenantId tenant, String customerId, CustomerStatus status, String mergedInto, String name,
                     List<SiteAddress> sites) {
    DocumentId id = DocumentId.of(tenant, customerId);
    long version = versions.merge(id, 1L, Long::sum);
    List<Customer.Site> stored = sites.stream()
        .map(s -> new Customer.Site(s.siteId(), new PostalAddress(s.lines(), s.town(), Postcode.of(s.postcode())),
            s.accessNotes()))
        .toList();
    Customer customer = new Customer(CustomerKind.PERSON, status, mergedInto, name, null, null, null, null, null, null,
        stored, null, null, AT, AT, null, null, null, null);
    String collection = readModels.placement(CustomerProjection.NAME).active();
    assertThat(readModels.write(collection, List.of(new ReadModels.Write(new Versioned<>(id, version, customer),
        version - 1)))).isEmpty();
  }
}

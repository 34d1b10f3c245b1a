package app.jobmate.projections.adapter.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerStatus;
import app.jobmate.projections.query.CustomerNames;
import app.jobmate.projections.query.CustomerNamesContract;
import app.jobmate.projections.testing.EmbeddedMongo;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names read from the customers' collection on mongo-java-server, the documents written as the
 * customer projector writes them (its {@link Customer} record through the read models), so that a
 * change of the customers' stored shape fails here.
 */
class MongoCustomerNamesTest extends CustomerNamesContract {

  private static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final Map<DocumentId, Long> versions = new HashMap<>();

  @Override
  protected CustomerNames names() {
    return new MongoCustomerNames(readModels);
  }

  @Override
  protected void inBook(TenantId tenant, String customerId, String name) {
    DocumentId id = DocumentId.of(tenant, customerId);
    long version = versions.merge(id, 1L, Long::sum);
    Customer customer = new Customer(CustomerKind.PERSON, name == null ? CustomerStatus.ERASED : CustomerStatus.ACTIVE,
        null, name == null ? Customer.ERASED_NAME : name, null, null, null, null, null, null, null, null, null, AT, AT,
        null, null, null, null);
    String collection = readModels.placement(CustomerProjection.NAME).active();
    assertThat(readModels.write(collection, List.of(new ReadModels.Write(new Versioned<>(id, version, customer),
        version - 1)))).isEmpty();
  }
}

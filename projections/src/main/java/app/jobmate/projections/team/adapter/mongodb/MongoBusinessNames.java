package app.jobmate.projections.team.adapter.mongodb;

import static com.mongodb.client.model.Filters.eq;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.team.view.BusinessNames;
import java.util.Optional;
import org.bson.Document;

/**
 * The business's name from the business read model by its stored shape: the active collection of the
 * projection named {@value #BUSINESS_PROJECTION}, the document of the tenant's own id, its
 * {@code name} field. It knows no class of the business read side.
 */
public final class MongoBusinessNames implements BusinessNames {

  static final String BUSINESS_PROJECTION = "business";

  private final MongoReadModels readModels;

  public MongoBusinessNames(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public Optional<String> nameOf(TenantId tenant) {
    Document business = readModels.collection(readModels.placement(BUSINESS_PROJECTION).active())
        .find(eq(RecordBson.ID, DocumentId.of(tenant, tenant.value()).value())).first();
    return Optional.ofNullable(business).map(b -> b.getString("name"));
  }
}

package app.jobmate.projections.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.query.CustomerNames;
import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * Customer names read from the customers' read model by its published shape: the active collection
 * of the projection named {@value #CUSTOMER_PROJECTION}, its {@code streamId} (the customer id) and
 * {@code name} fields (the projector writes "Erased customer" there once the customer is erased),
 * by {@code _id}. It knows no class of the customers context.
 */
public final class MongoCustomerNames implements CustomerNames {

  static final String CUSTOMER_PROJECTION = "customer";

  private final MongoReadModels readModels;

  public MongoCustomerNames(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public Map<String, String> namesOf(TenantId tenant, Set<String> customerIds) {
    Map<String, String> names = new HashMap<>();
    if (customerIds.isEmpty()) {
      return names;
    }
    var collection = readModels.collection(readModels.placement(CUSTOMER_PROJECTION).active());
    var ids = customerIds.stream().map(id -> DocumentId.of(tenant, id).value()).toList();
    for (Document customer : collection.find(and(in(RecordBson.ID, ids), eq(RecordBson.TENANT, tenant.value())))
        .projection(Projections.include("streamId", "name"))) {
      names.put(customer.getString("streamId"), customer.getString("name"));
    }
    return names;
  }
}

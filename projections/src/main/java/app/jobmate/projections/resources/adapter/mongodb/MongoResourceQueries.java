package app.jobmate.projections.resources.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.resources.ListResources;
import app.jobmate.projections.resources.Resource;
import app.jobmate.projections.resources.ResourceProjection;
import app.jobmate.projections.resources.ResourceQueries;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The resource list in MongoDB: one {@code find} on the tenant and kind index, the first
 * {@link ListResources#MAX} + 1 by id, put in name order here (the order the in-memory list defines).
 */
public final class MongoResourceQueries implements ResourceQueries {

  private final MongoReadModels readModels;

  public MongoResourceQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public List<Versioned<Resource>> list(ListResources query) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(RecordBson.TENANT, query.tenantId().value()));
    if (!query.kinds().isEmpty()) {
      filters.add(in("kind", query.kinds().stream().map(Enum::name).toList()));
    }
    if (!query.includeRetired()) {
      filters.add(eq("retired", false));
    }
    List<Versioned<Resource>> resources = new ArrayList<>();
    var collection = readModels.collection(readModels.placement(ResourceProjection.NAME).active());
    for (Document document : collection.find(and(filters)).sort(Sorts.ascending(RecordBson.ID))
        .limit(ListResources.MAX + 1)) {
      resources.add(RecordBson.decode(document, Resource.class));
    }
    resources.sort(ListResources.BY_NAME);
    return resources;
  }
}

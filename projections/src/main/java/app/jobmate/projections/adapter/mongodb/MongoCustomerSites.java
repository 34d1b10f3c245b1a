package app.jobmate.projections.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.query.CustomerSites;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Site addresses read from the customers' read model by its published shape: the active collection of
 * the projection named {@value MongoCustomerNames#CUSTOMER_PROJECTION}, its {@code status}
 * ({@code ERASED} once erased), {@code mergedInto} (the survivor's id) and {@code sites} (each
 * {@code siteId}, {@code address} — {@code lines}, {@code town}, {@code postcode.value} — and
 * {@code accessNotes}), by {@code _id}.
 * The site is the asked customer's own (a merged customer keeps its sites); the merges are followed only
 * to see that nobody on the way was erased. It knows no class of the customers context.
 */
public final class MongoCustomerSites implements CustomerSites {

  private static final String ERASED = "ERASED";

  private final MongoReadModels readModels;

  public MongoCustomerSites(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public Optional<SiteAddress> addressOf(TenantId tenant, String customerId, String siteId) {
    var collection = readModels.collection(readModels.placement(MongoCustomerNames.CUSTOMER_PROJECTION).active());
    Document customer = find(collection, tenant, customerId);
    if (customer == null) {
      return Optional.empty();
    }
    Optional<SiteAddress> site = siteIn(customer, siteId);
    if (site.isEmpty()) {
      return site;
    }
    Set<String> seen = new HashSet<>(Set.of(customerId));
    Document current = customer;
    for (int hop = 0; ; hop++) {
      if (ERASED.equals(current.getString("status"))) {
        return Optional.empty();
      }
      String survivor = current.getString("mergedInto");
      if (survivor == null) {
        return site;
      }
      if (hop == MAX_MERGE_HOPS || !seen.add(survivor)) {
        return Optional.empty();
      }
      current = find(collection, tenant, survivor);
      if (current == null) {
        return site; // the survivor is not projected yet: nothing says it was erased
      }
    }
  }

  private static Document find(MongoCollection<Document> collection, TenantId tenant, String id) {
    return collection.find(and(eq(RecordBson.ID, DocumentId.of(tenant, id).value()), eq(RecordBson.TENANT, tenant.value())))
        .projection(Projections.include("status", "mergedInto", "sites"))
        .first();
  }

  private static Optional<SiteAddress> siteIn(Document customer, String siteId) {
    for (Document site : customer.getList("sites", Document.class, List.of())) {
      if (siteId.equals(site.getString("siteId"))) {
        Document address = site.get("address", Document.class);
        if (address == null) {
          return Optional.empty();
        }
        Document postcode = address.get("postcode", Document.class);
        return Optional.of(new SiteAddress(siteId, address.getList("lines", String.class, List.of()),
            address.getString("town"), postcode == null ? null : postcode.getString("value"),
            site.getString("accessNotes")));
      }
    }
    return Optional.empty();
  }
}

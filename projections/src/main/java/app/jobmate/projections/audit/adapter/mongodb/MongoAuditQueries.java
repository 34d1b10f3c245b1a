package app.jobmate.projections.audit.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import app.jobmate.projections.adapter.mongodb.Keyset;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.audit.AuditEntry;
import app.jobmate.projections.audit.AuditProjection;
import app.jobmate.projections.audit.AuditQueries;
import app.jobmate.projections.audit.ListAudit;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The audit trail in MongoDB: one indexed {@code find} (typed filters, oldest first on {@code at} and
 * {@code _id}, keyset paging on both) over the collection the placement names as active; a record's
 * changes use {@code by_record}, a person's {@code by_actor}, the rest {@code by_time}. An entry's
 * {@code _id} is its tenant and its event's place in its stream ({@code DocumentId.ofEvent}), so the
 * events of one commit, which share their time, come in their stream's order.
 */
public final class MongoAuditQueries implements AuditQueries {

  private final MongoReadModels readModels;

  public MongoAuditQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public List<Versioned<AuditEntry>> list(ListAudit query) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(RecordBson.TENANT, query.tenantId().value()));
    if (query.record() != null) {
      filters.add(eq("record", query.record()));
    }
    if (query.recordId() != null) {
      filters.add(eq("recordId", query.recordId()));
    }
    if (query.person() != null) {
      filters.add(eq("actor", query.person()));
    }
    if (query.from() != null) {
      filters.add(gte("at", Date.from(query.from())));
    }
    if (query.to() != null) {
      filters.add(lt("at", Date.from(query.to())));
    }
    if (query.after() != null) {
      filters.add(Keyset.after("at", Date.from(query.after().at()),
          DocumentId.of(query.tenantId(), query.after().key()).value(), true));
    }
    List<Versioned<AuditEntry>> entries = new ArrayList<>();
    var collection = readModels.collection(readModels.placement(AuditProjection.NAME).active());
    for (Document document : collection.find(and(filters)).sort(Sorts.ascending("at", RecordBson.ID))
        .limit(query.limit() + 1)) {
      entries.add(RecordBson.decode(document, AuditEntry.class));
    }
    return entries;
  }
}

package app.jobmate.projections.quotes.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.Keyset;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.list.ListCursor;
import app.jobmate.projections.quotes.list.ListQuotes;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListPage;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.quotes.list.QuoteListQueries;
import app.jobmate.projections.quotes.pipeline.PipelineQueries;
import app.jobmate.projections.quotes.pipeline.PipelineTally;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The quote queries in MongoDB: the list as one indexed {@code find} (typed filters, a fixed sort,
 * keyset paging on the sort key and {@code _id}), the pipeline as one {@code $match} + {@code $group}
 * aggregation over the list. Both read the collection the placement names as active.
 */
public final class MongoQuoteQueries implements QuoteListQueries, PipelineQueries {

  private final MongoReadModels readModels;

  public MongoQuoteQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public QuoteListPage list(ListQuotes query) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(RecordBson.TENANT, query.tenantId().value()));
    if (!query.states().isEmpty()) {
      filters.add(in("state", query.states().stream().map(QuoteStatus::name).toList()));
    }
    if (query.customerId() != null) {
      filters.add(eq("customerId", query.customerId().toString()));
    }
    if (query.from() != null) {
      filters.add(gte(query.dateField().field(), RecordBson.toBson(query.from())));
    }
    if (query.to() != null) {
      filters.add(lte(query.dateField().field(), RecordBson.toBson(query.to())));
    }
    if (query.after() != null) {
      filters.add(after(query.tenantId(), query.after()));
    }
    String field = query.sort().field();
    Bson sort = query.order() == SortOrder.ASC ? Sorts.ascending(field, RecordBson.ID) : Sorts.descending(field, RecordBson.ID);
    List<Versioned<QuoteListItem>> items = new ArrayList<>();
    for (Document document : active().find(and(filters)).sort(sort).limit(query.limit() + 1)) {
      items.add(RecordBson.decode(document, QuoteListItem.class));
    }
    return QuoteListPage.of(query, items);
  }

  private static Bson after(TenantId tenant, ListCursor cursor) {
    return Keyset.after(cursor.sort().field(), RecordBson.toBson(cursor.key()), DocumentId.of(tenant, cursor.quoteId()).value(),
        cursor.order() == SortOrder.ASC);
  }

  @Override
  public PipelineTally tally(TenantId tenantId, LocalDate from, LocalDate to) {
    List<Bson> pipeline = List.of(
        Aggregates.match(and(eq(RecordBson.TENANT, tenantId.value()),
            gte("firstIssuedOn", RecordBson.toBson(from)), lte("firstIssuedOn", RecordBson.toBson(to)))),
        Aggregates.group(new Document("state", "$state").append("reason", "$declineReason"),
            Accumulators.sum("count", 1),
            Accumulators.sum("gross", "$gross"),
            Accumulators.sum("millisToAccept", "$millisToAccept")));
    List<PipelineTally.Row> rows = new ArrayList<>();
    for (Document group : active().aggregate(pipeline)) {
      Document key = group.get("_id", Document.class);
      String reason = key.getString("reason");
      rows.add(new PipelineTally.Row(QuoteStatus.valueOf(key.getString("state")),
          reason == null ? null : DeclineReason.valueOf(reason), number(group, "count"), number(group, "gross"),
          number(group, "millisToAccept")));
    }
    return new PipelineTally(rows);
  }

  private static long number(Document document, String field) {
    Object value = document.get(field);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private MongoCollection<Document> active() {
    return readModels.collection(readModels.placement(QuoteListProjection.NAME).active());
  }
}

package app.jobmate.projections.reports.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.reports.ExpenseReportLine;
import app.jobmate.projections.reports.ExpenseReportProjection;
import app.jobmate.projections.reports.exports.ExportQueries;
import app.jobmate.projections.reports.exports.ExportedExpense;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * The exported expenses read through one cursor on the {@code by_counted_date} index
 * ({@code tenantId, counted, date, _id}), in batches of {@value #BATCH}: each document is decoded and
 * handed on as it arrives, and the cursor is closed however the export ends.
 */
public final class MongoExportQueries implements ExportQueries {

  static final int BATCH = 500;

  private final MongoReadModels readModels;

  public MongoExportQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public void forEachExpense(TenantId tenantId, LocalDate from, LocalDate to, Consumer<ExportedExpense> each) {
    var collection = readModels.collection(readModels.placement(ExpenseReportProjection.NAME).active());
    try (MongoCursor<Document> cursor = collection.find(and(eq(RecordBson.TENANT, tenantId.value()), eq("counted", true),
            gte("date", RecordBson.toBson(from)), lte("date", RecordBson.toBson(to))))
        .sort(Sorts.ascending("date", RecordBson.ID)).batchSize(BATCH).iterator()) {
      while (cursor.hasNext()) {
        Versioned<ExpenseReportLine> line = RecordBson.decode(cursor.next(), ExpenseReportLine.class);
        each.accept(new ExportedExpense(line.streamId(), line.document()));
      }
    }
  }
}

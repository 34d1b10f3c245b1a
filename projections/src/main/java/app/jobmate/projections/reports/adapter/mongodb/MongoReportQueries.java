package app.jobmate.projections.reports.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.reports.ExpenseReportProjection;
import app.jobmate.projections.reports.ExpenseStage;
import app.jobmate.projections.reports.ReportQueries;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The money reports' sums as one {@code $match} + {@code $group} aggregation each over the active
 * {@code expense_report} collection, on the indexes {@code by_date}, {@code by_stage_member} and
 * {@code by_reimbursed_on}. A missing field in a group key reads as absent.
 */
public final class MongoReportQueries implements ReportQueries {

  private final MongoReadModels readModels;

  public MongoReportQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public List<ExpenseTally> expenses(TenantId tenantId, LocalDate from, LocalDate to) {
    List<Bson> pipeline = List.of(
        Aggregates.match(and(eq(RecordBson.TENANT, tenantId.value()), gte("date", RecordBson.toBson(from)),
            lte("date", RecordBson.toBson(to)))),
        Aggregates.group(new Document("month", "$month").append("category", "$category").append("stage", "$stage")
                .append("vatCode", "$vatCode"),
            Accumulators.sum("count", 1), Accumulators.sum("net", "$net"), Accumulators.sum("vat", "$vat"),
            Accumulators.sum("gross", "$gross"), Accumulators.sum("reverseChargeVat", "$reverseChargeVat")));
    List<ExpenseTally> tallies = new ArrayList<>();
    for (Document group : active().aggregate(pipeline)) {
      Document key = group.get("_id", Document.class);
      tallies.add(new ExpenseTally(key.getString("month"), ExpenseCategory.valueOf(key.getString("category")),
          ExpenseStage.valueOf(key.getString("stage")), VatCode.valueOf(key.getString("vatCode")),
          number(group, "count"), number(group, "net"), number(group, "vat"), number(group, "gross"),
          number(group, "reverseChargeVat")));
    }
    return tallies;
  }

  @Override
  public List<MemberTally> owed(TenantId tenantId) {
    return byMember(and(eq(RecordBson.TENANT, tenantId.value()), eq("stage", ExpenseStage.APPROVED.name()),
        ne("member", null)), "$gross");
  }

  @Override
  public List<MemberTally> reimbursed(TenantId tenantId, LocalDate from, LocalDate to) {
    return byMember(and(eq(RecordBson.TENANT, tenantId.value()), gte("reimbursedOn", RecordBson.toBson(from)),
        lte("reimbursedOn", RecordBson.toBson(to))), "$reimbursedAmount");
  }

  private List<MemberTally> byMember(Bson match, String amount) {
    List<Bson> pipeline = List.of(Aggregates.match(match),
        Aggregates.group("$member", Accumulators.sum("count", 1), Accumulators.sum("amount", amount)));
    List<MemberTally> tallies = new ArrayList<>();
    for (Document group : active().aggregate(pipeline)) {
      String member = group.getString("_id");
      if (member != null) {
        tallies.add(new MemberTally(member, number(group, "count"), number(group, "amount")));
      }
    }
    return tallies;
  }

  private static long number(Document document, String field) {
    Object value = document.get(field);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private MongoCollection<Document> active() {
    return readModels.collection(readModels.placement(ExpenseReportProjection.NAME).active());
  }
}

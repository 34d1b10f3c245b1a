package app.jobmate.projections.expenses.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.projections.adapter.mongodb.Keyset;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.expenses.Expense;
import app.jobmate.projections.expenses.ExpenseProjection;
import app.jobmate.projections.expenses.list.ExpenseListQueries;
import app.jobmate.projections.expenses.list.ExpensePage;
import app.jobmate.projections.expenses.list.ListExpenses;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The expense list in MongoDB: one indexed {@code find} (typed filters, newest first on {@code date}
 * and {@code _id}, keyset paging on both) over the collection the placement names as active. A person's
 * expenses are those whose {@code people} (who logged it, who is owed it) name them.
 */
public final class MongoExpenseQueries implements ExpenseListQueries {

  private final MongoReadModels readModels;

  public MongoExpenseQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public ExpensePage list(ListExpenses query) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(RecordBson.TENANT, query.tenantId().value()));
    if (!query.statuses().isEmpty()) {
      filters.add(in("status", query.statuses().stream().map(Enum::name).toList()));
    }
    if (!query.categories().isEmpty()) {
      filters.add(in("category", query.categories().stream().map(ExpenseCategory::name).toList()));
    }
    if (query.member() != null) {
      filters.add(eq("people", query.member()));
    }
    if (query.jobId() != null) {
      filters.add(eq("jobId", query.jobId().toString()));
    }
    if (query.from() != null) {
      filters.add(gte("date", RecordBson.toBson(query.from())));
    }
    if (query.to() != null) {
      filters.add(lte("date", RecordBson.toBson(query.to())));
    }
    if (query.after() != null) {
      filters.add(Keyset.after("date", RecordBson.toBson(query.after().date()),
          DocumentId.of(query.tenantId(), query.after().expenseId()).value(), false));
    }
    List<Versioned<Expense>> expenses = new ArrayList<>();
    var collection = readModels.collection(readModels.placement(ExpenseProjection.NAME).active());
    for (Document document : collection.find(and(filters)).sort(Sorts.descending("date", RecordBson.ID))
        .limit(query.limit() + 1)) {
      expenses.add(RecordBson.decode(document, Expense.class));
    }
    return ExpensePage.of(query, expenses);
  }
}

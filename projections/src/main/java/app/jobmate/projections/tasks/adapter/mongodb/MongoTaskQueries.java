package app.jobmate.projections.tasks.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.Keyset;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.TaskStatus;
import app.jobmate.projections.tasks.list.ListTasks;
import app.jobmate.projections.tasks.list.TaskCursor;
import app.jobmate.projections.tasks.list.TaskListQueries;
import app.jobmate.projections.tasks.list.TaskPage;
import app.jobmate.projections.tasks.list.WhoseTasks;
import app.jobmate.projections.tasks.workload.OpenTaskQueries;
import app.jobmate.projections.tasks.workload.OpenTaskTally;
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
 * The task queries in MongoDB: a list as one indexed {@code find} (typed filters, one stored sort
 * key, keyset paging on it and {@code _id}); the open tasks as one {@code $match} + {@code $group}
 * aggregation counting the unfinished tasks by assignee, status and due date (the report decides
 * what is overdue on the day it is asked for). Both read the collection the placement names as active.
 */
public final class MongoTaskQueries implements TaskListQueries, OpenTaskQueries {

  private final MongoReadModels readModels;

  public MongoTaskQueries(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public TaskPage list(ListTasks query) {
    List<Bson> filters = new ArrayList<>();
    filters.add(eq(RecordBson.TENANT, query.tenantId().value()));
    if (!query.statuses().isEmpty()) {
      filters.add(in("status", query.statuses().stream().map(TaskStatus::name).toList()));
    }
    switch (query.whose()) {
      case WhoseTasks.Everyone e -> {
      }
      // {assignee: null} matches the absent field: the tasks no one has
      case WhoseTasks.Unassigned u -> filters.add(eq("assignee", null));
      case WhoseTasks.AssignedTo a -> filters.add(eq("assignee", a.user().value()));
    }
    if (query.jobId() != null) {
      filters.add(eq("jobId", query.jobId().toString()));
    }
    if (query.dueFrom() != null) {
      filters.add(gte("dueDate", RecordBson.toBson(query.dueFrom())));
    }
    if (query.dueTo() != null) {
      filters.add(lte("dueDate", RecordBson.toBson(query.dueTo())));
    }
    if (query.after() != null) {
      filters.add(after(query.tenantId(), query.after()));
    }
    String field = query.sort().field();
    Bson sort = query.order() == SortOrder.ASC ? Sorts.ascending(field, RecordBson.ID)
        : Sorts.descending(field, RecordBson.ID);
    List<Versioned<Task>> tasks = new ArrayList<>();
    for (Document document : active().find(and(filters)).sort(sort).limit(query.limit() + 1)) {
      tasks.add(RecordBson.decode(document, Task.class));
    }
    return TaskPage.of(query, tasks);
  }

  private static Bson after(TenantId tenant, TaskCursor cursor) {
    return Keyset.after(cursor.sort().field(), RecordBson.toBson(cursor.key()), DocumentId.of(tenant, cursor.taskId()).value(),
        cursor.order() == SortOrder.ASC);
  }

  @Override
  public OpenTaskTally tally(TenantId tenantId) {
    List<Bson> pipeline = List.of(
        Aggregates.match(and(eq(RecordBson.TENANT, tenantId.value()),
            in("status", TaskStatus.UNFINISHED.stream().map(TaskStatus::name).toList()))),
        Aggregates.group(new Document("assignee", "$assignee").append("status", "$status").append("dueDate", "$dueDate"),
            Accumulators.sum("count", 1)));
    List<OpenTaskTally.Row> rows = new ArrayList<>();
    for (Document group : active().aggregate(pipeline)) {
      Document key = group.get("_id", Document.class);
      String dueDate = key.getString("dueDate");
      rows.add(new OpenTaskTally.Row(key.getString("assignee"), TaskStatus.valueOf(key.getString("status")),
          dueDate == null ? null : LocalDate.parse(dueDate), ((Number) group.get("count")).longValue()));
    }
    return new OpenTaskTally(rows);
  }

  private MongoCollection<Document> active() {
    return readModels.collection(readModels.placement(TaskProjection.NAME).active());
  }
}

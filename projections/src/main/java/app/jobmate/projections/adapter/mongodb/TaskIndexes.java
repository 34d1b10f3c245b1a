package app.jobmate.projections.adapter.mongodb;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;

import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.list.TaskListSort;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The indexes of the task documents, tenant first: one per order of the lists (its key, then
 * {@code _id}, which keyset paging compares); one for a person's tasks in the work order ("my
 * tasks", a staff member's list, an assignee's overdue tasks); one for the open tasks'
 * aggregation (status, then the group keys); one per remaining filter. A task is read by
 * {@code _id}, which the tenant is part of.
 */
final class TaskIndexes {

  static final Map<String, List<IndexModel>> ALL = Map.of(TaskProjection.NAME, task());

  private TaskIndexes() {
  }

  private static List<IndexModel> task() {
    List<IndexModel> indexes = new ArrayList<>();
    for (TaskListSort sort : TaskListSort.values()) {
      indexes.add(index("by_" + sort.wireName(), RecordBson.TENANT, sort.field(), RecordBson.ID));
    }
    indexes.add(index("by_assignee", RecordBson.TENANT, "assignee", TaskListSort.QUEUE.field(), RecordBson.ID));
    indexes.add(index("by_status", RecordBson.TENANT, "status", "assignee", "dueDate"));
    indexes.add(index("by_job", RecordBson.TENANT, "jobId", TaskListSort.QUEUE.field()));
    indexes.add(index("on_due_date", RecordBson.TENANT, "dueDate"));
    return List.copyOf(indexes);
  }

  private static IndexModel index(String name, String... fields) {
    return new IndexModel(compoundIndex(Arrays.stream(fields).map(f -> ascending(f)).toList()),
        new IndexOptions().name(name));
  }
}

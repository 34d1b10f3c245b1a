package app.jobmate.projections.jobs.adapter.mongodb;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.RecordBson;
import app.jobmate.projections.jobs.detail.JobTask;
import app.jobmate.projections.jobs.detail.JobTasks;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;

/**
 * The tasks on a job, read from the tasks' read model by its published shape: the active collection
 * of the projection named {@value #TASK_PROJECTION}, its {@code jobId}, {@code title}, {@code status},
 * {@code assignee}, {@code dueDate} and {@code priority} fields, in its work order ({@code queueKey}),
 * on its {@code by_job} index. It knows no class of the tasks context.
 */
public final class MongoJobTasks implements JobTasks {

  static final String TASK_PROJECTION = "task";

  private final MongoReadModels readModels;

  public MongoJobTasks(MongoReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public List<JobTask> onJob(TenantId tenant, JobId job) {
    List<JobTask> tasks = new ArrayList<>();
    var collection = readModels.collection(readModels.placement(TASK_PROJECTION).active());
    for (Document task : collection.find(and(eq(RecordBson.TENANT, tenant.value()), eq("jobId", job.toString())))
        .sort(Sorts.ascending("queueKey", RecordBson.ID)).limit(MAX)) {
      String due = task.getString("dueDate");
      tasks.add(new JobTask(task.getString("streamId"), task.getString("title"), wire(task.getString("status")),
          task.getString("assignee"), due == null ? null : LocalDate.parse(due), wire(task.getString("priority"))));
    }
    return tasks;
  }

  /** Enums are stored by name ({@code IN_PROGRESS}) and answered by wire name ({@code in-progress}). */
  private static String wire(String name) {
    return name == null ? null : name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package app.jobmate.projections.tasks.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.list.ListTasks;
import app.jobmate.projections.tasks.list.TaskListQueries;
import app.jobmate.projections.tasks.list.TaskPage;
import app.jobmate.projections.tasks.workload.OpenTaskQueries;
import app.jobmate.projections.tasks.workload.OpenTaskTally;
import java.util.List;
import java.util.stream.Stream;

/** The task queries over {@link InMemoryReadModels}, by the queries' own definitions. */
public final class InMemoryTaskQueries implements TaskListQueries, OpenTaskQueries {

  private final InMemoryReadModels readModels;

  public InMemoryTaskQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public TaskPage list(ListTasks query) {
    List<Versioned<Task>> upToLimitPlusOne = tasks()
        .filter(query::matches)
        .filter(query::isAfterCursor)
        .sorted(query.comparator())
        .limit(query.limit() + 1L)
        .toList();
    return TaskPage.of(query, upToLimitPlusOne);
  }

  @Override
  public OpenTaskTally tally(TenantId tenantId) {
    return OpenTaskTally.of(tasks().filter(t -> t.tenantId().equals(tenantId)).map(Versioned::document));
  }

  @SuppressWarnings("unchecked")
  private Stream<Versioned<Task>> tasks() {
    String active = readModels.placement(TaskProjection.NAME).active();
    return readModels.documents(active).stream().map(d -> (Versioned<Task>) d);
  }
}

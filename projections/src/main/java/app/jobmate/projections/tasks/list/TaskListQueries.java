package app.jobmate.projections.tasks.list;

/** Reads the task lists (the active {@code task} collection). */
public interface TaskListQueries {

  /** One page of {@code query}, in its order, after its cursor. */
  TaskPage list(ListTasks query);
}

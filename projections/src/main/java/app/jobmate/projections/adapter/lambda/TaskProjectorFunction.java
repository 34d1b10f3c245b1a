package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.tasks.TaskProjections;
import java.time.LocalDate;
import java.util.List;

/**
 * The tasks projector ({@code task}): consumes its own SQS queue, fed by an EventBridge rule on
 * {@code jobmate.tasks}; see {@link ProjectingFunction}.
 */
public final class TaskProjectorFunction extends ProjectingFunction {

  /** Wired from the function's settings (see {@link ReadSide}). */
  public TaskProjectorFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("TaskProjectorFunction", this::prime);
  }

  private TaskProjectorFunction(FunctionSettings settings) {
    this(ReadSide.readModels(settings, MongoReadModels::forTasks), ReadSide.history(settings),
        settings.getInt("STORE_READERS", DEFAULT_STORE_READERS));
  }

  public TaskProjectorFunction(ReadModels readModels, EventHistory history) {
    this(readModels, history, DEFAULT_STORE_READERS);
  }

  /** @param storeReaders how many streams of a batch are read from the event store at once */
  public TaskProjectorFunction(ReadModels readModels, EventHistory history, int storeReaders) {
    super(readModels, history, TaskProjections.all(), storeReaders);
  }

  @Override
  DomainEvent primingEvent(String streamId) {
    return new TaskCreated(TaskId.of(streamId), "SnapStart priming", "Primes the task projector", null,
        LocalDate.of(2026, 1, 31), TaskPriority.NORMAL,
        List.of(new ChecklistItem(ChecklistItemId.of(streamId), "Load the classes", false)));
  }
}

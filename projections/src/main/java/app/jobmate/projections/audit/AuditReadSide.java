package app.jobmate.projections.audit;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import java.time.LocalDate;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;

/**
 * The audit trail's read side: one projection, {@link AuditProjection}, following every stream of
 * every context through a bus rule of its own, one document per event. It shows no personal data and
 * opens none (docs/decisions/audit-trail.md).
 */
public final class AuditReadSide implements ReadSide {

  public static final String NAME = "audit";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new AuditProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /**
   * The whole trail in time order (tenant, time, id), a record's changes in time order, and a
   * person's, each ending in the id for keyset paging.
   */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(AuditProjection.NAME, List.of(
        Index.ascending("by_time", Index.TENANT, "at", Index.ID),
        Index.ascending("by_record", Index.TENANT, "record", "recordId", "at", Index.ID),
        Index.ascending("by_actor", Index.TENANT, "actor", "at", Index.ID)));
  }

  /** Any event primes it (it takes them all): a task's first. */
  @Override
  public DomainEvent primingEvent(String streamId) {
    return new TaskCreated(TaskId.of(streamId), "SnapStart priming", "Primes the audit projector", null,
        LocalDate.of(2026, 1, 31), TaskPriority.NORMAL,
        List.of(new ChecklistItem(ChecklistItemId.of(streamId), "Load the classes", false)));
  }
}

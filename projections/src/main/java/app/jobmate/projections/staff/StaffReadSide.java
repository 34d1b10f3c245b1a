package app.jobmate.projections.staff;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;

/**
 * The read side of members of staff as resources (the resources context's {@code staff} streams): one
 * profile per member, read by id.
 */
public final class StaffReadSide implements ReadSide {

  public static final String NAME = "staff";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new StaffProfileProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /** Read by id (the member), and a business's whole roster (with a skill, for free slots). */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(StaffProfileProjection.NAME, List.of(Index.ascending("by_tenant", Index.TENANT, Index.ID),
        Index.ascending("by_skill", Index.TENANT, "skills", Index.ID)));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new StaffProfileSet(UserId.of(streamId), List.of("snapstart priming"), WorkingWeek.NONE);
  }
}

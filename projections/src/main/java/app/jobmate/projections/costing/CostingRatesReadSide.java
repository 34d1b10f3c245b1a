package app.jobmate.projections.costing;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;

/** The members' rate histories, read by id (the member) only. One of the job costing's read sides ({@link CostingReadSides}). */
public final class CostingRatesReadSide implements ReadSide {

  public static final String NAME = "costing-rates";

  private static final MemberRatesProjection PROJECTION = new MemberRatesProjection();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return List.of(PROJECTION);
  }

  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(MemberRatesProjection.NAME, List.of());
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new StaffProfileSet(UserId.of(streamId), List.of("snapstart priming"), WorkingWeek.NONE);
  }
}

package app.jobmate.projections.team;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;

/**
 * The read side of the team: one document per business with its members, read by id (the tenant's):
 * who is on the team, and whether a caller still is.
 */
public final class TeamReadSide implements ReadSide {

  public static final String NAME = "team";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new TeamProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /** A team is read by its id only. */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(TeamProjection.NAME, List.of());
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new TeamFounded(UserId.of(streamId), EmailAddress.of("priming@jobmate.invalid"), "SnapStart priming");
  }
}

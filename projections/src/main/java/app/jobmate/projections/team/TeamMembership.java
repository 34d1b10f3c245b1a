package app.jobmate.projections.team;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Membership;
import java.util.Optional;

/** Membership as the team read model shows it (removed, or a member in a role): one read of the business's team document, by id. */
public final class TeamMembership implements Membership {

  private final ReadModels readModels;

  public TeamMembership(ReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public Standing standing(TenantId tenant, UserId user) {
    return readModels.findActive(TeamProjection.NAME, TeamMembers.class, DocumentId.of(tenant, tenant.value()))
        .map(found -> {
          TeamMembers team = found.document();
          if (team.wasRemoved(user.value())) {
            return new Standing(true, Optional.empty());
          }
          return new Standing(false, team.member(user.value()).flatMap(m -> Role.find(m.role())));
        }).orElse(Standing.UNKNOWN);
  }
}

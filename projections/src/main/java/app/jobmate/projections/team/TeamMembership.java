package app.jobmate.projections.team;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Membership;

/** Membership as the team read model shows it: one read of the business's team document, by id. */
public final class TeamMembership implements Membership {

  private final ReadModels readModels;

  public TeamMembership(ReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  public boolean wasRemoved(TenantId tenant, UserId user) {
    return readModels.findActive(TeamProjection.NAME, TeamMembers.class, DocumentId.of(tenant, tenant.value()))
        .map(found -> found.document().wasRemoved(user.value())).orElse(false);
  }
}

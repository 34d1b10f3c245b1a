package app.jobmate.commands.team;

import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvents;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The team as its own record says (the business's {@code team} stream): read whole, strongly
 * consistent, at every call, so a member removed a moment ago is no longer one and a member just
 * invited already is (docs/decisions/team-directory.md). A business whose team was never recorded
 * has no members.
 */
public final class TeamRecord implements TeamDirectory {

  private final EventStore store;
  private final EventCodec codec;

  public TeamRecord(EventStore store) {
    this.store = store;
    this.codec = EventCodec.standard();
  }

  /** The team stream of {@code tenant}: one per business, named by the tenant id. */
  public static StreamId streamOf(TenantId tenant) {
    return new StreamId(tenant, TeamEvents.TEAM_STREAM, tenant.value());
  }

  /** The team now. */
  public TeamState of(TenantId tenant) {
    TeamState state = TeamDecider.INSTANCE.initialState();
    for (Commit commit : store.read(streamOf(tenant))) {
      List<DomainEvent> events = codec.decode(commit.events());
      for (DomainEvent event : events) {
        state = TeamDecider.INSTANCE.evolve(state, (TeamEvent) event);
      }
    }
    return state;
  }

  /**
   * Refuses a caller the team's record says was removed: their token stays valid until it expires,
   * but from the next request after {@code MemberRemoved} they may do nothing. One strongly
   * consistent read of the team stream, no cache (docs/decisions/membership-check.md). A caller the
   * record does not name (a business whose team was never recorded, a user the record never had) is
   * let through: the token's verified claims are what they were before the team was kept.
   *
   * @throws Rejection 403 {@code member.removed}
   */
  public void refuseRemoved(TenantId tenant, UserId user) {
    recordedRole(tenant, user);
  }

  /**
   * The caller's role as the team's record has it now, which wins over the role in their token: a
   * member demoted (or promoted) acts in the new role from the next request, not when the token
   * expires. Empty for a caller the record never named, or a business whose team was never recorded
   * (they act on the token's verified claims, docs/decisions/membership-check.md).
   *
   * @throws Rejection 403 {@code member.removed}
   */
  public Optional<Role> recordedRole(TenantId tenant, UserId user) {
    if (of(tenant) instanceof TeamState.Team team) {
      if (team.wasRemoved(user)) {
        throw Rejection.forbidden(MEMBER_REMOVED, "you have been removed from this business's team");
      }
      return Optional.ofNullable(team.members().get(user)).map(TeamState.Member::role);
    }
    return Optional.empty();
  }

  /** The reason code of a removed member's request. */
  public static final String MEMBER_REMOVED = "member.removed";

  @Override
  public boolean isMember(TenantId tenant, UserId user) {
    return of(tenant) instanceof TeamState.Team team && team.isMember(user);
  }
}

package app.jobmate.notifications.team.removal;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.team.TeamEvents;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.push.EventHistory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who the team's own record says was removed: the business's team stream, read whole and
 * consistently from the events table at every call (no cache), so that a connection opened the
 * moment after {@code MemberRemoved} was committed is refused. A user the record never named, or a
 * business whose team was never recorded, is not removed: the token's claims stand
 * (docs/decisions/membership-check.md).
 */
public final class RemovedMembers {

  private final EventHistory history;
  private final EventCodec codec;

  public RemovedMembers(EventHistory history, EventCodec codec) {
    this.history = history;
    this.codec = codec;
  }

  /** The team stream of {@code tenant}: one per business, named by the tenant id. */
  public static StreamId teamOf(TenantId tenant) {
    return new StreamId(tenant, TeamEvents.TEAM_STREAM, tenant.value());
  }

  public boolean wasRemoved(TenantId tenant, UserId user) {
    List<EventEnvelope> stored = history.read(teamOf(tenant), 1);
    Set<UserId> removed = new HashSet<>();
    for (EventEnvelope envelope : codec.upcast(stored)) {
      switch ((TeamEvent) codec.decode(envelope)) {
        case MemberRemoved e -> removed.add(e.userId());
        case MemberInvited e -> removed.remove(e.userId());
        case TeamFounded e -> removed.remove(e.ownerId());
        case MemberRoleChanged e -> {
          // a role changes nothing of who is on the team
        }
        case TeamEvent.ApiClientAdded e -> {
          // programs are not members
        }
        case TeamEvent.ApiClientRevoked e -> {
          // nor are revoked ones
        }
        case TeamEvent.TextMessagesSet e -> {
          // a mobile number changes nothing of who is on the team
        }
        case TeamEvent.TextMessagesCleared e -> {
          // nor does forgetting it
        }
      }
    }
    return removed.contains(user);
  }
}

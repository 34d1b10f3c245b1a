package app.jobmate.projections.team;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.ApiClientAdded;
import app.jobmate.events.team.TeamEvent.ApiClientRevoked;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.team.TeamEvent.TextMessagesCleared;
import app.jobmate.events.team.TeamEvent.TextMessagesSet;
import app.jobmate.events.team.TeamEvents;
import app.jobmate.projections.team.TeamMembers.Member;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The team documents: take every team event; a removed member stays listed with when they left. */
public final class TeamProjection implements app.jobmate.projections.core.Projection<TeamMembers, TeamEvent> {

  public static final String NAME = "team";

  private static final Set<String> TAKEN = EventTypes.namesOf(TeamEvents.TEAM_STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<TeamMembers> documentType() {
    return TeamMembers.class;
  }

  @Override
  public Class<TeamEvent> eventClass() {
    return TeamEvent.class;
  }

  @Override
  public String streamType() {
    return TeamEvents.TEAM_STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public TeamMembers evolve(TeamMembers team, EventEnvelope envelope, TeamEvent event) {
    // read models keep milliseconds: what every document store holds exactly
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    if (team == null && !(event instanceof TeamFounded)) {
      throw new IllegalStateException("a team starts with TeamFounded, not " + envelope.eventType());
    }
    List<Member> members = team == null ? new ArrayList<>() : new ArrayList<>(team.members());
    List<TeamMembers.ApiClient> clients = team == null ? new ArrayList<>() : new ArrayList<>(team.apiClients());
    switch (event) {
      case TeamFounded e -> members.add(new Member(e.ownerId().value(), e.email().value(), e.name(), "owner", at, null));
      case MemberInvited e -> {
        members.removeIf(m -> m.userId().equals(e.userId().value()));
        members.add(new Member(e.userId().value(), e.email().value(), e.name(), e.role().wireName(), at, null));
      }
      case MemberRoleChanged e -> change(members, e.userId().value(),
          m -> new Member(m.userId(), m.email(), m.name(), e.to().wireName(), m.joinedAt(), m.removedAt(),
              m.textMessages()));
      case MemberRemoved e -> change(members, e.userId().value(),
          m -> new Member(m.userId(), m.email(), m.name(), m.role(), m.joinedAt(), at, m.textMessages()));
      case TextMessagesSet e -> change(members, e.userId().value(),
          m -> m.with(new TeamMembers.TextMessages(e.mobile().value(), e.optIn())));
      case TextMessagesCleared e -> change(members, e.userId().value(), m -> m.with(null));
      case ApiClientAdded e -> {
        clients.removeIf(c -> c.clientId().equals(e.clientId().value()));
        clients.add(new TeamMembers.ApiClient(e.clientId().value(), e.name(), at, null));
      }
      case ApiClientRevoked e -> clients.replaceAll(c -> c.clientId().equals(e.clientId().value())
          ? new TeamMembers.ApiClient(c.clientId(), c.name(), c.addedAt(), at) : c);
    }
    return new TeamMembers(members, clients, at);
  }

  private static void change(List<Member> members, String userId, UnaryOperator<Member> change) {
    members.replaceAll(m -> m.userId().equals(userId) ? change.apply(m) : m);
  }
}

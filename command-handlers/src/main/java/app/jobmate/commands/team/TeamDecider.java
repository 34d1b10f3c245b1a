package app.jobmate.commands.team;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.TeamCommand.AddApiClient;
import app.jobmate.commands.team.TeamCommand.ChangeRole;
import app.jobmate.commands.team.TeamCommand.FoundTeam;
import app.jobmate.commands.team.TeamCommand.InviteMember;
import app.jobmate.commands.team.TeamCommand.RemoveMember;
import app.jobmate.commands.team.TeamCommand.RevokeApiClient;
import app.jobmate.commands.team.TeamCommand.SetTextMessages;
import app.jobmate.commands.team.TeamState.ApiClient;
import app.jobmate.commands.team.TeamState.Member;
import app.jobmate.commands.team.TeamState.Team;
import app.jobmate.commands.team.TeamState.Unrecorded;
import app.jobmate.events.Role;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.ApiClientAdded;
import app.jobmate.events.team.TeamEvent.ApiClientRevoked;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.team.TeamEvent.TextMessagesCleared;
import app.jobmate.events.team.TeamEvent.TextMessagesSet;
import app.jobmate.events.values.UserId;
import java.util.List;
import java.util.Map;

/**
 * The rules of a business's team (docs/business-rules.md, the team), as a pure decider. Only an
 * owner changes the team; the team always has an owner (the last one is neither demoted nor
 * removed); an email address is invited once. Repeating what is already so records nothing, so a
 * retried request is harmless.
 */
public final class TeamDecider implements Decider<TeamCommand, TeamState, TeamEvent> {

  public static final TeamDecider INSTANCE = new TeamDecider();

  private TeamDecider() {
  }

  @Override
  public TeamState initialState() {
    return new Unrecorded();
  }

  @Override
  public Class<TeamEvent> eventType() {
    return TeamEvent.class;
  }

  @Override
  public List<TeamEvent> decide(TeamCommand command, TeamState state) {
    // a member's own text messages are theirs to set; everything else of the team is the owner's
    if (!(command instanceof SetTextMessages) && !command.actor().roles().contains(Role.OWNER)) {
      throw Rejection.forbidden("team.owner-only", "only an owner may change the team");
    }
    return switch (command) {
      case FoundTeam c when state instanceof Unrecorded -> List.of(new TeamFounded(c.ownerId(), c.email(), c.name()));
      case FoundTeam c when state instanceof Team t && t.isMember(c.ownerId()) -> List.of();
      case FoundTeam c -> throw Rejection.conflict("team.already-founded", "the team's record has already begun");

      case InviteMember c when state instanceof Team t -> invite(t, c);
      case ChangeRole c when state instanceof Team t -> changeRole(t, c);
      case RemoveMember c when state instanceof Team t -> remove(t, c);
      case AddApiClient c when state instanceof Team t -> addApiClient(t, c);
      case RevokeApiClient c when state instanceof Team t -> revokeApiClient(t, c);
      case InviteMember c -> throw unrecorded();
      case ChangeRole c -> throw unrecorded();
      case RemoveMember c -> throw unrecorded();
      case AddApiClient c -> throw unrecorded();
      case RevokeApiClient c -> throw Rejection.notFound("team.api-client-not-found", c.clientId() + " is not an API client of the business");
      case SetTextMessages c when state instanceof Team t -> textMessages(t, c);
      case SetTextMessages c -> throw notAMember(c.userId());
    };
  }

  @Override
  public TeamState evolve(TeamState state, TeamEvent event) {
    return switch (event) {
      case TeamFounded e -> {
        if (!(state instanceof Unrecorded)) {
          throw new IllegalStateException("a team is founded once");
        }
        Member owner = new Member(e.ownerId(), e.email(), e.name(), Role.OWNER);
        yield new Team(Map.of(owner.userId(), owner), Map.of());
      }
      case MemberInvited e -> team(state, e).with(new Member(e.userId(), e.email(), e.name(), e.role()));
      case MemberRoleChanged e -> {
        Team team = team(state, e);
        yield team.with(known(team, e.userId()).withRole(e.to()));
      }
      case MemberRemoved e -> {
        Team team = team(state, e);
        known(team, e.userId());
        yield team.without(e.userId());
      }
      case TextMessagesSet e -> {
        Team team = team(state, e);
        known(team, e.userId());
        yield team.withTextMessages(e.userId(), new TeamState.TextMessages(e.mobile(), e.optIn()));
      }
      case TextMessagesCleared e -> {
        Team team = team(state, e);
        known(team, e.userId());
        yield team.withTextMessages(e.userId(), TeamState.TextMessages.NONE);
      }
      case ApiClientAdded e -> team(state, e).withApiClient(new ApiClient(e.clientId(), e.name(), false));
      case ApiClientRevoked e -> {
        Team team = team(state, e);
        ApiClient client = team.apiClient(e.clientId())
            .orElseThrow(() -> new IllegalStateException(e.clientId() + " is not an API client"));
        yield team.withApiClient(new ApiClient(client.clientId(), client.name(), true));
      }
    };
  }

  private static List<TeamEvent> invite(Team team, InviteMember c) {
    var same = team.member(c.userId());
    if (same.isPresent()) {
      Member m = same.get();
      if (m.email().equals(c.email()) && m.name().equals(c.name()) && m.role() == c.role()) {
        return List.of();
      }
      throw Rejection.conflict("team.already-member", c.userId() + " is already a member of the team");
    }
    if (team.removed().containsKey(c.userId())) {
      throw Rejection.conflict("team.member-removed", c.userId() + " was removed from the team");
    }
    if (team.everHad(c.email()).isPresent()) {
      throw Rejection.conflict("team.email-already-invited", c.email() + " has already been invited to the team");
    }
    return List.of(new MemberInvited(c.userId(), c.email(), c.name(), c.role()));
  }

  private static List<TeamEvent> changeRole(Team team, ChangeRole c) {
    Member member = team.member(c.userId()).orElseThrow(() -> notAMember(c.userId()));
    if (member.role() == c.role()) {
      return List.of();
    }
    if (member.role() == Role.OWNER && team.owners() == 1) {
      throw lastOwner();
    }
    return List.of(new MemberRoleChanged(c.userId(), member.role(), c.role()));
  }

  private static List<TeamEvent> remove(Team team, RemoveMember c) {
    if (team.removed().containsKey(c.userId())) {
      return List.of();
    }
    Member member = team.member(c.userId()).orElseThrow(() -> notAMember(c.userId()));
    if (member.role() == Role.OWNER && team.owners() == 1) {
      throw lastOwner();
    }
    return List.of(new MemberRemoved(c.userId()));
  }

  /**
   * A member sets their own text messages; an owner may clear another member's and nothing more
   * (the number is the member's to give). Another member's, or a removed member's, is not found.
   */
  private static List<TeamEvent> textMessages(Team team, SetTextMessages c) {
    team.member(c.userId()).orElseThrow(() -> notAMember(c.userId()));
    boolean themself = c.actor().userId().equals(c.userId());
    if (!themself && !(c.actor().roles().contains(Role.OWNER) && c.clears())) {
      throw Rejection.forbidden("team.text-messages-own-only",
          "a member sets their own mobile number and text messages; an owner may only clear them");
    }
    TeamState.TextMessages now = new TeamState.TextMessages(c.mobile(), c.optIn());
    if (team.textMessagesOf(c.userId()).equals(now)) {
      return List.of();
    }
    return List.of(c.clears() ? new TextMessagesCleared(c.userId()) : new TextMessagesSet(c.userId(), c.mobile(), c.optIn()));
  }

  private static List<TeamEvent> addApiClient(Team team, AddApiClient c) {
    var same = team.apiClient(c.clientId());
    if (same.isPresent()) {
      if (same.get().name().equals(c.name()) && !same.get().revoked()) {
        return List.of();
      }
      throw Rejection.conflict("team.api-client-exists", c.clientId() + " is already an API client of the business");
    }
    if (team.activeApiClientNamed(c.name()).isPresent()) {
      throw nameTaken(c.name());
    }
    return List.of(new ApiClientAdded(c.clientId(), c.name()));
  }

  private static List<TeamEvent> revokeApiClient(Team team, RevokeApiClient c) {
    ApiClient client = team.apiClient(c.clientId()).orElseThrow(() ->
        Rejection.notFound("team.api-client-not-found", c.clientId() + " is not an API client of the business"));
    return client.revoked() ? List.of() : List.of(new ApiClientRevoked(c.clientId()));
  }

  /** Two API clients in use never share a name: the owner tells them apart by it, and revokes by it. */
  public static Rejection nameTaken(String name) {
    return Rejection.conflict("team.api-client-name-taken",
        "an API client named '" + name + "' is in use: revoke it first, or choose another name");
  }

  private static Team team(TeamState state, TeamEvent event) {
    if (state instanceof Team team) {
      return team;
    }
    throw new IllegalStateException("a team begins with TeamFounded, not " + event.getClass().getSimpleName());
  }

  private static Member known(Team team, UserId userId) {
    return team.member(userId).orElseThrow(() -> new IllegalStateException(userId + " is not a member"));
  }

  private static Rejection notAMember(UserId userId) {
    return Rejection.notFound("team.member-not-found", userId + " is not a member of the team");
  }

  private static Rejection lastOwner() {
    return Rejection.unprocessable("team.last-owner",
        "the team always has an owner: make someone else an owner first");
  }

  private static Rejection unrecorded() {
    return Rejection.conflict("team.not-founded", "the team's record has not begun");
  }
}

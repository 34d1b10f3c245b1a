package app.jobmate.commands.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.values.UserId;
import java.util.ArrayList;
import java.util.List;

/** Given events, when a command, then events or a rejection: the team decider in the business's words. */
final class TeamSpec {

  static final UserId JO = UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");
  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");
  static final EmailAddress JO_EMAIL = EmailAddress.of("jo@acme-plumbing.co.uk");
  static final EmailAddress SAM_EMAIL = EmailAddress.of("sam@acme-plumbing.co.uk");
  static final EmailAddress PRIYA_EMAIL = EmailAddress.of("priya@acme-plumbing.co.uk");

  /** The owner, as a token says (an owner is an admin too). */
  static final Actor OWNER = new Actor(JO, List.of(Role.OWNER, Role.ADMIN));
  static final Actor ADMIN = new Actor(PRIYA, List.of(Role.ADMIN));
  static final Actor STAFF = new Actor(SAM, List.of(Role.STAFF));

  private TeamSpec() {
  }

  static TeamFounded founded() {
    return new TeamFounded(JO, JO_EMAIL, "Jo Bloggs");
  }

  static MemberInvited samInvited(Role role) {
    return new MemberInvited(SAM, SAM_EMAIL, "Sam Patel", role);
  }

  /** Jo's team with Sam on the staff. */
  static List<TeamEvent> josTeamWithSam() {
    return List.of(founded(), samInvited(Role.STAFF));
  }

  static List<TeamEvent> given(List<TeamEvent> history, TeamEvent... more) {
    List<TeamEvent> all = new ArrayList<>(history);
    all.addAll(List.of(more));
    return all;
  }

  static TeamState stateAfter(List<TeamEvent> history) {
    TeamState state = TeamDecider.INSTANCE.initialState();
    for (TeamEvent event : history) {
      state = TeamDecider.INSTANCE.evolve(state, event);
    }
    return state;
  }

  static TeamState.Team teamAfter(List<TeamEvent> history) {
    return (TeamState.Team) stateAfter(history);
  }

  static List<TeamEvent> decide(List<TeamEvent> history, TeamCommand command) {
    List<TeamEvent> decided = TeamDecider.INSTANCE.decide(command, stateAfter(history));
    stateAfter(given(history, decided.toArray(TeamEvent[]::new))); // every decision must also fold
    return decided;
  }

  static Rejection rejected(List<TeamEvent> history, TeamCommand command) {
    Rejection rejection = catchThrowableOfType(Rejection.class,
        () -> TeamDecider.INSTANCE.decide(command, stateAfter(history)));
    assertThat(rejection).as("%s should have been refused", command.getClass().getSimpleName()).isNotNull();
    return rejection;
  }
}

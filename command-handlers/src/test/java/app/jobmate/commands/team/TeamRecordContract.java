package app.jobmate.commands.team;

import static app.jobmate.commands.team.TeamSpec.JO;
import static app.jobmate.commands.team.TeamSpec.JO_EMAIL;
import static app.jobmate.commands.team.TeamSpec.OWNER;
import static app.jobmate.commands.team.TeamSpec.PRIYA;
import static app.jobmate.commands.team.TeamSpec.PRIYA_EMAIL;
import static app.jobmate.commands.team.TeamSpec.SAM;
import static app.jobmate.commands.team.TeamSpec.SAM_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.TeamCommand.FoundTeam;
import app.jobmate.commands.team.TeamCommand.InviteMember;
import app.jobmate.commands.team.TeamCommand.RemoveMember;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the team's record answers, whatever store holds the stream; run in memory and on dynalite. */
public abstract class TeamRecordContract {

  // each test its own businesses, so that a store may be shared across tests
  protected final TenantId ACME = TenantId.of("acme-" + UUID.randomUUID());
  private final TenantId OTHER = TenantId.of("other-" + UUID.randomUUID());

  protected abstract EventStore store();

  private final EventStore store = store();
  private final CommandService commands = new CommandService(store);
  protected final TeamRecord team = new TeamRecord(store);

  protected void handle(TenantId tenant, TeamCommand command) {
    commands.handle(TeamRecord.streamOf(tenant), command, new CommandContext(UUID.randomUUID().toString(), "h", OWNER,
        null, null, Instant.parse("2026-12-06T09:00:00Z"), OptionalLong.empty()), TeamDecider.INSTANCE);
  }

  @Test
  void a_business_whose_team_was_never_recorded_has_no_members() {
    assertThat(team.isMember(ACME, JO)).isFalse();
  }

  @Test
  void a_member_invited_is_one_at_once_and_a_member_removed_is_none_from_the_next_call() {
    handle(ACME, new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER));
    handle(ACME, new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER));

    assertThat(team.isMember(ACME, JO)).isTrue();
    assertThat(team.isMember(ACME, SAM)).isTrue();
    assertThat(team.isMember(ACME, PRIYA)).isFalse();

    handle(ACME, new RemoveMember(SAM, OWNER));

    assertThat(team.isMember(ACME, SAM)).isFalse();
  }

  @Test
  void a_member_of_one_business_is_not_a_member_of_another() {
    handle(ACME, new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER));

    assertThat(team.isMember(OTHER, JO)).isFalse();
  }

  @Test
  void a_removed_member_is_refused_from_the_next_call_with_the_reason_member_removed() {
    handle(ACME, new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER));
    handle(ACME, new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER));
    team.refuseRemoved(ACME, SAM);

    handle(ACME, new RemoveMember(SAM, OWNER));

    assertThatThrownBy(() -> team.refuseRemoved(ACME, SAM))
        .isInstanceOfSatisfying(Rejection.class, r -> {
          assertThat(r.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
          assertThat(r.code()).isEqualTo("member.removed");
        });
    team.refuseRemoved(ACME, JO);
  }

  @Test
  void a_caller_the_record_never_named_is_let_through_as_their_token_says() {
    team.refuseRemoved(ACME, JO);
    handle(ACME, new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER));

    team.refuseRemoved(ACME, PRIYA);
  }

  @Test
  void the_recorded_role_is_the_one_the_team_has_now_whatever_an_older_token_says() {
    assertThat(team.recordedRole(ACME, PRIYA)).as("no team recorded yet: the token's claims").isEmpty();
    handle(ACME, new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER));
    handle(ACME, new InviteMember(PRIYA, PRIYA_EMAIL, "Priya Shah", Role.ADMIN, OWNER));
    assertThat(team.recordedRole(ACME, PRIYA)).contains(Role.ADMIN);

    handle(ACME, new TeamCommand.ChangeRole(PRIYA, Role.STAFF, OWNER));

    assertThat(team.recordedRole(ACME, PRIYA)).contains(Role.STAFF);
    assertThat(team.recordedRole(ACME, JO)).contains(Role.OWNER);
    assertThat(team.recordedRole(ACME, SAM)).as("never named: the token's claims").isEmpty();
    assertThat(team.recordedRole(OTHER, PRIYA)).isEmpty();
  }

  @Test
  void a_member_removed_from_one_business_is_not_refused_by_another() {
    handle(ACME, new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER));
    handle(ACME, new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER));
    handle(ACME, new RemoveMember(SAM, OWNER));

    team.refuseRemoved(OTHER, SAM);
  }

  /** A team of five events (founded, two invited, a role changed, one removed), for a measurement. */
  protected final void recordATeamOfFiveEvents() {
    handle(ACME, new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER));
    handle(ACME, new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER));
    handle(ACME, new InviteMember(PRIYA, PRIYA_EMAIL, "Priya Shah", Role.ADMIN, OWNER));
    handle(ACME, new TeamCommand.ChangeRole(PRIYA, Role.STAFF, OWNER));
    handle(ACME, new RemoveMember(SAM, OWNER));
  }

  /** The founding owner of {@link #recordATeamOfFiveEvents}, a member. */
  protected static final app.jobmate.events.values.UserId FOUNDER = JO;
}

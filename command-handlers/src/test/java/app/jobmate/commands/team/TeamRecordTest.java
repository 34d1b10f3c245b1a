package app.jobmate.commands.team;

import static app.jobmate.commands.team.TeamSpec.JO;
import static app.jobmate.commands.team.TeamSpec.JO_EMAIL;
import static app.jobmate.commands.team.TeamSpec.OWNER;
import static app.jobmate.commands.team.TeamSpec.PRIYA;
import static app.jobmate.commands.team.TeamSpec.SAM;
import static app.jobmate.commands.team.TeamSpec.SAM_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.team.TeamCommand.FoundTeam;
import app.jobmate.commands.team.TeamCommand.InviteMember;
import app.jobmate.commands.team.TeamCommand.RemoveMember;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamRecordTest {

  private static final TenantId ACME = TenantId.of("acme-plumbing");
  private static final TenantId OTHER = TenantId.of("other-business");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final CommandService commands = new CommandService(store);
  private final TeamRecord team = new TeamRecord(store);

  private void handle(TenantId tenant, TeamCommand command) {
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
}

package app.jobmate.commands.team;

import static app.jobmate.commands.team.TeamSpec.ADMIN;
import static app.jobmate.commands.team.TeamSpec.JO;
import static app.jobmate.commands.team.TeamSpec.JO_EMAIL;
import static app.jobmate.commands.team.TeamSpec.OWNER;
import static app.jobmate.commands.team.TeamSpec.PRIYA;
import static app.jobmate.commands.team.TeamSpec.PRIYA_EMAIL;
import static app.jobmate.commands.team.TeamSpec.SAM;
import static app.jobmate.commands.team.TeamSpec.SAM_EMAIL;
import static app.jobmate.commands.team.TeamSpec.STAFF;
import static app.jobmate.commands.team.TeamSpec.decide;
import static app.jobmate.commands.team.TeamSpec.founded;
import static app.jobmate.commands.team.TeamSpec.given;
import static app.jobmate.commands.team.TeamSpec.josTeamWithSam;
import static app.jobmate.commands.team.TeamSpec.rejected;
import static app.jobmate.commands.team.TeamSpec.samInvited;
import static app.jobmate.commands.team.TeamSpec.teamAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.TeamCommand.ChangeRole;
import app.jobmate.commands.team.TeamCommand.FoundTeam;
import app.jobmate.commands.team.TeamCommand.InviteMember;
import app.jobmate.commands.team.TeamCommand.RemoveMember;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class KeepingTheTeamTest {

  @Test
  void a_team_is_founded_with_its_owner_who_is_its_first_member() {
    assertThat(decide(List.of(), new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER))).containsExactly(founded());
    assertThat(teamAfter(List.of(founded())).member(JO)).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.OWNER));
  }

  @Test
  void founding_a_team_again_by_its_owner_records_nothing_and_by_anyone_else_is_refused() {
    assertThat(decide(List.of(founded()), new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", OWNER))).isEmpty();
    assertThat(rejected(List.of(founded()), new FoundTeam(PRIYA, PRIYA_EMAIL, "Priya", OWNER)).code())
        .isEqualTo("team.already-founded");
  }

  @Test
  void nothing_but_founding_is_done_to_a_team_whose_record_has_not_begun() {
    Rejection rejection = rejected(List.of(), new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER));
    assertThat(rejection.code()).isEqualTo("team.not-founded");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void the_owner_invites_a_member_who_belongs_to_the_team_in_that_role() {
    assertThat(decide(List.of(founded()), new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER)))
        .containsExactly(samInvited(Role.STAFF));
    assertThat(teamAfter(josTeamWithSam()).isMember(SAM)).isTrue();
    assertThat(teamAfter(josTeamWithSam()).member(SAM)).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.STAFF));
  }

  @Test
  void the_same_invitation_again_records_nothing_so_a_retried_request_is_harmless() {
    assertThat(decide(josTeamWithSam(), new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER))).isEmpty();
  }

  @Test
  void an_email_address_is_invited_once_whatever_its_case() {
    Rejection rejection = rejected(josTeamWithSam(), new InviteMember(PRIYA, EmailAddress.of("SAM@Acme-Plumbing.co.uk"),
        "Sam again", Role.ADMIN, OWNER));

    assertThat(rejection.code()).isEqualTo("team.email-already-invited");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void a_removed_members_email_address_stays_taken_and_they_are_not_invited_again_under_their_old_id() {
    var history = given(josTeamWithSam(), new MemberRemoved(SAM));

    assertThat(rejected(history, new InviteMember(PRIYA, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER)).code())
        .isEqualTo("team.email-already-invited");
    assertThat(rejected(history, new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.STAFF, OWNER)).code())
        .isEqualTo("team.member-removed");
  }

  @Test
  void a_member_is_not_invited_again_with_other_details() {
    assertThat(rejected(josTeamWithSam(), new InviteMember(SAM, SAM_EMAIL, "Sam Patel", Role.ADMIN, OWNER)).code())
        .isEqualTo("team.already-member");
  }

  @Test
  void the_owner_changes_a_members_role_and_setting_the_role_they_have_records_nothing() {
    assertThat(decide(josTeamWithSam(), new ChangeRole(SAM, Role.ADMIN, OWNER)))
        .containsExactly(new MemberRoleChanged(SAM, Role.STAFF, Role.ADMIN));
    assertThat(teamAfter(given(josTeamWithSam(), new MemberRoleChanged(SAM, Role.STAFF, Role.ADMIN))).member(SAM))
        .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.ADMIN));
    assertThat(decide(josTeamWithSam(), new ChangeRole(SAM, Role.STAFF, OWNER))).isEmpty();
  }

  @Test
  void the_last_owner_is_neither_demoted_nor_removed() {
    Rejection demoted = rejected(josTeamWithSam(), new ChangeRole(JO, Role.ADMIN, OWNER));
    Rejection removed = rejected(josTeamWithSam(), new RemoveMember(JO, OWNER));

    assertThat(List.of(demoted, removed)).allSatisfy(r -> {
      assertThat(r.code()).isEqualTo("team.last-owner");
      assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    });
  }

  @Test
  void with_a_second_owner_the_first_may_step_down_or_leave() {
    var twoOwners = given(List.of(founded()), samInvited(Role.OWNER));

    assertThat(decide(twoOwners, new ChangeRole(JO, Role.ADMIN, OWNER)))
        .containsExactly(new MemberRoleChanged(JO, Role.OWNER, Role.ADMIN));
    assertThat(decide(twoOwners, new RemoveMember(JO, OWNER))).containsExactly(new MemberRemoved(JO));
  }

  @Test
  void the_owner_removes_a_member_who_then_no_longer_belongs_to_the_team() {
    assertThat(decide(josTeamWithSam(), new RemoveMember(SAM, OWNER))).containsExactly(new MemberRemoved(SAM));

    var after = teamAfter(given(josTeamWithSam(), new MemberRemoved(SAM)));
    assertThat(after.isMember(SAM)).isFalse();
    assertThat(after.removed()).containsKey(SAM);
  }

  @Test
  void removing_a_member_already_removed_records_nothing() {
    assertThat(decide(given(josTeamWithSam(), new MemberRemoved(SAM)), new RemoveMember(SAM, OWNER))).isEmpty();
  }

  @Test
  void someone_who_is_not_a_member_is_not_found() {
    assertThat(rejected(josTeamWithSam(), new ChangeRole(PRIYA, Role.ADMIN, OWNER)).kind())
        .isEqualTo(Rejection.Kind.NOT_FOUND);
    assertThat(rejected(josTeamWithSam(), new RemoveMember(PRIYA, OWNER)).code()).isEqualTo("team.member-not-found");
  }

  static Stream<TeamCommand> everyTeamCommandBy(app.jobmate.events.Actor actor) {
    return Stream.of(
        new FoundTeam(JO, JO_EMAIL, "Jo Bloggs", actor),
        new InviteMember(PRIYA, PRIYA_EMAIL, "Priya Shah", Role.STAFF, actor),
        new ChangeRole(SAM, Role.ADMIN, actor),
        new RemoveMember(SAM, actor));
  }

  static Stream<TeamCommand> byAdminsAndStaff() {
    return Stream.concat(everyTeamCommandBy(ADMIN), everyTeamCommandBy(STAFF));
  }

  @ParameterizedTest
  @MethodSource("byAdminsAndStaff")
  void only_an_owner_changes_the_team(TeamCommand command) {
    Rejection rejection = rejected(josTeamWithSam(), command);

    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(rejection.code()).isEqualTo("team.owner-only");
  }

  @Test
  void a_team_read_from_its_events_keeps_its_members_in_the_order_they_joined() {
    List<TeamEvent> history = given(josTeamWithSam(), new MemberInvited(PRIYA, PRIYA_EMAIL, "Priya Shah", Role.ADMIN));

    assertThat(teamAfter(history).members().keySet()).containsExactlyInAnyOrder(JO, SAM, PRIYA);
    assertThat(teamAfter(history).owners()).isEqualTo(1);
  }
}

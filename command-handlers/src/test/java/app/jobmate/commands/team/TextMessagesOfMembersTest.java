package app.jobmate.commands.team;

import static app.jobmate.commands.team.TeamSpec.ADMIN;
import static app.jobmate.commands.team.TeamSpec.OWNER;
import static app.jobmate.commands.team.TeamSpec.PRIYA;
import static app.jobmate.commands.team.TeamSpec.SAM;
import static app.jobmate.commands.team.TeamSpec.STAFF;
import static app.jobmate.commands.team.TeamSpec.decide;
import static app.jobmate.commands.team.TeamSpec.given;
import static app.jobmate.commands.team.TeamSpec.josTeamWithSam;
import static app.jobmate.commands.team.TeamSpec.rejected;
import static app.jobmate.commands.team.TeamSpec.teamAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.TeamCommand.SetTextMessages;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.TextMessagesCleared;
import app.jobmate.events.team.TeamEvent.TextMessagesSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMessagesOfMembersTest {

  private static final MobileNumber SAMS_MOBILE = MobileNumber.of("07700 900123");

  @Test
  void a_member_sets_their_own_mobile_number_and_opts_in() {
    assertThat(decide(josTeamWithSam(), new SetTextMessages(SAM, SAMS_MOBILE, true, STAFF)))
        .containsExactly(new TextMessagesSet(SAM, MobileNumber.of("+447700900123"), true));
    assertThat(teamAfter(given(josTeamWithSam(), new TextMessagesSet(SAM, SAMS_MOBILE, true))).textMessagesOf(SAM))
        .isEqualTo(new TeamState.TextMessages(SAMS_MOBILE, true));
  }

  @Test
  void the_same_setting_again_records_nothing_so_a_retried_request_is_harmless() {
    var history = given(josTeamWithSam(), new TextMessagesSet(SAM, SAMS_MOBILE, true));
    assertThat(decide(history, new SetTextMessages(SAM, MobileNumber.of("+44 7700 900123"), true, STAFF))).isEmpty();
  }

  @Test
  void a_member_opts_out_and_keeps_their_number_or_forgets_it() {
    var history = given(josTeamWithSam(), new TextMessagesSet(SAM, SAMS_MOBILE, true));
    assertThat(decide(history, new SetTextMessages(SAM, SAMS_MOBILE, false, STAFF)))
        .containsExactly(new TextMessagesSet(SAM, SAMS_MOBILE, false));
    assertThat(decide(history, new SetTextMessages(SAM, null, false, STAFF)))
        .containsExactly(new TextMessagesCleared(SAM));
  }

  @Test
  void forgetting_a_number_never_set_records_nothing() {
    assertThat(decide(josTeamWithSam(), new SetTextMessages(SAM, null, false, STAFF))).isEmpty();
  }

  @Test
  void an_owner_may_clear_a_members_number_but_not_set_one() {
    var history = given(josTeamWithSam(), new TextMessagesSet(SAM, SAMS_MOBILE, true));
    assertThat(decide(history, new SetTextMessages(SAM, null, false, OWNER))).containsExactly(new TextMessagesCleared(SAM));

    Rejection rejection = rejected(history, new SetTextMessages(SAM, MobileNumber.of("07700 900999"), true, OWNER));
    assertThat(rejection.code()).isEqualTo("team.text-messages-own-only");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(rejected(history, new SetTextMessages(SAM, SAMS_MOBILE, false, OWNER)).code())
        .isEqualTo("team.text-messages-own-only");
  }

  @Test
  void an_admin_or_another_member_of_staff_touches_nobody_elses_texts() {
    var history = given(josTeamWithSam(), new TextMessagesSet(SAM, SAMS_MOBILE, true));
    assertThat(rejected(history, new SetTextMessages(SAM, null, false, ADMIN)).code()).isEqualTo("team.text-messages-own-only");
  }

  @Test
  void a_removed_member_or_a_stranger_has_no_texts_to_set() {
    var removed = given(josTeamWithSam(), new MemberRemoved(SAM));
    assertThat(rejected(removed, new SetTextMessages(SAM, SAMS_MOBILE, true, STAFF)).code())
        .isEqualTo("team.member-not-found");
    assertThat(rejected(josTeamWithSam(), new SetTextMessages(PRIYA, SAMS_MOBILE, true, ADMIN)).code())
        .isEqualTo("team.member-not-found");
    assertThat(rejected(List.of(), new SetTextMessages(SAM, SAMS_MOBILE, true, STAFF)).kind())
        .isEqualTo(Rejection.Kind.NOT_FOUND);
  }

  @Test
  void opting_in_without_a_number_is_not_a_command() {
    assertThatThrownBy(() -> new SetTextMessages(SAM, null, true, STAFF)).isInstanceOf(IllegalArgumentException.class);
  }
}

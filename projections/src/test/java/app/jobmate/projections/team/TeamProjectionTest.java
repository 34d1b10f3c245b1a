package app.jobmate.projections.team;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent.ApiClientAdded;
import app.jobmate.events.team.TeamEvent.ApiClientRevoked;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.team.TeamEvent.TextMessagesCleared;
import app.jobmate.events.team.TeamEvent.TextMessagesSet;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamProjectionTest {

  private static final TeamProjection TEAM = new TeamProjection();
  private static final UserId JO = UserId.of("u-jo");
  private static final UserId SAM = UserId.of("u-sam");
  private static final Instant START = Instant.parse("2026-12-01T09:00:00.123456Z");

  private final List<EventEnvelope> stream = new ArrayList<>();

  private void then(DomainEvent event) {
    EventCodec codec = EventCodec.standard();
    var type = EventTypes.of(event.getClass());
    int version = stream.size() + 1;
    stream.add(new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-00000000000" + version, type.name(), type.schemaVersion(),
        TenantId.of("t-acme"), type.streamType(), "t-acme", version, START.plusSeconds(60L * version),
        "c" + version, "c" + version, "c" + version, new Actor(JO, List.of(Role.OWNER)), codec.encode(event)));
  }

  @Test
  void the_team_documents_take_every_team_event() {
    assertThat(TEAM.eventTypes()).containsExactlyInAnyOrder("TeamFounded", "MemberInvited", "MemberRoleChanged",
        "MemberRemoved", "ApiClientAdded", "ApiClientRevoked", "TextMessagesSet", "TextMessagesCleared");
    assertThat(TEAM.streamType()).isEqualTo("team");
  }

  @Test
  void a_team_lists_its_owner_then_each_member_invited_in_their_role() {
    then(new TeamFounded(JO, EmailAddress.of("jo@acme.co.uk"), "Jo Bloggs"));
    then(new MemberInvited(SAM, EmailAddress.of("sam@acme.co.uk"), "Sam Patel", Role.STAFF));

    TeamMembers team = fold(TEAM, stream);

    assertThat(team.members()).extracting(TeamMembers.Member::userId, TeamMembers.Member::email,
        TeamMembers.Member::role, TeamMembers.Member::joinedAt).containsExactly(
        tuple("u-jo", "jo@acme.co.uk", "owner", Instant.parse("2026-12-01T09:01:00.123Z")),
        tuple("u-sam", "sam@acme.co.uk", "staff", Instant.parse("2026-12-01T09:02:00.123Z")));
    assertThat(team.member("u-sam")).isPresent();
  }

  @Test
  void a_role_changed_is_the_members_role_from_then_on() {
    then(new TeamFounded(JO, EmailAddress.of("jo@acme.co.uk"), "Jo Bloggs"));
    then(new MemberInvited(SAM, EmailAddress.of("sam@acme.co.uk"), "Sam Patel", Role.STAFF));
    then(new MemberRoleChanged(SAM, Role.STAFF, Role.ADMIN));

    assertThat(fold(TEAM, stream).member("u-sam")).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo("admin"));
  }

  @Test
  void a_removed_member_stays_listed_with_when_they_left_but_is_no_longer_a_member() {
    then(new TeamFounded(JO, EmailAddress.of("jo@acme.co.uk"), "Jo Bloggs"));
    then(new MemberInvited(SAM, EmailAddress.of("sam@acme.co.uk"), "Sam Patel", Role.STAFF));
    then(new MemberRemoved(SAM));

    TeamMembers team = fold(TEAM, stream);

    assertThat(team.member("u-sam")).isEmpty();
    assertThat(team.members()).filteredOn(m -> m.userId().equals("u-sam")).singleElement()
        .satisfies(m -> assertThat(m.removedAt()).isEqualTo(Instant.parse("2026-12-01T09:03:00.123Z")));
    assertThat(team.updatedAt()).isEqualTo(Instant.parse("2026-12-01T09:03:00.123Z"));
  }

  @Test
  void api_clients_are_listed_in_the_order_added_and_a_revoked_one_stays_with_when() {
    then(new TeamFounded(JO, EmailAddress.of("jo@acme.co.uk"), "Jo Bloggs"));
    then(new ApiClientAdded(ApiClientId.of("accountant1"), "Hargreaves & Co"));
    then(new ApiClientAdded(ApiClientId.of("bitool1"), "BI tool"));
    then(new ApiClientRevoked(ApiClientId.of("accountant1")));

    TeamMembers team = fold(TEAM, stream);

    assertThat(team.apiClients()).extracting(TeamMembers.ApiClient::clientId, TeamMembers.ApiClient::name,
        TeamMembers.ApiClient::revokedAt).containsExactly(
        tuple("accountant1", "Hargreaves & Co", Instant.parse("2026-12-01T09:04:00.123Z")),
        tuple("bitool1", "BI tool", null));
    assertThat(team.members()).hasSize(1);
  }

  @Test
  void a_team_begins_with_its_founding() {
    then(new MemberRemoved(SAM));

    assertThatThrownBy(() -> fold(TEAM, stream)).hasMessageContaining("TeamFounded");
  }

  @Test
  void a_members_text_messages_are_kept_with_them_through_a_role_change_until_cleared() {
    then(new TeamFounded(JO, EmailAddress.of("jo@acme.co.uk"), "Jo Bloggs"));
    then(new MemberInvited(SAM, EmailAddress.of("sam@acme.co.uk"), "Sam Patel", Role.STAFF));
    then(new TextMessagesSet(SAM, MobileNumber.of("07700 900123"), true));
    then(new MemberRoleChanged(SAM, Role.STAFF, Role.ADMIN));

    assertThat(fold(TEAM, stream).member("u-sam")).hasValueSatisfying(m -> assertThat(m.textMessages())
        .isEqualTo(new TeamMembers.TextMessages("+447700900123", true)));

    then(new TextMessagesCleared(SAM));
    assertThat(fold(TEAM, stream).member("u-sam")).hasValueSatisfying(m -> assertThat(m.textMessages()).isNull());
  }
}

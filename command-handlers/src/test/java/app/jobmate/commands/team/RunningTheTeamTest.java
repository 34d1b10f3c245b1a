package app.jobmate.commands.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.commands.adapter.memory.InMemoryApiClientAccounts;
import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryIdentities;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.adapter.memory.InMemoryApiClientDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The team service keeps the accounts and the team's record in step, and mends a crash between them on a retry. */
class RunningTheTeamTest {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final TenantId OTHER = TenantId.of("t-other");
  private static final EmailAddress SAM = EmailAddress.of("sam@acme-plumbing.co.uk");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryIdentities identities = new InMemoryIdentities();
  private final TeamRecord team = new TeamRecord(store);
  private final InMemoryApiClientDirectory directory = new InMemoryApiClientDirectory(Clock.systemUTC());
  private final InMemoryApiClientAccounts apiClients = new InMemoryApiClientAccounts(directory);
  private final TeamService service = new TeamService(new CommandService(store), team, identities, apiClients);
  private final Identities.Account jo = identities.add(ACME, EmailAddress.of("jo@acme-plumbing.co.uk"), "Jo Bloggs",
      Role.OWNER);
  private final Actor owner = new Actor(jo.userId(), List.of(Role.OWNER));

  private static CommandContext context(Actor actor, String key) {
    return new CommandContext(key, "hash-" + key, actor, null, null, Instant.parse("2026-12-06T09:00:00Z"),
        OptionalLong.empty());
  }

  private TeamState.Team teamNow() {
    return (TeamState.Team) team.of(ACME);
  }

  @Test
  void the_first_invitation_begins_the_team_with_the_owner_and_gives_the_new_member_an_account_and_a_role() {
    service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(owner, "k1"));

    UserId sam = identities.find(SAM).orElseThrow().userId();
    assertThat(teamNow().isMember(jo.userId())).isTrue();
    assertThat(teamNow().member(sam).orElseThrow().role()).isEqualTo(Role.STAFF);
    assertThat(identities.roleOf(sam)).contains(Role.STAFF);
    assertThat(identities.find(sam).orElseThrow().tenant()).isEqualTo(ACME);
  }

  @Test
  void an_invitation_retried_after_the_account_was_made_but_nothing_recorded_takes_that_account() {
    Identities.Account made = identities.create(ACME, SAM, "Sam Patel"); // the crash: an account, no event

    service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(owner, "k1"));

    assertThat(teamNow().member(made.userId())).isPresent();
    assertThat(identities.size()).as("no second account").isEqualTo(2);
  }

  @Test
  void an_email_with_an_account_of_another_business_is_refused_and_nothing_is_recorded() {
    identities.add(OTHER, SAM, "Sam Elsewhere", Role.OWNER);

    assertThatThrownBy(() -> service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(owner, "k1")))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("team.email-taken"));
    assertThat(teamNow().everHad(SAM)).isEmpty();
  }

  @Test
  void the_same_invitation_twice_records_it_once_and_an_email_invited_once_cannot_be_invited_as_someone_else() {
    service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(owner, "k1"));
    long version = service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(owner, "k2")).result().version();

    assertThat(version).isEqualTo(2);
    assertThatThrownBy(() -> service.invite(ACME, SAM, "Sam Patel", Role.ADMIN, context(owner, "k3")))
        .isInstanceOf(Rejection.class);
  }

  @Test
  void a_role_changed_and_a_member_removed_change_the_account_too() {
    service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(owner, "k1"));
    UserId sam = identities.find(SAM).orElseThrow().userId();

    service.changeRole(ACME, sam, Role.ADMIN, context(owner, "k2"));
    assertThat(identities.roleOf(sam)).contains(Role.ADMIN);
    assertThat(teamNow().member(sam).orElseThrow().role()).isEqualTo(Role.ADMIN);

    service.remove(ACME, sam, context(owner, "k3"));
    assertThat(teamNow().isMember(sam)).isFalse();
    assertThat(identities.find(sam).orElseThrow().enabled()).isFalse();
  }

  @Test
  void only_an_owner_changes_the_team_and_a_refusal_touches_no_account() {
    Actor admin = new Actor(UserId.of(UUID.randomUUID().toString()), List.of(Role.ADMIN));

    assertThatThrownBy(() -> service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(admin, "k1")))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("team.owner-only"));
    assertThat(identities.find(SAM)).isEmpty();
  }

  @Test
  void the_last_owner_is_neither_removed_nor_demoted_and_keeps_the_account() {
    service.invite(ACME, SAM, "Sam Patel", Role.STAFF, context(owner, "k1"));

    assertThatThrownBy(() -> service.remove(ACME, jo.userId(), context(owner, "k2")))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("team.last-owner"));
    assertThatThrownBy(() -> service.changeRole(ACME, jo.userId(), Role.STAFF, context(owner, "k3")))
        .isInstanceOf(Rejection.class);
    assertThat(identities.find(jo.userId()).orElseThrow().enabled()).isTrue();
    assertThat(identities.roleOf(jo.userId())).contains(Role.OWNER);
  }

  @Test
  void an_owner_gives_a_program_access_whose_app_client_is_made_entered_as_the_businesss_and_recorded() {
    TeamService.NewApiClient added = service.addApiClient(ACME, "Hargreaves & Co", context(owner, "c1"));

    ApiClientId client = added.credentials().clientId();
    assertThat(added.credentials().secret()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(added.credentials().toString()).doesNotContain(added.credentials().secret());
    assertThat(apiClients.appClients()).containsExactly(client);
    assertThat(directory.find(client).orElseThrow().tenant()).isEqualTo(ACME);
    assertThat(teamNow().apiClient(client).orElseThrow().name()).isEqualTo("Hargreaves & Co");
  }

  @Test
  void a_second_client_by_a_name_in_use_is_refused_before_any_app_client_is_made() {
    service.addApiClient(ACME, "Hargreaves & Co", context(owner, "c1"));

    assertThatThrownBy(() -> service.addApiClient(ACME, "Hargreaves & Co", context(owner, "c2")))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("team.api-client-name-taken"));
    assertThat(apiClients.appClients()).hasSize(1);
  }

  @Test
  void revoking_a_client_refuses_it_in_the_directory_deletes_its_app_client_and_is_recorded_once() {
    ApiClientId client = service.addApiClient(ACME, "Hargreaves & Co", context(owner, "c1")).credentials().clientId();

    service.revokeApiClient(ACME, client, context(owner, "r1"));
    int commits = store.read(TeamRecord.streamOf(ACME)).size();
    service.revokeApiClient(ACME, client, context(owner, "r2"));

    assertThat(directory.find(client).orElseThrow().active()).isFalse();
    assertThat(apiClients.appClients()).isEmpty();
    assertThat(teamNow().apiClient(client).orElseThrow().revoked()).isTrue();
    assertThat(store.read(TeamRecord.streamOf(ACME))).as("nothing more recorded").hasSize(commits);
    // the name is free again
    service.addApiClient(ACME, "Hargreaves & Co", context(owner, "c3"));
  }

  @Test
  void another_business_cannot_revoke_a_client_and_learns_nothing_of_it() {
    ApiClientId client = service.addApiClient(ACME, "Hargreaves & Co", context(owner, "c1")).credentials().clientId();
    Identities.Account ben = identities.add(OTHER, EmailAddress.of("ben@brightside.example"), "Ben", Role.OWNER);
    service.invite(OTHER, EmailAddress.of("eve@brightside.example"), "Eve", Role.STAFF,
        context(new Actor(ben.userId(), List.of(Role.OWNER)), "o1"));

    assertThatThrownBy(() -> service.revokeApiClient(OTHER, client, context(new Actor(ben.userId(), List.of(Role.OWNER)), "o2")))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("team.api-client-not-found"));
    assertThat(directory.find(client).orElseThrow().active()).isTrue();
    assertThat(apiClients.appClients()).containsExactly(client);
  }

  @Test
  void admins_cannot_give_programs_access() {
    Actor admin = new Actor(UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"), List.of(Role.ADMIN));

    assertThatThrownBy(() -> service.addApiClient(ACME, "BI tool", context(admin, "a1")))
        .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo("team.owner-only"));
    assertThat(apiClients.appClients()).isEmpty();
  }

  @Test
  void an_app_client_that_cannot_be_made_leaves_nothing_recorded() {
    apiClients.failNextCreate();

    assertThatThrownBy(() -> service.addApiClient(ACME, "Hargreaves & Co", context(owner, "c1")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(teamNow().apiClients()).isEmpty();
  }
}

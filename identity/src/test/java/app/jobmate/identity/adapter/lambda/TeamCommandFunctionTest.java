package app.jobmate.identity.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryApiClientAccounts;
import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryIdentities;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.adapter.memory.InMemoryApiClientDirectory;
import app.jobmate.testing.HttpApiCalls.Answer;
import app.jobmate.testing.HttpApiCalls;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team's routes, called with a real HTTP API (payload 2.0) event as API Gateway sends it. */
class TeamCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryIdentities identities = new InMemoryIdentities();
  private final InMemoryApiClientDirectory directory = new InMemoryApiClientDirectory(Clock.systemUTC());
  private final InMemoryApiClientAccounts apiClients = new InMemoryApiClientAccounts(directory);
  private final TeamCommandFunction function = new TeamCommandFunction(store, identities, apiClients,
      new TeamCommandFunction.ApiClientAccess("https://jobmate-test.auth.eu-west-2.amazoncognito.com/oauth2/token",
          "jobmate-reports/reports.read"), Clock.fixed(NOW, ZoneOffset.UTC));
  private final HttpApiCalls api = new HttpApiCalls(function);
  private final String owner = identities.add(TenantId.of(ACME), EmailAddress.of("olivia@acme.example"), "Olivia Owner",
      Role.OWNER).userId().value();

  private Answer invite(String sub, String groups, String body) {
    return api.send(call("POST /team/members", "/team/members").as(ACME, sub, groups)
        .header("content-type", "application/json").body(body));
  }

  private List<String> storedTypes() {
    return store.read(TeamRecord.streamOf(TenantId.of(ACME))).stream().flatMap(c -> c.events().stream())
        .map(EventEnvelope::eventType).toList();
  }

  @Test
  void the_owner_invites_a_member_whose_account_is_made_and_who_is_named_in_the_location() {
    Answer answer = invite(owner, "[owner]", """
        {"email": "Nia@Acme.example", "name": "Nia Newcomer", "role": "staff"}""");

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    String nia = identities.find(EmailAddress.of("nia@acme.example")).orElseThrow().userId().value();
    assertThat(answer.header("location")).isEqualTo("/team/members/" + nia);
    assertThat(answer.json().get("streamId").asText()).isEqualTo(ACME);
    assertThat(storedTypes()).containsExactly("TeamFounded", "MemberInvited");
  }

  @Test
  void admins_and_staff_are_refused_and_nothing_is_made() {
    for (String groups : List.of("[admin]", "[staff]")) {
      Answer answer = invite(owner, groups, """
          {"email": "nia@acme.example", "name": "Nia Newcomer", "role": "staff"}""");

      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.header("content-type")).startsWith("application/problem+json");
    }
    assertThat(identities.size()).isEqualTo(1);
    assertThat(storedTypes()).isEmpty();
  }

  @Test
  void every_invalid_field_and_every_unknown_one_is_named_and_nothing_is_made() {
    Answer answer = invite(owner, "[owner]", """
        {"email": "not an address", "name": "", "role": "boss", "tenantId": "t-brightside"}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").findValuesAsText("field")).contains("email", "name", "role", "tenantId");
    Answer query = api.send(call("DELETE /team/members/{userId}", "/team/members/" + owner).as(ACME, owner, "[owner]")
        .query("tenantId", "t-brightside"));
    assertThat(query.status()).isEqualTo(400);
    assertThat(identities.size()).isEqualTo(1);
    assertThat(storedTypes()).isEmpty();
  }

  @Test
  void a_removed_owner_s_token_is_refused_with_member_removed_from_the_next_request() {
    invite(owner, "[owner]", """
        {"email": "other@acme.example", "name": "Other Owner", "role": "owner"}""");
    String other = identities.find(EmailAddress.of("other@acme.example")).orElseThrow().userId().value();

    Answer removed = api.send(call("DELETE /team/members/{userId}", "/team/members/" + owner).as(ACME, other, "[owner]"));
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);

    Answer refused = invite(owner, "[owner]", """
        {"email": "sam@acme.example", "name": "Sam Staff", "role": "staff"}""");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("code").asText()).isEqualTo("member.removed");
    assertThat(identities.find(EmailAddress.of("sam@acme.example"))).isEmpty();
  }

  @Test
  void priming_runs_the_request_path_and_writes_nothing() {
    function.prime();

    assertThat(store.read(TeamRecord.streamOf(TenantId.of("snapstart-priming")))).isEmpty();
    assertThat(identities.size()).isEqualTo(1);
  }

  private Answer addApiClient(String groups, String body) {
    return api.send(call("POST /api-clients", "/api-clients").as(ACME, owner, groups)
        .header("content-type", "application/json").body(body));
  }

  @Test
  void the_owner_adds_an_api_client_and_is_shown_its_secret_once_with_where_to_get_tokens() {
    Answer answer = addApiClient("[owner]", """
        {"name": "Hargreaves & Co"}""");

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    String clientId = answer.json().get("clientId").asText();
    assertThat(answer.header("location")).isEqualTo("/api-clients/" + clientId);
    assertThat(answer.header("cache-control")).isEqualTo("no-store");
    assertThat(answer.json().get("clientSecret").asText()).isNotBlank();
    assertThat(answer.json().get("scope").asText()).isEqualTo("jobmate-reports/reports.read");
    assertThat(answer.json().get("grantType").asText()).isEqualTo("client_credentials");
    assertThat(answer.json().get("tokenUrl").asText()).endsWith("/oauth2/token");
    assertThat(directory.find(ApiClientId.of(clientId)).orElseThrow().tenant()).isEqualTo(TenantId.of(ACME));
    assertThat(storedTypes()).containsExactly("TeamFounded", "ApiClientAdded");
    assertThat(store.read(TeamRecord.streamOf(TenantId.of(ACME))).toString())
        .as("the secret is never recorded").doesNotContain(answer.json().get("clientSecret").asText());
  }

  @Test
  void an_api_client_without_a_name_or_with_unknown_fields_is_refused_naming_them_and_nothing_is_made() {
    Answer answer = addApiClient("[owner]", """
        {"scope": "everything"}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("\"name\"").contains("\"scope\"");
    assertThat(apiClients.appClients()).isEmpty();
  }

  @Test
  void admins_and_staff_cannot_add_or_revoke_api_clients() {
    for (String groups : List.of("[admin]", "[staff]")) {
      assertThat(addApiClient(groups, """
          {"name": "BI tool"}""").status()).isEqualTo(403);
    }
    assertThat(apiClients.appClients()).isEmpty();
  }

  @Test
  void the_owner_revokes_an_api_client_whose_access_ends_at_once() {
    String clientId = addApiClient("[owner]", """
        {"name": "Hargreaves & Co"}""").json().get("clientId").asText();

    Answer revoked = api.send(call("DELETE /api-clients/{clientId}", "/api-clients/" + clientId).as(ACME, owner, "[owner]"));

    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(directory.find(ApiClientId.of(clientId)).orElseThrow().active()).isFalse();
    assertThat(storedTypes()).containsExactly("TeamFounded", "ApiClientAdded", "ApiClientRevoked");
  }

  @Test
  void revoking_a_client_the_business_does_not_have_is_not_found_and_writes_nothing() {
    Answer answer = api.send(call("DELETE /api-clients/{clientId}", "/api-clients/nosuchclient").as(ACME, owner, "[owner]"));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(storedTypes()).isEmpty();
  }

  private Answer textMessages(String member, String sub, String groups, String tenant, String body) {
    return api.send(call("PUT /team/members/{userId}/text-messages", "/team/members/" + member + "/text-messages")
        .as(tenant, sub, groups).header("content-type", "application/json").body(body));
  }

  private String staffMember() {
    invite(owner, "[owner]", """
        {"email": "sam@acme.example", "name": "Sam Staff", "role": "staff"}""");
    return identities.find(EmailAddress.of("sam@acme.example")).orElseThrow().userId().value();
  }

  @Test
  void a_member_of_staff_sets_their_own_uk_mobile_number_kept_in_e164_and_opts_in() {
    String sam = staffMember();

    Answer answer = textMessages(sam, sam, "[staff]", ACME, """
        {"mobile": "07700 900123", "optIn": true}""");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(storedTypes()).containsExactly("TeamFounded", "MemberInvited", "TextMessagesSet");
    assertThat(store.read(TeamRecord.streamOf(TenantId.of(ACME))).getLast().events().getFirst().data()
        .get("mobile").asText()).isEqualTo("+447700900123");
  }

  @Test
  void a_number_that_is_not_a_uk_mobile_an_opt_in_without_one_and_unknown_fields_are_named_and_nothing_is_written() {
    String sam = staffMember();

    Answer landline = textMessages(sam, sam, "[staff]", ACME, """
        {"mobile": "020 7946 0000", "optIn": true, "carrier": "O2"}""");
    assertThat(landline.status()).isEqualTo(400);
    assertThat(landline.json().get("errors").findValuesAsText("field")).contains("mobile", "carrier");

    Answer noNumber = textMessages(sam, sam, "[staff]", ACME, """
        {"optIn": true}""");
    assertThat(noNumber.status()).isEqualTo(400);
    assertThat(noNumber.json().get("errors").findValuesAsText("field")).containsExactly("mobile");

    Answer noOptIn = textMessages(sam, sam, "[staff]", ACME, """
        {"mobile": "07700 900123"}""");
    assertThat(noOptIn.status()).isEqualTo(400);
    assertThat(noOptIn.json().get("errors").findValuesAsText("field")).containsExactly("optIn");
    assertThat(storedTypes()).containsExactly("TeamFounded", "MemberInvited");
  }

  @Test
  void an_owner_clears_a_members_number_but_may_not_set_one_for_them() {
    String sam = staffMember();
    textMessages(sam, sam, "[staff]", ACME, """
        {"mobile": "07700 900123", "optIn": true}""");

    Answer setting = textMessages(sam, owner, "[owner]", ACME, """
        {"mobile": "07700 900999", "optIn": true}""");
    assertThat(setting.status()).isEqualTo(403);
    assertThat(setting.json().get("code").asText()).isEqualTo("team.text-messages-own-only");

    Answer clearing = textMessages(sam, owner, "[owner]", ACME, """
        {"mobile": null, "optIn": false}""");
    assertThat(clearing.status()).as(clearing.body()).isEqualTo(200);
    assertThat(storedTypes()).containsExactly("TeamFounded", "MemberInvited", "TextMessagesSet", "TextMessagesCleared");
  }

  @Test
  void another_business_s_member_is_not_found_and_nothing_is_written() {
    String sam = staffMember();
    String ben = identities.add(TenantId.of("t-brightside"), EmailAddress.of("ben@brightside.example"), "Ben Owner",
        Role.OWNER).userId().value();

    Answer answer = textMessages(sam, ben, "[owner]", "t-brightside", """
        {"mobile": null, "optIn": false}""");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(store.read(TeamRecord.streamOf(TenantId.of("t-brightside")))).isEmpty();
    assertThat(storedTypes()).containsExactly("TeamFounded", "MemberInvited");
  }
}

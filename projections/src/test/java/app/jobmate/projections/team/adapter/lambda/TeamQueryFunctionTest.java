package app.jobmate.projections.team.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent.ApiClientAdded;
import app.jobmate.events.team.TeamEvent.ApiClientRevoked;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.business.BusinessReadSide;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.team.TeamReadSide;
import app.jobmate.projections.team.adapter.mongodb.MongoBusinessNames;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.HttpCalls;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /team} and {@code GET /me} on the real MongoDB adapters (mongo-java-server), fed by the
 * team and business projections; the business's name is read from the business read model by its
 * stored shape.
 */
class TeamQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String BRIGHTSIDE = "t-brightside";
  private static final String OLIVIA = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String NIA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final String BEN = "e3f4a5b6-c7d8-4e9f-8a0b-2c3d4e5f6a7b";

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(), projections());
  private final HttpCalls api = new HttpCalls(new TeamQueryFunction(readModels, new MongoBusinessNames(readModels)));
  private final Map<String, Long> versions = new HashMap<>();

  private static List<Projection<?, ?>> projections() {
    List<Projection<?, ?>> all = new ArrayList<>(new TeamReadSide().projections());
    all.addAll(new BusinessReadSide().projections());
    return all;
  }

  private void recorded(String tenant, DomainEvent... events) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (DomainEvent event : events) {
      var type = EventTypes.of(event.getClass());
      long version = versions.merge(tenant + "#" + type.streamType(), 1L, Long::sum);
      EventEnvelope envelope = new EventEnvelope(java.util.UUID.randomUUID().toString(), type.name(), type.schemaVersion(),
          TenantId.of(tenant), type.streamType(), tenant, version, Instant.parse("2026-12-06T09:00:00Z").plusSeconds(
              versions.values().stream().mapToLong(Long::longValue).sum()), "c", "c", "c",
          new Actor(UserId.of(OLIVIA), List.of(Role.OWNER)), EventCodec.standard().encode(event));
      envelopes.add(envelope);
    }
    history.append(envelopes);
    assertThat(projector.project(envelopes).allApplied()).isTrue();
  }

  private void acmeWithATeam() {
    recorded(ACME, new TeamFounded(UserId.of(OLIVIA), EmailAddress.of("olivia@acme.example"), "Olivia Owner"),
        new MemberInvited(UserId.of(SAM), EmailAddress.of("sam@acme.example"), "Sam Staff", Role.STAFF),
        new MemberInvited(UserId.of(NIA), EmailAddress.of("nia@acme.example"), "Nia Newcomer", Role.STAFF),
        new MemberRoleChanged(UserId.of(NIA), Role.STAFF, Role.ADMIN));
    recorded(ACME, new MemberRemoved(UserId.of(NIA)));
    recorded(ACME, new BusinessDetailsChanged("Acme Plumbing", null));
    recorded(BRIGHTSIDE, new TeamFounded(UserId.of(BEN), EmailAddress.of("ben@brightside.example"), "Ben Bright"));
  }

  @Test
  void owners_and_admins_read_every_member_with_name_email_role_and_status_in_the_order_they_joined() {
    acmeWithATeam();

    for (String groups : List.of("[owner]", "[admin]")) {
      Answer answer = api.send(get("GET /team", "/team").as(ACME, OLIVIA, groups));

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonNode members = answer.json().get("members");
      assertThat(members).extracting(m -> m.get("userId").asText()).containsExactly(OLIVIA, SAM, NIA);
      assertThat(members.get(0).get("name").asText()).isEqualTo("Olivia Owner");
      assertThat(members.get(0).get("email").asText()).isEqualTo("olivia@acme.example");
      assertThat(members.get(0).get("role").asText()).isEqualTo("owner");
      assertThat(members.get(0).get("status").asText()).isEqualTo("active");
      assertThat(members.get(0).has("removedAt")).isFalse();
      assertThat(members.get(2).get("role").asText()).isEqualTo("admin");
      assertThat(members.get(2).get("status").asText()).isEqualTo("removed");
      assertThat(members.get(2).has("removedAt")).isTrue();
      assertThat(answer.body()).doesNotContain(BEN, "brightside");
    }
  }

  @Test
  void owners_read_their_businesss_api_clients_and_admins_and_staff_may_not() {
    acmeWithATeam();
    recorded(ACME, new ApiClientAdded(ApiClientId.of("accountant1"), "Hargreaves & Co"),
        new ApiClientAdded(ApiClientId.of("bitool1"), "BI tool"), new ApiClientRevoked(ApiClientId.of("bitool1")));
    recorded(BRIGHTSIDE, new ApiClientAdded(ApiClientId.of("brightsideclient"), "Brightside's accountant"));

    Answer answer = api.send(get("GET /api-clients", "/api-clients").as(ACME, OLIVIA, "[owner]"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode clients = answer.json().get("apiClients");
    assertThat(clients).extracting(c -> c.get("clientId").asText()).containsExactly("accountant1", "bitool1");
    assertThat(clients).extracting(c -> c.get("status").asText()).containsExactly("active", "revoked");
    assertThat(clients.get(1).has("revokedAt")).isTrue();
    assertThat(answer.body()).doesNotContain("brightside");
    for (String groups : List.of("[admin]", "[staff]")) {
      assertThat(api.send(get("GET /api-clients", "/api-clients").as(ACME, SAM, groups)).status()).isEqualTo(403);
    }
    assertThat(api.send(get("GET /api-clients", "/api-clients").asApiClient(ACME, "accountant1")).status())
        .as("programs read reports only").isEqualTo(403);
  }

  @Test
  void a_members_mobile_number_is_shown_to_themself_and_to_owners_but_not_to_admins() {
    acmeWithATeam();
    String ada = "f4a5b6c7-d8e9-4f0a-9b1c-3d4e5f6a7b8c";
    recorded(ACME, new MemberInvited(UserId.of(ada), EmailAddress.of("ada@acme.example"), "Ada Admin", Role.ADMIN),
        new app.jobmate.events.team.TeamEvent.TextMessagesSet(UserId.of(SAM),
        app.jobmate.events.team.MobileNumber.of("07700 900123"), true));

    Answer sam = api.send(get("GET /me", "/me").as(ACME, SAM, "[staff]"));
    assertThat(sam.json().get("textMessages").get("mobile").asText()).isEqualTo("+447700900123");
    assertThat(sam.json().get("textMessages").get("optIn").asBoolean()).isTrue();

    Answer owner = api.send(get("GET /team", "/team").as(ACME, OLIVIA, "[owner]"));
    assertThat(owner.json().get("members").get(1).get("textMessages").get("mobile").asText()).isEqualTo("+447700900123");

    Answer admin = api.send(get("GET /team", "/team").as(ACME, ada, "[admin]"));
    assertThat(admin.status()).as(admin.body()).isEqualTo(200);
    assertThat(admin.json().get("members").get(1).has("textMessages")).isFalse();
    assertThat(admin.body()).doesNotContain("900123");
  }

  @Test
  void staff_and_callers_with_no_role_may_not_read_the_team() {
    acmeWithATeam();

    assertThat(api.send(get("GET /team", "/team").as(ACME, SAM, "[staff]")).status()).isEqualTo(403);
    assertThat(api.send(get("GET /team", "/team").as(ACME, SAM, "[]")).status()).isEqualTo(403);
    assertThat(api.send(get("GET /me", "/me").as(ACME, SAM, "[]")).status()).isEqualTo(403);
  }

  @Test
  void anyone_reads_their_own_profile_with_the_role_the_team_s_record_gives_and_the_business_s_name() {
    acmeWithATeam();

    Answer sam = api.send(get("GET /me", "/me").as(ACME, SAM, "[staff]"));

    assertThat(sam.status()).isEqualTo(200);
    assertThat(sam.json().get("userId").asText()).isEqualTo(SAM);
    assertThat(sam.json().get("name").asText()).isEqualTo("Sam Staff");
    assertThat(sam.json().get("email").asText()).isEqualTo("sam@acme.example");
    assertThat(sam.json().get("role").asText()).isEqualTo("staff");
    assertThat(sam.json().get("businessName").asText()).isEqualTo("Acme Plumbing");
    Answer ben = api.send(get("GET /me", "/me").as(BRIGHTSIDE, BEN, "[owner]"));
    assertThat(ben.json().get("name").asText()).isEqualTo("Ben Bright");
    assertThat(ben.json().has("businessName")).as("never set").isFalse();
  }

  @Test
  void a_caller_the_team_s_record_does_not_name_reads_the_role_of_their_token_and_no_name() {
    Answer answer = api.send(get("GET /me", "/me").as(ACME, OLIVIA, "[admin,owner]"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("role").asText()).isEqualTo("owner");
    assertThat(answer.json().has("name")).isFalse();
    assertThat(answer.json().has("email")).isFalse();
    assertThat(api.send(get("GET /team", "/team").as(ACME, OLIVIA, "[owner]")).json().get("members")).isEmpty();
  }

  @Test
  void a_removed_member_is_refused_their_profile_and_no_parameter_is_taken() {
    acmeWithATeam();

    Answer removed = api.send(get("GET /me", "/me").as(ACME, NIA, "[admin]"));
    assertThat(removed.status()).isEqualTo(403);
    assertThat(removed.json().get("code").asText()).isEqualTo("member.removed");
    Answer tenant = api.send(get("GET /team", "/team").query("tenantId", BRIGHTSIDE).as(ACME, OLIVIA, "[owner]"));
    assertThat(tenant.status()).isEqualTo(400);
    assertThat(tenant.body()).contains("tenantId");
  }
}

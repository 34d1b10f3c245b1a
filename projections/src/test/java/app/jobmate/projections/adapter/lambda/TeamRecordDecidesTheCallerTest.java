package app.jobmate.projections.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.business.adapter.lambda.SettingsQueryFunction;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.team.TeamReadSide;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every query function consults the team read model first: a member the team projector has seen
 * removed is refused (403 {@code member.removed}), and a member it lists reads in the role it gives them,
 * whatever their still-valid token says.
 */
class TeamRecordDecidesTheCallerTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String NIA = "0193a5c1-9d2e-7f10-8a4b-00000000000a";
  private static final String NEVER_RECORDED = "0193a5c1-9d2e-7f10-8a4b-00000000000b";

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new TeamReadSide().projections());
  private final HttpCalls api = new HttpCalls(new SettingsQueryFunction(readModels));
  private final List<EventEnvelope> stream = new ArrayList<>();

  private void recorded(DomainEvent... events) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (DomainEvent event : events) {
      var type = EventTypes.of(event.getClass());
      long version = stream.size() + 1;
      EventEnvelope envelope = new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", version),
          type.name(), type.schemaVersion(), TenantId.of(ACME), type.streamType(), ACME, version,
          Instant.parse("2026-12-06T09:00:00Z").plusSeconds(version), "c", "c", "c",
          new Actor(UserId.of(OWNER), List.of(Role.OWNER)), EventCodec.standard().encode(event));
      stream.add(envelope);
      envelopes.add(envelope);
    }
    history.append(envelopes);
    assertThat(projector.project(envelopes).allApplied()).isTrue();
  }

  private Answer settingsAs(String tenant, String sub, String groups) {
    return api.send(get("GET /settings", "/settings").as(tenant, sub, groups));
  }

  @Test
  void a_member_is_refused_with_member_removed_once_the_projector_has_applied_their_removal() {
    recorded(new TeamFounded(UserId.of(OWNER), EmailAddress.of("olivia@acme.example"), "Olivia Owner"),
        new MemberInvited(UserId.of(NIA), EmailAddress.of("nia@acme.example"), "Nia Newcomer", Role.ADMIN));
    assertThat(settingsAs(ACME, NIA, "[admin]").status()).isEqualTo(200);

    recorded(new MemberRemoved(UserId.of(NIA)));

    Answer refused = settingsAs(ACME, NIA, "[admin]");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("content-type")).startsWith("application/problem+json");
    assertThat(refused.json().get("code").asText()).isEqualTo("member.removed");
    assertThat(settingsAs(ACME, OWNER, "[owner]").status()).as("the owner still reads").isEqualTo(200);
  }

  @Test
  void a_caller_the_team_never_named_and_a_business_whose_team_is_not_recorded_read_as_their_token_says() {
    assertThat(settingsAs(ACME, NIA, "[owner]").status()).isEqualTo(200);

    recorded(new TeamFounded(UserId.of(OWNER), EmailAddress.of("olivia@acme.example"), "Olivia Owner"),
        new MemberInvited(UserId.of(NIA), EmailAddress.of("nia@acme.example"), "Nia Newcomer", Role.ADMIN),
        new MemberRemoved(UserId.of(NIA)));

    assertThat(settingsAs(ACME, NEVER_RECORDED, "[admin]").status()).isEqualTo(200);
    assertThat(settingsAs("t-brightside", NIA, "[admin]").status()).as("another business's record says nothing of them")
        .isEqualTo(200);
  }

  @Test
  void a_member_demoted_to_staff_reads_as_staff_once_the_projector_has_applied_it_whatever_their_token_says() {
    recorded(new TeamFounded(UserId.of(OWNER), EmailAddress.of("olivia@acme.example"), "Olivia Owner"),
        new MemberInvited(UserId.of(NIA), EmailAddress.of("nia@acme.example"), "Nia Newcomer", Role.ADMIN));
    assertThat(settingsAs(ACME, NIA, "[admin]").status()).isEqualTo(200);

    recorded(new MemberRoleChanged(UserId.of(NIA), Role.ADMIN, Role.STAFF));

    Answer refused = settingsAs(ACME, NIA, "[admin]");
    assertThat(refused.status()).as("the settings are for owners and admins").isEqualTo(403);
    assertThat(settingsAs(ACME, NIA, "[staff]").status()).isEqualTo(403);
  }
}

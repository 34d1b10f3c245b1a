package app.jobmate.projections.business.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.events.team.BusinessEvent.QuotingDefaultsChanged;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.business.BusinessReadSide;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new BusinessReadSide().projections());
  private final HttpCalls api = new HttpCalls(new SettingsQueryFunction(readModels));
  private final List<EventEnvelope> stream = new ArrayList<>();

  private void recorded(String tenant, DomainEvent... events) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (DomainEvent event : events) {
      var type = EventTypes.of(event.getClass());
      long version = stream.stream().filter(e -> e.tenantId().value().equals(tenant)).count() + 1;
      EventEnvelope envelope = new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", stream.size() + 1),
          type.name(), type.schemaVersion(), TenantId.of(tenant), type.streamType(), tenant, version,
          Instant.parse("2026-12-06T09:00:00Z").plusSeconds(version), "c", "c", "c",
          new Actor(UserId.of(OWNER), List.of(Role.OWNER)), EventCodec.standard().encode(event));
      stream.add(envelope);
      envelopes.add(envelope);
    }
    history.append(envelopes);
    assertThat(projector.project(envelopes).allApplied()).isTrue();
  }

  @Test
  void owners_and_admins_read_the_settings_chosen_and_nothing_never_chosen() {
    recorded(ACME, new BusinessDetailsChanged("Acme Plumbing", null),
        new QuotingDefaultsChanged(RoundingPolicy.PER_DOCUMENT, 45), new VatRegistrationChanged(null));

    for (String groups : List.of("[owner]", "[admin]")) {
      Answer answer = api.send(get("GET /settings", "/settings").as(ACME, OWNER, groups));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("name").asText()).isEqualTo("Acme Plumbing");
      assertThat(answer.json().get("rounding").asText()).isEqualTo("per-document");
      assertThat(answer.json().get("quoteValidityDays").asInt()).isEqualTo(45);
      assertThat(answer.json().get("vatRegistered").asBoolean()).isFalse();
      assertThat(answer.json().has("address")).isFalse();
      assertThat(answer.json().has("nextQuoteNumber")).isFalse();
    }
  }

  @Test
  void a_business_that_never_chose_a_setting_reads_none_and_never_another_business_settings() {
    recorded("t-brightside", new BusinessDetailsChanged("Brightside Electrical", null));

    Answer answer = api.send(get("GET /settings", "/settings").as(ACME, OWNER, "[owner]"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().has("name")).isFalse();
  }

  @Test
  void staff_are_refused_and_an_unknown_parameter_is_named() {
    assertThat(api.send(get("GET /settings", "/settings").as(ACME, OWNER, "[staff]")).status()).isEqualTo(403);

    Answer unknown = api.send(get("GET /settings", "/settings").as(ACME, OWNER, "[owner]").query("tenantId", "x"));

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("tenantId");
  }
}

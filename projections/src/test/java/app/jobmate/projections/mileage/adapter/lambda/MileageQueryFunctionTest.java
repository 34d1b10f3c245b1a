package app.jobmate.projections.mileage.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.mileage.MileageEvent;
import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.mileage.MileageEvent.MileageReleased;
import app.jobmate.events.mileage.MileageEvents;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.mileage.MileageReadSide;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /mileage} on real HTTP API events, over the mileage documents projected from count events. */
class MileageQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final TaxYear Y2026 = new TaxYear(2026);
  private static final ExpenseId FIRST = ExpenseId.of("0193b2a0-1111-7abc-8def-000000000001");
  private static final ExpenseId SECOND = ExpenseId.of("0193b2a0-1111-7abc-8def-000000000002");
  private static final ExpenseId THIRD = ExpenseId.of("0193b2a0-1111-7abc-8def-000000000003");

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new MileageReadSide().projections());
  // 20 January 2027: the tax year 2026-27
  private final HttpCalls api = new HttpCalls(new MileageQueryFunction(readModels,
      Clock.fixed(Instant.parse("2027-01-20T09:00:00Z"), ZoneOffset.UTC)));
  private final Map<String, Integer> versions = new HashMap<>();

  private List<EventEnvelope> counted(String tenant, MileageEvent... events) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (MileageEvent event : events) {
      var type = EventTypes.of(event.getClass());
      String streamId = MileageEvents.streamId(event.member(), event.taxYear());
      int version = versions.merge(tenant + streamId, 1, Integer::sum);
      envelopes.add(new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", versions.size() * 100 + version),
          type.name(), type.schemaVersion(), TenantId.of(tenant), type.streamType(), streamId, version,
          Instant.parse("2027-01-06T09:00:00Z").plusSeconds(version), "c", "c", "c",
          new Actor(event.member(), List.of(Role.STAFF)), EventCodec.standard().encode(event)));
    }
    history.append(envelopes);
    assertThat(projector.project(envelopes).allApplied()).isTrue();
    return envelopes;
  }

  private Answer as(String user, String groups, String query) {
    var call = get("GET /mileage", "/mileage").as(ACME, user, groups);
    for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
      call = call.query(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return api.send(call);
  }

  @Test
  void a_person_s_year_answers_the_miles_split_at_the_threshold_their_pence_and_the_45p_miles_left() {
    counted(ACME, new MileageCounted(FIRST.value(), UserId.of(SAM), Y2026, 9_900, 9_900, 0),
        new MileageCounted(SECOND.value(), UserId.of(SAM), Y2026, 300, 100, 200));

    Answer answer = as(SAM, "[staff]", "");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("member").asText()).isEqualTo(SAM);
    assertThat(answer.json().get("taxYear").asText()).isEqualTo("2026-27");
    assertThat(answer.json().get("miles").asInt()).isEqualTo(10_200);
    assertThat(answer.json().get("cheapMiles").asInt()).isEqualTo(10_000);
    assertThat(answer.json().get("dearMiles").asInt()).isEqualTo(200);
    assertThat(answer.json().get("pence").asLong()).isEqualTo(10_000 * 45 + 200 * 25);
    assertThat(answer.json().get("cheapMilesLeft").asInt()).isZero();
    assertThat(answer.json().get("claims")).hasSize(2);
    assertThat(answer.json().get("behind").asBoolean()).isFalse();
  }

  @Test
  void a_released_claim_no_longer_counts_and_a_delivery_again_counts_nothing_twice() {
    List<EventEnvelope> first = counted(ACME, new MileageCounted(FIRST.value(), UserId.of(SAM), Y2026, 9_000, 9_000, 0),
        new MileageCounted(SECOND.value(), UserId.of(SAM), Y2026, 1_500, 1_000, 500));
    counted(ACME, new MileageReleased(FIRST.value(), UserId.of(SAM), Y2026, 9_000, 9_000, 0),
        new MileageCounted(THIRD.value(), UserId.of(SAM), Y2026, 100, 100, 0));
    assertThat(projector.project(first).allApplied()).isTrue();

    Answer answer = as(OWNER, "[owner]", "member=" + SAM + "&taxYear=2026-27");

    assertThat(answer.json().get("miles").asInt()).isEqualTo(1_600);
    assertThat(answer.json().get("cheapMiles").asInt()).isEqualTo(1_100);
    assertThat(answer.json().get("cheapMilesLeft").asInt()).isEqualTo(8_900);
    assertThat(answer.json().get("claims").findValuesAsText("expenseId"))
        .containsExactlyInAnyOrder(SECOND.toString(), THIRD.toString());
  }

  @Test
  void staff_read_only_their_own_mileage() {
    counted(ACME, new MileageCounted(FIRST.value(), UserId.of(SAM), Y2026, 100, 100, 0));

    assertThat(as(PRIYA, "[staff]", "member=" + SAM).status()).isEqualTo(403);
    Answer own = as(PRIYA, "[staff]", "");
    assertThat(own.json().get("member").asText()).isEqualTo(PRIYA);
    assertThat(own.json().get("miles").asInt()).isZero();
    assertThat(own.json().get("cheapMilesLeft").asInt()).isEqualTo(10_000);
  }

  @Test
  void another_business_s_counts_are_never_read() {
    counted("t-brightside", new MileageCounted(FIRST.value(), UserId.of(SAM), Y2026, 100, 100, 0));

    Answer answer = as(OWNER, "[admin]", "member=" + SAM);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("miles").asInt()).isZero();
  }

  @Test
  void another_tax_year_is_asked_for_as_hmrc_writes_it_and_unknown_or_bad_parameters_are_named() {
    counted(ACME, new MileageCounted(FIRST.value(), UserId.of(SAM), new TaxYear(2025), 40, 40, 0));

    assertThat(as(SAM, "[staff]", "taxYear=2025-26").json().get("miles").asInt()).isEqualTo(40);
    Answer bad = as(SAM, "[staff]", "taxYear=2025-27&member=sam&year=2025");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("taxYear (query)",
        "member (query)", "year (query)");
  }
}

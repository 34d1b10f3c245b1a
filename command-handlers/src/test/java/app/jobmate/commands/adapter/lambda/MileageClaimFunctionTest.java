package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mileage claims ({@code POST /expenses/mileage}) on real HTTP API events, with the in-memory event store behind. */
class MileageClaimFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final String BEN = "e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b";
  private static final String EXPENSE = "0193b2a0-1111-7abc-8def-0123456789ab";
  private static final String ROUTE = "POST /expenses/mileage";

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryTeamDirectory team = new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(SAM), UserId.of(PRIYA))
      .with(TenantId.of("t-brightside"), UserId.of(BEN));
  private final HttpApiCalls api = new HttpApiCalls(new ExpenseCommandFunction(store, team,
      Clock.fixed(Instant.parse("2027-04-20T08:05:00Z"), ZoneOffset.UTC)));

  private static final String ACROSS_APRIL = """
      {"expenseId": "%s", "vehicle": "car-or-van", "passengers": 1, "description": "Easter week visits",
       "journeys": [
         {"date": "2027-04-05", "from": "Depot, Leeds", "to": "4 Elm Road, Harrogate", "purpose": "Boiler service", "miles": 60},
         {"date": "2027-04-06", "from": "Depot, Leeds", "to": "York", "purpose": "Survey", "miles": 120}]}"""
      .formatted(EXPENSE);

  private Answer as(String tenant, String user, String groups, String route, String path, String body) {
    return api.send(call(route, path).as(tenant, user, groups).body(body));
  }

  private List<EventEnvelope> stored(StreamId stream) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(stream).forEach(c -> events.addAll(c.events()));
    return events;
  }

  private List<EventEnvelope> expense(String tenant) {
    return stored(new StreamId(TenantId.of(tenant), "expense", EXPENSE));
  }

  private List<EventEnvelope> count(String member, int startYear) {
    return stored(new StreamId(TenantId.of(ACME), "mileage", member + "-" + startYear));
  }

  @Test
  void staff_claim_their_journeys_across_the_fifth_of_april_and_each_year_is_counted_and_priced() {
    Answer answer = as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", ACROSS_APRIL);

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo("/expenses/" + EXPENSE);
    JsonNode logged = expense(ACME).getFirst().data();
    assertThat(logged.get("category").asText()).isEqualTo("mileage");
    assertThat(logged.get("member").asText()).isEqualTo(SAM);
    assertThat(logged.get("paidBy").asText()).isEqualTo("member");
    assertThat(logged.get("date").asText()).isEqualTo("2027-04-06");
    assertThat(logged.at("/amounts/vatCode").asText()).isEqualTo("outside-scope");
    assertThat(logged.at("/amounts/gross").asLong()).isEqualTo(180 * 45 + 180 * 5);
    assertThat(logged.at("/mileage/parts/0/taxYear").asText()).isEqualTo("2026-27");
    assertThat(logged.at("/mileage/parts/0/cheapMiles").asInt()).isEqualTo(60);
    assertThat(logged.at("/mileage/parts/1/taxYear").asText()).isEqualTo("2027-28");
    assertThat(logged.at("/mileage/parts/1/passengerMiles").asInt()).isEqualTo(120);
    assertThat(logged.at("/mileage/journeys/1/to").asText()).isEqualTo("York");
    assertThat(count(SAM, 2026)).extracting(EventEnvelope::eventType).containsExactly("MileageCounted");
    assertThat(count(SAM, 2027).getFirst().data().get("miles").asInt()).isEqualTo(120);
  }

  @Test
  void the_same_claim_sent_again_under_its_idempotency_key_answers_the_same_and_counts_once() {
    Answer first = api.send(call(ROUTE, "/expenses/mileage").as(ACME, SAM, "[staff]").body(ACROSS_APRIL)
        .header("Idempotency-Key", "claim-1"));
    Answer again = api.send(call(ROUTE, "/expenses/mileage").as(ACME, SAM, "[staff]").body(ACROSS_APRIL)
        .header("Idempotency-Key", "claim-1"));

    assertThat(again.status()).as(again.body()).isEqualTo(first.status());
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(count(SAM, 2027)).hasSize(1);
    assertThat(expense(ACME)).hasSize(1);
  }

  @Test
  void an_owner_claims_for_a_named_member_and_staff_may_not() {
    String forPriya = ACROSS_APRIL.replace("\"vehicle\"", "\"member\": \"" + PRIYA + "\", \"vehicle\"");

    assertThat(as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", forPriya).status()).isEqualTo(403);
    assertThat(count(PRIYA, 2027)).isEmpty();
    Answer answer = as(ACME, OWNER, "[owner]", ROUTE, "/expenses/mileage", forPriya);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(expense(ACME).getFirst().data().get("member").asText()).isEqualTo(PRIYA);
    assertThat(count(PRIYA, 2027)).hasSize(1);
  }

  @Test
  void another_tenant_s_member_is_not_claimed_for_and_nothing_is_written() {
    Answer answer = as(ACME, OWNER, "[owner]", ROUTE, "/expenses/mileage",
        ACROSS_APRIL.replace("\"vehicle\"", "\"member\": \"" + BEN + "\", \"vehicle\""));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(expense(ACME)).isEmpty();
    assertThat(count(BEN, 2027)).isEmpty();
  }

  @Test
  void every_invalid_field_is_named_in_one_400_and_nothing_is_written() {
    Answer answer = as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", """
        {"expenseId": "%s", "vehicle": "bicycle", "passengers": 2, "gross": 100,
         "journeys": [{"date": "2027-05-01", "from": " ", "to": "York", "purpose": "Survey", "miles": 2.5},
                      {"date": "2027-04-01", "from": "Leeds", "to": "York", "miles": 0, "fuel": "diesel"}]}"""
        .formatted(EXPENSE));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("passengers", "gross", "journeys[0].date", "journeys[0].from", "journeys[0].miles",
        "journeys[1].purpose", "journeys[1].miles", "journeys[1].fuel");
    assertThat(expense(ACME)).isEmpty();
    assertThat(count(SAM, 2026)).isEmpty();
  }

  @Test
  void a_claim_without_journeys_or_vehicle_is_refused() {
    Answer answer = as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", """
        {"expenseId": "%s", "journeys": []}""".formatted(EXPENSE));

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("vehicle", "journeys");
  }

  @Test
  void refusing_a_claim_releases_its_miles_in_each_year() {
    as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", ACROSS_APRIL);
    as(ACME, SAM, "[staff]", "POST /expenses/{expenseId}/submit", "/expenses/" + EXPENSE + "/submit", "{}");

    Answer refused = as(ACME, OWNER, "[owner]", "POST /expenses/{expenseId}/refuse", "/expenses/" + EXPENSE + "/refuse",
        "{\"reason\": \"Not business journeys\"}");

    assertThat(refused.status()).as(refused.body()).isEqualTo(200);
    assertThat(count(SAM, 2026)).extracting(EventEnvelope::eventType).containsExactly("MileageCounted",
        "MileageReleased");
    assertThat(count(SAM, 2027)).extracting(EventEnvelope::eventType).containsExactly("MileageCounted",
        "MileageReleased");
  }

  @Test
  void a_mileage_draft_is_not_changed_as_a_plain_expense() {
    as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", ACROSS_APRIL);

    Answer answer = as(ACME, SAM, "[staff]", "PUT /expenses/{expenseId}", "/expenses/" + EXPENSE, """
        {"date": "2027-04-06", "supplier": "Shell", "category": "fuel", "gross": 5000, "vatCode": "standard",
         "paidBy": "member", "member": "%s"}""".formatted(SAM));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("code").asText()).isEqualTo("expense.mileage-not-changed");
  }

  private static final String CHANGE = "PUT /expenses/{expenseId}/mileage";

  @Test
  void staff_change_their_draft_claim_s_journeys_and_each_year_is_counted_again() {
    as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", ACROSS_APRIL);

    Answer answer = api.send(call(CHANGE, "/expenses/" + EXPENSE + "/mileage").as(ACME, SAM, "[staff]").body("""
            {"vehicle": "car-or-van", "passengers": 0, "description": "Only the survey",
             "journeys": [{"date": "2027-04-06", "from": "Depot, Leeds", "to": "York", "purpose": "Survey", "miles": 130}]}
            """));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode changed = expense(ACME).getLast().data();
    assertThat(expense(ACME).getLast().eventType()).isEqualTo("ExpenseChanged");
    assertThat(changed.get("member").asText()).isEqualTo(SAM);
    assertThat(changed.at("/amounts/gross").asLong()).isEqualTo(130 * 45);
    assertThat(changed.at("/mileage/parts").size()).isEqualTo(1);
    assertThat(changed.at("/mileage/parts/0/taxYear").asText()).isEqualTo("2027-28");
    assertThat(count(SAM, 2026)).extracting(EventEnvelope::eventType).containsExactly("MileageCounted",
        "MileageReleased");
    assertThat(count(SAM, 2027).getLast().data().get("miles").asInt()).isEqualTo(130);
  }

  @Test
  void a_change_s_invalid_or_unknown_fields_are_named_and_nothing_is_written() {
    as(ACME, SAM, "[staff]", ROUTE, "/expenses/mileage", ACROSS_APRIL);
    int before = expense(ACME).size();

    Answer answer = api.send(call(CHANGE, "/expenses/" + EXPENSE + "/mileage").as(ACME, SAM, "[staff]").body("""
            {"expenseId": "%s", "member": "%s", "vehicle": "boat",
             "journeys": [{"date": "2099-01-01", "from": "Leeds", "to": "York", "purpose": "Survey", "miles": -1}]}
            """.formatted(EXPENSE, PRIYA)));
    Answer otherTenant = api.send(call(CHANGE, "/expenses/" + EXPENSE + "/mileage").as("t-brightside", BEN, "[owner]").body("""
            {"vehicle": "bicycle",
             "journeys": [{"date": "2027-04-06", "from": "Leeds", "to": "York", "purpose": "Survey", "miles": 1}]}"""));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("expenseId", "member", "vehicle", "journeys[0].date",
        "journeys[0].miles");
    assertThat(otherTenant.status()).isEqualTo(404);
    assertThat(expense(ACME)).hasSize(before);
    assertThat(count(SAM, 2027)).hasSize(1);
  }
}

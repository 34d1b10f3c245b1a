package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.events.values.UserId;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The equipment and vehicle commands on real HTTP API events, with the in-memory event store behind. */
class ResourceCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String BRIGHTSIDE = "t-brightside";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String ADMIN = "7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String BEN = "e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b";
  private static final String VAN = "0193c1a0-5555-7abc-8def-0123456789ab";
  private static final String BASE = "/resources/" + VAN;
  private static final String TRANSIT = """
      {"resourceId": "%s", "kind": "vehicle", "name": "Transit van", "registration": "ab12 cde",
       "motDue": "2027-03-14", "serviceDue": "2027-01-31", "busy": true}""".formatted(VAN);

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryTeamDirectory team = new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(ADMIN), UserId.of(SAM))
      .with(TenantId.of(BRIGHTSIDE), UserId.of(BEN));
  private final HttpApiCalls api = new HttpApiCalls(new ResourceCommandFunction(store, team,
      Clock.fixed(Instant.parse("2026-12-03T08:05:00Z"), ZoneOffset.UTC)));

  private Answer as(String tenant, String user, String groups, String route, String path, String body) {
    return api.send(call(route, path).as(tenant, user, groups).body(body));
  }

  private List<EventEnvelope> stored(String tenant) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(new StreamId(TenantId.of(tenant), "resource", VAN)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  @Test
  void an_owner_adds_a_van_and_its_registration_is_kept_upper_case_without_spaces() {
    Answer answer = as(ACME, OWNER, "[owner]", "POST /resources", "/resources", TRANSIT);

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo(BASE);
    JsonNode added = stored(ACME).getFirst().data();
    assertThat(added.get("kind").asText()).isEqualTo("vehicle");
    assertThat(added.at("/details/registration").asText()).isEqualTo("AB12CDE");
    assertThat(added.at("/details/busy").asBoolean()).isTrue();
  }

  @Test
  void change_retire_and_restore_in_turn() {
    as(ACME, OWNER, "[owner]", "POST /resources", "/resources", TRANSIT);

    Answer changed = as(ACME, ADMIN, "[admin]", "PUT /resources/{resourceId}", BASE, """
        {"name": "Transit van", "registration": "AB12CDE", "motDue": "2027-03-14", "busy": true,
         "notes": "Serviced", "expectedVersion": 1}""");
    Answer retired = as(ACME, ADMIN, "[admin]", "POST /resources/{resourceId}/retire", BASE + "/retire", "{}");
    Answer restored = as(ACME, OWNER, "[owner]", "POST /resources/{resourceId}/restore", BASE + "/restore", "{}");

    assertThat(List.of(changed.status(), retired.status(), restored.status())).containsOnly(200);
    assertThat(stored(ACME)).extracting(EventEnvelope::eventType)
        .containsExactly("ResourceAdded", "ResourceChanged", "ResourceRetired", "ResourceRestored");
    assertThat(stored(ACME).get(1).data().at("/details/serviceDue").isMissingNode()).isTrue();
  }

  @Test
  void every_invalid_field_is_named_in_one_400_and_nothing_is_written() {
    Answer answer = as(ACME, OWNER, "[owner]", "POST /resources", "/resources", """
        {"resourceId": "%s", "kind": "tractor", "name": " ", "registration": "NOT-A-REG", "motDue": "10000-01-01",
         "serviceDue": "1999-12-31", "busy": "yes", "cost": 100}""".formatted(VAN));

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("kind", "name", "registration", "motDue", "serviceDue", "busy", "cost");
    assertThat(stored(ACME)).isEmpty();
  }

  @Test
  void a_new_resource_id_is_a_uuid_v7() {
    Answer answer = as(ACME, OWNER, "[owner]", "POST /resources", "/resources",
        TRANSIT.replace(VAN, "0193c1a0-5555-4abc-8def-0123456789ab"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("resourceId");
  }

  @Test
  void equipment_with_a_registration_is_422_naming_the_field() {
    Answer answer = as(ACME, OWNER, "[owner]", "POST /resources", "/resources", TRANSIT.replace("vehicle", "equipment"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("resource.vehicle-only").contains("registration");
    assertThat(stored(ACME)).isEmpty();
  }

  @Test
  void staff_are_refused_before_anything_is_read() {
    Answer answer = as(ACME, SAM, "[staff]", "POST /resources", "/resources", TRANSIT);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(stored(ACME)).isEmpty();
  }

  @Test
  void another_businesss_resource_is_not_found_and_nothing_is_written() {
    as(ACME, OWNER, "[owner]", "POST /resources", "/resources", TRANSIT);

    Answer answer = as(BRIGHTSIDE, BEN, "[owner]", "POST /resources/{resourceId}/retire", BASE + "/retire", "{}");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(stored(BRIGHTSIDE)).isEmpty();
    assertThat(stored(ACME)).hasSize(1);
  }

  private List<EventEnvelope> staffStream(String tenant, String member) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(new StreamId(TenantId.of(tenant), "staff", member)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  private static final String SAMS_WEEK = """
      {"skills": [" Gas  Safe ", "electrics", "gas safe"],
       "workingHours": {"monday": [{"start": "12:30", "end": "16:30"}, {"start": "08:00", "end": "12:00"}],
                        "saturday": [{"start": "09:00", "end": "12:00"}]}}""";

  @Test
  void an_admin_sets_a_member_s_skills_normalised_and_working_hours_by_weekday() {
    Answer answer = as(ACME, ADMIN, "[admin]", "PUT /resources/staff/{memberId}", "/resources/staff/" + SAM, SAMS_WEEK);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode set = staffStream(ACME, SAM).getFirst().data();
    assertThat(set.get("skills").toString()).isEqualTo("[\"electrics\",\"gas safe\"]");
    assertThat(set.at("/workingHours/monday/0/start").asText()).isEqualTo("08:00");
    assertThat(set.at("/workingHours/monday/1/end").asText()).isEqualTo("16:30");
    assertThat(set.at("/workingHours/sunday").size()).isZero();
    assertThat(as(ACME, ADMIN, "[admin]", "PUT /resources/staff/{memberId}", "/resources/staff/" + SAM, SAMS_WEEK)
        .status()).isEqualTo(200);
    assertThat(staffStream(ACME, SAM)).as("the same profile again records nothing").hasSize(1);
  }

  @Test
  void overlapping_or_back_to_front_ranges_and_unknown_days_are_named() {
    Answer answer = as(ACME, OWNER, "[owner]", "PUT /resources/staff/{memberId}", "/resources/staff/" + SAM, """
        {"skills": [], "workingHours": {"monday": [{"start": "08:00", "end": "12:30"}, {"start": "12:00", "end": "16:00"}],
         "tuesday": [{"start": "17:00", "end": "09:00"}], "wednesday": [{"start": "24:00", "end": "25:00"}],
         "funday": []}}""");

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).as(answer.body()).contains("workingHours.monday", "workingHours.tuesday[0].end",
        "workingHours.wednesday[0].start", "workingHours.funday");
    assertThat(staffStream(ACME, SAM)).isEmpty();
  }

  @Test
  void a_cost_applies_from_today_or_later_never_to_the_past() {
    Answer today = as(ACME, OWNER, "[owner]", "POST /resources/staff/{memberId}/hourly-cost",
        "/resources/staff/" + SAM + "/hourly-cost", """
        {"hourlyCost": 1850, "effectiveFrom": "2026-12-03"}""");
    Answer past = as(ACME, OWNER, "[owner]", "POST /resources/staff/{memberId}/hourly-cost",
        "/resources/staff/" + SAM + "/hourly-cost", """
        {"hourlyCost": 1700, "effectiveFrom": "2026-12-02"}""");

    assertThat(today.status()).as(today.body()).isEqualTo(200);
    assertThat(past.status()).isEqualTo(422);
    assertThat(past.body()).contains("resource.cost-in-the-past").contains("effectiveFrom");
    assertThat(staffStream(ACME, SAM)).extracting(e -> e.data().get("hourlyCost").asLong()).containsExactly(1850L);
  }

  @Test
  void a_profile_is_only_of_a_member_of_the_team_and_staff_set_none() {
    Answer stranger = as(ACME, OWNER, "[owner]", "PUT /resources/staff/{memberId}", "/resources/staff/" + BEN, SAMS_WEEK);
    Answer staff = as(ACME, SAM, "[staff]", "PUT /resources/staff/{memberId}", "/resources/staff/" + SAM, SAMS_WEEK);

    assertThat(stranger.status()).isEqualTo(422);
    assertThat(stranger.body()).contains("resource.member-not-in-team").contains("memberId");
    assertThat(staff.status()).isEqualTo(403);
    assertThat(staffStream(ACME, BEN)).isEmpty();
    assertThat(staffStream(ACME, SAM)).isEmpty();
  }
}

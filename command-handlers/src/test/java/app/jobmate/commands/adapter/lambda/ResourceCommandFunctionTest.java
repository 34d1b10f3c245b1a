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

  private static final String HOLIDAY = "0193c1a0-6666-7abc-8def-0123456789ab";
  private static final String ABSENCES = "/resources/staff/" + SAM + "/absences";

  private Answer recordAbsence(String body) {
    return as(ACME, OWNER, "[owner]", "POST /resources/staff/{memberId}/absences", ABSENCES, body);
  }

  @Test
  void an_owner_records_a_weeks_holiday_as_whole_london_days_and_cancels_it() {
    Answer recorded = recordAbsence("""
        {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-08-09", "lastDay": "2027-08-13"}""".formatted(HOLIDAY));
    Answer cancelled = as(ACME, ADMIN, "[admin]", "POST /resources/staff/{memberId}/absences/{absenceId}/cancel",
        ABSENCES + "/" + HOLIDAY + "/cancel", "{}");

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    List<EventEnvelope> events = staffStream(ACME, SAM);
    assertThat(events).extracting(EventEnvelope::eventType).containsExactly("AbsenceRecorded", "AbsenceCancelled");
    JsonNode absence = events.getFirst().data().get("absence");
    assertThat(absence.get("start").asText()).startsWith("2027-08-09T00:00");
    assertThat(absence.get("end").asText()).startsWith("2027-08-14T00:00");
    assertThat(absence.get("startsAt").asText()).isEqualTo("2027-08-08T23:00:00Z");
    assertThat(absence.get("wholeDays").asBoolean()).isTrue();
  }

  @Test
  void a_part_of_a_day_in_the_hour_the_clocks_skip_is_422_naming_the_field_and_a_repeated_hour_is_the_first() {
    Answer skipped = recordAbsence("""
        {"absenceId": "%s", "kind": "training", "start": "2027-03-28T01:30", "end": "2027-03-28T05:00"}"""
        .formatted(HOLIDAY));
    Answer repeated = recordAbsence("""
        {"absenceId": "%s", "kind": "training", "start": "2027-10-31T01:30", "end": "2027-10-31T05:00"}"""
        .formatted(HOLIDAY));

    assertThat(skipped.status()).isEqualTo(422);
    assertThat(skipped.json().get("code").asText()).isEqualTo("resource.time-does-not-exist");
    assertThat(skipped.body()).contains("\"start\"");
    assertThat(repeated.status()).as(repeated.body()).isEqualTo(201);
    assertThat(staffStream(ACME, SAM).getFirst().data().at("/absence/startsAt").asText())
        .as("01:30 in summer time, the first of the two").isEqualTo("2027-10-31T00:30:00Z");
  }

  @Test
  void every_invalid_absence_field_is_named_and_nothing_is_written() {
    Answer mixed = recordAbsence("""
        {"absenceId": "0193c1a0-6666-4abc-8def-0123456789ab", "kind": "jury", "firstDay": "2027-08-09",
         "start": "2027-08-09T09:00"}""");
    Answer backwards = recordAbsence("""
        {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-08-13", "lastDay": "2027-08-09"}""".formatted(HOLIDAY));
    Answer tooLong = recordAbsence("""
        {"absenceId": "%s", "kind": "sickness", "firstDay": "2027-01-01", "lastDay": "2028-01-02"}""".formatted(HOLIDAY));
    Answer overnight = recordAbsence("""
        {"absenceId": "%s", "kind": "other", "start": "2027-08-09T22:00", "end": "2027-08-10T02:00", "note": "x"}"""
        .formatted(HOLIDAY));

    assertThat(List.of(mixed.status(), backwards.status(), tooLong.status(), overnight.status())).containsOnly(400);
    assertThat(fields(mixed)).contains("absenceId", "kind", "start");
    assertThat(fields(backwards)).containsExactly("lastDay");
    assertThat(fields(tooLong)).containsExactly("lastDay");
    assertThat(fields(overnight)).contains("end", "note");
    assertThat(staffStream(ACME, SAM)).isEmpty();
  }

  @Test
  void an_overlapping_absence_is_409_and_another_businesses_member_is_not_in_the_team() {
    recordAbsence("""
        {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-08-09", "lastDay": "2027-08-13"}""".formatted(HOLIDAY));
    Answer overlapping = recordAbsence("""
        {"absenceId": "0193c1a0-7777-7abc-8def-0123456789ab", "kind": "training", "start": "2027-08-13T09:00",
         "end": "2027-08-13T12:00"}""");
    Answer stranger = as(ACME, OWNER, "[owner]", "POST /resources/staff/{memberId}/absences",
        "/resources/staff/" + BEN + "/absences", """
        {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-08-09", "lastDay": "2027-08-13"}""".formatted(HOLIDAY));
    Answer staff = as(ACME, SAM, "[staff]", "POST /resources/staff/{memberId}/absences", ABSENCES, """
        {"absenceId": "0193c1a0-8888-7abc-8def-0123456789ab", "kind": "holiday", "firstDay": "2027-09-01",
         "lastDay": "2027-09-01"}""");

    assertThat(overlapping.status()).isEqualTo(409);
    assertThat(overlapping.json().get("code").asText()).isEqualTo("resource.absence-overlaps");
    assertThat(stranger.status()).isEqualTo(422);
    assertThat(staff.status()).isEqualTo(403);
    assertThat(staffStream(ACME, SAM)).hasSize(1);
    assertThat(staffStream(ACME, BEN)).isEmpty();
  }

  private static List<String> fields(Answer answer) {
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}

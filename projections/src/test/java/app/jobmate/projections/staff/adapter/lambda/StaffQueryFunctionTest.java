package app.jobmate.projections.staff.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.AbsenceKind;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.staff.StaffReadSide;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member's staff profile on real MongoDB adapters (mongo-java-server): owners with costs, staff their own without. */
class StaffQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector staffProjector = new Projector(readModels, history, EventCodec.standard(),
      new StaffReadSide().projections());
  private final HttpCalls api = new HttpCalls(new StaffQueryFunction(readModels, Duration.ofSeconds(5)));

  private Answer as(String user, String groups, HttpCalls.Call call) {
    return api.send(call.as(ACME, user, groups));
  }
  private void staff(String tenant, String member, long version, StaffProfileEvent event) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    EventEnvelope envelope = new EventEnvelope(java.util.UUID.randomUUID().toString(), type.name(), 1,
        TenantId.of(tenant), "staff", member, version, START.plusSeconds(version), "cmd", "corr", null,
        new Actor(UserId.of(OWNER), List.of(Role.OWNER)), EventCodec.standard().encode(event));
    history.append(List.of(envelope));
    assertThat(staffProjector.project(List.of(envelope)).allApplied()).isTrue();
  }

  private void samsProfile() {
    staff(ACME, SAM, 1, new StaffProfileSet(UserId.of(SAM), List.of("gas safe"), new WorkingWeek(
        List.of(new TimeRange("08:00", "16:30")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
    staff(ACME, SAM, 2, new StaffHourlyCostSet(UserId.of(SAM), Money.ofPence(1_850), LocalDate.of(2027, 1, 1)));
  }

  @Test
  void owners_read_a_member_s_profile_with_the_history_of_their_cost() {
    samsProfile();

    Answer answer = as(OWNER, "[owner]", get("GET /resources/staff/{memberId}", "/resources/staff/" + SAM));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().at("/hourlyCosts/0/pence").asLong()).isEqualTo(1_850);
    assertThat(answer.json().at("/hourlyCosts/0/effectiveFrom").asText()).isEqualTo("2027-01-01");
    assertThat(answer.json().at("/workingHours/monday/0/end").asText()).isEqualTo("16:30");
    assertThat(answer.json().at("/skills/0").asText()).isEqualTo("gas safe");
  }

  @Test
  void staff_read_their_own_profile_without_any_cost_and_nobody_else_s() {
    samsProfile();
    String pat = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";

    Answer own = api.send(get("GET /resources/staff/{memberId}", "/resources/staff/" + SAM).as(ACME, SAM, "[staff]"));
    Answer others = api.send(get("GET /resources/staff/{memberId}", "/resources/staff/" + SAM).as(ACME, pat, "[staff]"));
    Answer otherTenant = api.send(get("GET /resources/staff/{memberId}", "/resources/staff/" + SAM)
        .as("t-other", OWNER, "[owner]"));

    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.body()).doesNotContain("hourlyCosts").doesNotContain("1850");
    assertThat(own.json().at("/workingHours/monday/0/start").asText()).isEqualTo("08:00");
    assertThat(others.status()).isEqualTo(404);
    assertThat(others.body()).contains("resource.staff-not-found");
    assertThat(otherTenant.status()).isEqualTo(404);
  }

  @Test
  void owners_and_the_member_see_the_absences_standing_as_london_times_and_instants() {
    samsProfile();
    staff(ACME, SAM, 3, new AbsenceRecorded(UserId.of(SAM), AbsenceId.of("0193c1a0-6666-7abc-8def-0123456789ab"),
        Absence.days(AbsenceKind.HOLIDAY, LocalDate.of(2027, 8, 9), LocalDate.of(2027, 8, 13))));

    Answer owner = as(OWNER, "[owner]", get("GET /resources/staff/{memberId}", "/resources/staff/" + SAM));
    Answer own = as(SAM, "[staff]", get("GET /resources/staff/{memberId}", "/resources/staff/" + SAM));

    for (Answer answer : List.of(owner, own)) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().at("/absences/0/kind").asText()).isEqualTo("holiday");
      assertThat(answer.json().at("/absences/0/wholeDays").asBoolean()).isTrue();
      assertThat(answer.json().at("/absences/0/start").asText()).isEqualTo("2027-08-09T00:00");
      assertThat(answer.json().at("/absences/0/end").asText()).isEqualTo("2027-08-14T00:00");
      assertThat(answer.json().at("/absences/0/startsAt").asText()).isEqualTo("2027-08-08T23:00:00Z");
    }
  }
}

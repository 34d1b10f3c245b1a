package app.jobmate.projections.staff.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.AbsenceKind;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.diary.DiaryReadSide;
import app.jobmate.projections.staff.StaffReadSide;
import app.jobmate.projections.staff.adapter.mongodb.MongoBookedTime;
import app.jobmate.projections.staff.adapter.mongodb.MongoStaffRoster;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.HttpCalls;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A member's staff profile and availability on real MongoDB adapters (mongo-java-server): owners with costs, staff
 * their own without; the availability over the diary's day documents projected from real diary events.
 */
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
  private final Projector diaryProjector = new Projector(readModels, history, EventCodec.standard(),
      new DiaryReadSide().projections());
  private final HttpCalls api = new HttpCalls(new StaffQueryFunction(readModels, new MongoBookedTime(readModels),
      new MongoStaffRoster(readModels), Duration.ofSeconds(5), Clock.fixed(Instant.parse("2027-03-24T08:00:00Z"), ZoneOffset.UTC)));

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

  @Nested
  class Free_slots {

    private static final String PAT = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";

    private Answer slots(String user, String groups, String... query) {
      HttpCalls.Call call = get("GET /diary/free-slots", "/diary/free-slots");
      for (int i = 0; i < query.length; i += 2) {
        call = call.query(query[i], query[i + 1]);
      }
      return as(user, groups, call);
    }

    @Test
    void are_each_members_working_time_less_absence_and_bookings_at_least_as_long_as_asked_in_time_order() {
      samsProfile(); // Mondays 08:00-16:30, gas safe
      staff(ACME, PAT, 1, new StaffProfileSet(UserId.of(PAT), List.of("electrics"), new WorkingWeek(
          List.of(new TimeRange("09:00", "12:00")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
      reserved(SAM, "0193c1a0-7777-7abc-8def-0123456789ab", "2027-03-29T10:00", "2027-03-29T15:00");

      Answer answer = slots(OWNER, "[owner]", "duration", "90", "from", "2027-03-29", "to", "2027-03-29");

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().get("slots")).extracting(s -> s.get("member").asText() + " " + s.get("start").asText()
              + "-" + s.get("end").asText())
          .containsExactly(SAM + " 2027-03-29T08:00-2027-03-29T10:00", PAT + " 2027-03-29T09:00-2027-03-29T12:00",
              SAM + " 2027-03-29T15:00-2027-03-29T16:30");
      assertThat(answer.json().get("truncated").asBoolean()).isFalse();

      Answer skilled = slots(OWNER, "[owner]", "duration", "90", "skill", " Gas  Safe ", "from", "2027-03-29", "to",
          "2027-03-29");
      assertThat(skilled.json().get("slots")).extracting(s -> s.get("member").asText()).containsOnly(SAM);
      Answer longer = slots(OWNER, "[owner]", "duration", "150", "from", "2027-03-29", "to", "2027-03-29");
      assertThat(longer.json().get("slots")).extracting(s -> s.get("member").asText()).containsExactly(PAT);
    }

    @Test
    void are_for_owners_and_admins_and_every_bad_parameter_is_named() {
      assertThat(slots(SAM, "[staff]", "duration", "60").status()).isEqualTo(403);
      Answer bad = slots(OWNER, "[owner]", "duration", "5", "from", "2027-03-01", "to", "2027-05-01", "colour", "red");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asText())
          .contains("duration (query)", "colour (query)");
      Answer tooLong = slots(OWNER, "[owner]", "duration", "60", "from", "2027-03-01", "to", "2027-05-01");
      assertThat(tooLong.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("to (query)");
    }
  }

  @Test
  void utilisation_is_each_members_booked_hours_over_their_hours_per_iso_week_for_owners_not_staff() {
    samsProfile(); // Mondays 08:00-16:30
    reserved(SAM, "0193c1a0-8888-7abc-8def-0123456789ab", "2027-03-29T10:00", "2027-03-29T14:15");

    Answer owner = as(OWNER, "[owner]", get("GET /reports/utilisation", "/reports/utilisation")
        .query("from", "2027-03-31"));
    Answer staff = as(SAM, "[staff]", get("GET /reports/utilisation", "/reports/utilisation"));
    Answer tooLong = as(OWNER, "[owner]", get("GET /reports/utilisation", "/reports/utilisation")
        .query("from", "2027-03-01").query("to", "2027-06-01"));

    assertThat(owner.status()).as(owner.body()).isEqualTo(200);
    assertThat(owner.json().at("/weeks/0/week").asText()).isEqualTo("2027-W13");
    assertThat(owner.json().at("/weeks/0/members/0/member").asText()).isEqualTo(SAM);
    assertThat(owner.json().at("/weeks/0/members/0/availableMinutes").asLong()).isEqualTo(510);
    assertThat(owner.json().at("/weeks/0/members/0/bookedMinutes").asLong()).isEqualTo(255);
    assertThat(owner.json().at("/weeks/0/members/0/utilisation").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(staff.status()).isEqualTo(403);
    assertThat(tooLong.status()).isEqualTo(400);
  }

  private void reserved(String member, String appointment, String start, String end) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    UserId who = UserId.of(member);
    Booking booking = new Booking(AppointmentKind.JOB_VISIT, from, to, from.atZone(Booking.LONDON).toInstant(),
        to.atZone(Booking.LONDON).toInstant(), List.of(who), null, "Service the boiler", null);
    for (LocalDate day : booking.days()) {
      DomainEvent event = new TimeReserved(AppointmentId.of(appointment), 1, who, day, booking, null, START);
      var type = EventTypes.of(event.getClass());
      EventEnvelope envelope = new EventEnvelope(java.util.UUID.randomUUID().toString(), type.name(), 1,
          TenantId.of(ACME), type.streamType(), DiaryEvents.scheduleId(who, day), 1, START, "cmd", "corr", null,
          new Actor(UserId.of(OWNER), List.of(Role.OWNER)), EventCodec.standard().encode(event));
      history.append(List.of(envelope));
      assertThat(diaryProjector.project(List.of(envelope)).allApplied()).isTrue();
    }
  }

  @Test
  void availability_is_the_working_hours_less_absence_and_diary_bookings_day_by_day_across_the_clock_change() {
    List<TimeRange> night = List.of(new TimeRange("00:00", "03:00"), new TimeRange("09:00", "12:00"));
    staff(ACME, SAM, 1, new StaffProfileSet(UserId.of(SAM), List.of(), new WorkingWeek(
        List.of(new TimeRange("08:00", "16:30")), List.of(new TimeRange("08:00", "16:30")), List.of(), List.of(),
        List.of(), List.of(), night)));
    staff(ACME, SAM, 2, new AbsenceRecorded(UserId.of(SAM), AbsenceId.of("0193c1a0-6666-7abc-8def-0123456789ab"),
        Absence.days(AbsenceKind.TRAINING, LocalDate.of(2027, 3, 30), LocalDate.of(2027, 3, 30))));
    reserved(SAM, "0193b2a0-4444-7abc-8def-000000000001", "2027-03-29T10:00", "2027-03-29T12:30");

    Answer answer = as(OWNER, "[owner]", get("GET /resources/staff/{memberId}/availability",
        "/resources/staff/" + SAM + "/availability").query("from", "2027-03-28").query("to", "2027-03-30"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode days = answer.json().get("days");
    assertThat(days).hasSize(3);
    assertThat(days.at("/0/day").asText()).isEqualTo("2027-03-28");
    assertThat(days.at("/0/workingMinutes").asLong()).as("00:00-03:00 is two hours that night, and 09:00-12:00")
        .isEqualTo(120 + 180);
    assertThat(days.at("/1/bookedMinutes").asLong()).isEqualTo(150);
    assertThat(days.at("/1/free/1/start").asText()).isEqualTo("2027-03-29T12:30");
    assertThat(days.at("/1/free/1/startsAt").asText()).isEqualTo("2027-03-29T11:30:00Z");
    assertThat(days.at("/1/freeMinutes").asLong()).isEqualTo(510 - 150);
    assertThat(days.at("/2/absentMinutes").asLong()).isEqualTo(510);
    assertThat(days.at("/2/free").size()).isZero();
  }

  @Test
  void staff_read_their_own_availability_only_and_a_window_is_at_most_62_days() {
    samsProfile();
    String pat = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
    String path = "/resources/staff/" + SAM + "/availability";

    Answer own = as(SAM, "[staff]", get("GET /resources/staff/{memberId}/availability", path));
    Answer others = as(pat, "[staff]", get("GET /resources/staff/{memberId}/availability", path));
    Answer otherTenant = api.send(get("GET /resources/staff/{memberId}/availability", path)
        .as("t-other", OWNER, "[owner]"));
    Answer tooLong = as(OWNER, "[owner]", get("GET /resources/staff/{memberId}/availability", path)
        .query("from", "2027-01-01").query("to", "2027-03-04"));
    Answer unknown = as(OWNER, "[owner]", get("GET /resources/staff/{memberId}/availability", path)
        .query("member", SAM));

    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().get("from").asText()).as("today in London by default").isEqualTo("2027-03-24");
    assertThat(own.body()).doesNotContain("1850");
    assertThat(others.status()).isEqualTo(404);
    assertThat(otherTenant.status()).isEqualTo(404);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"to (query)\"");
    assertThat(unknown.status()).isEqualTo(400);
  }
}

package app.jobmate.projections.diary.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.BookedResource;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.diary.AppointmentReadSide;
import app.jobmate.projections.diary.DiaryReadSide;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /diary?resource=}: a busy van's week, from its own diary days in MongoDB (mongo-java-server),
 * and a member's entries showing the resources booked with them (docs/decisions/diary-equipment.md).
 */
class DiaryByResourceQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  private static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");
  private static final ResourceId VAN = ResourceId.of("0193b2a0-6666-7abc-8def-000000000001");
  private static final ResourceId LADDER = ResourceId.of("0193b2a0-6666-7abc-8def-000000000002");
  private static final BookedResource VAN_BOOKED =
      new BookedResource(VAN, ResourceKind.VEHICLE, "Transit van", Registration.of("AB12CDE"), true);
  private static final BookedResource LADDER_BOOKED =
      new BookedResource(LADDER, ResourceKind.EQUIPMENT, "Ladder", null, false);
  private static final AppointmentId MONDAY = AppointmentId.of("0193b2a0-4444-7abc-8def-000000000001");
  private static final AppointmentId TUESDAY = AppointmentId.of("0193b2a0-4444-7abc-8def-000000000002");
  private static final AppointmentId WITHOUT_VAN = AppointmentId.of("0193b2a0-4444-7abc-8def-000000000003");
  private static final Instant AT = Instant.parse("2026-12-06T15:00:00Z");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(), projections());
  private final HttpCalls api = new HttpCalls(new DiaryQueryFunction(readModels,
      Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC)));
  private final Map<String, Integer> versions = new HashMap<>();

  private static List<Projection<?, ?>> projections() {
    List<Projection<?, ?>> all = new ArrayList<>(new DiaryReadSide().projections());
    all.addAll(new AppointmentReadSide().projections());
    return all;
  }

  private static Booking booking(String start, String end, UserId member, BookedResource... resources) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    return new Booking(AppointmentKind.JOB_VISIT, from, to, from.atZone(Booking.LONDON).toInstant(),
        to.atZone(Booking.LONDON).toInstant(), List.of(member), null, "Fit the new boiler", null, List.of(resources));
  }

  private void project(String streamId, DomainEvent... events) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (DomainEvent event : events) {
      var type = EventTypes.of(event.getClass());
      int version = versions.merge(streamId, 1, Integer::sum);
      envelopes.add(new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", versions.size() * 100 + version),
          type.name(), type.schemaVersion(), TenantId.of(ACME), type.streamType(), streamId, version,
          AT.plusSeconds(version), "c", "c", "c", new Actor(UserId.of(OWNER), List.of(Role.OWNER)),
          EventCodec.standard().encode(event)));
    }
    history.append(envelopes);
    assertThat(projector.project(envelopes).allApplied()).isTrue();
  }

  /** Reserves the booking on its member's and its busy resources' days, and books it. */
  private void booked(AppointmentId id, Booking booking) {
    for (LocalDate day : booking.days()) {
      for (UserId member : booking.members()) {
        project(DiaryEvents.scheduleId(member, day), new TimeReserved(id, 1, member, day, booking, null, AT));
      }
      for (BookedResource r : booking.resourceList()) {
        if (r.busy()) {
          project(DiaryEvents.scheduleId(r.resourceId(), day),
              new TimeReserved(id, 1, null, r.resourceId(), day, booking, null, AT));
        }
      }
    }
    project(id.toString(), new AppointmentBooked(id, booking, null, UserId.of(OWNER)));
  }

  private Answer as(String user, String groups, String... query) {
    var call = get("GET /diary", "/diary").as(ACME, user, groups);
    for (String pair : query) {
      call = call.query(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return api.send(call);
  }

  private void aWeekOfTheVans() {
    booked(MONDAY, booking("2026-12-07T09:00", "2026-12-07T11:30", SAM, VAN_BOOKED, LADDER_BOOKED));
    booked(TUESDAY, booking("2026-12-08T13:00", "2026-12-08T15:00", PRIYA, VAN_BOOKED));
    booked(WITHOUT_VAN, booking("2026-12-09T09:00", "2026-12-09T10:00", SAM, LADDER_BOOKED));
  }

  @Test
  void an_owner_reads_the_vans_week_with_who_it_goes_with_and_the_answer_names_the_resource() {
    aWeekOfTheVans();

    Answer answer = as(OWNER, "[owner]", "resource=" + VAN, "from=2026-12-07", "to=2026-12-13");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("resource").asText()).isEqualTo(VAN.toString());
    assertThat(answer.json().has("member")).isFalse();
    JsonNode appointments = answer.json().get("appointments");
    assertThat(appointments).extracting(a -> a.get("appointmentId").asText())
        .containsExactly(MONDAY.toString(), TUESDAY.toString());
    assertThat(appointments.get(0).at("/members/0").asText()).isEqualTo(SAM.value());
    assertThat(appointments.get(1).at("/members/0").asText()).isEqualTo(PRIYA.value());
  }

  @Test
  void a_van_moved_to_another_day_shows_only_on_its_new_day() {
    Booking before = booking("2026-12-07T09:00", "2026-12-07T11:30", SAM, VAN_BOOKED);
    booked(MONDAY, before);
    Booking after = booking("2026-12-10T09:00", "2026-12-10T11:30", SAM, VAN_BOOKED);
    LocalDate thursday = LocalDate.parse("2026-12-10");
    LocalDate monday = LocalDate.parse("2026-12-07");
    project(DiaryEvents.scheduleId(VAN, thursday), new TimeReserved(MONDAY, 2, null, VAN, thursday, after, null, AT));
    project(MONDAY.toString(), new AppointmentMoved(MONDAY, 2, after, before, null, UserId.of(OWNER)));
    project(DiaryEvents.scheduleId(VAN, monday), new TimeReleased(MONDAY, 1, null, VAN, monday, AT));

    JsonNode appointments = as(OWNER, "[owner]", "resource=" + VAN, "from=2026-12-07", "to=2026-12-13").json()
        .get("appointments");

    assertThat(appointments).hasSize(1);
    assertThat(appointments.get(0).get("start").asText()).isEqualTo("2026-12-10T09:00");
  }

  @Test
  void a_ladder_that_is_not_busy_has_no_schedule_so_its_week_is_empty_though_its_visits_name_it() {
    aWeekOfTheVans();

    Answer ladder = as(OWNER, "[owner]", "resource=" + LADDER, "from=2026-12-07", "to=2026-12-13");

    assertThat(ladder.status()).isEqualTo(200);
    assertThat(ladder.json().get("appointments")).isEmpty();
  }

  @Test
  void sams_own_week_shows_the_van_and_ladder_booked_with_him() {
    aWeekOfTheVans();

    Answer mine = as(SAM.value(), "[staff]", "from=2026-12-07", "to=2026-12-13");

    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    JsonNode monday = mine.json().at("/appointments/0");
    assertThat(monday.at("/resources/0/name").asText()).isEqualTo("Transit van");
    assertThat(monday.at("/resources/0/kind").asText()).isEqualTo("vehicle");
    assertThat(monday.at("/resources/0/registration").asText()).isEqualTo("AB12CDE");
    assertThat(monday.at("/resources/1/name").asText()).isEqualTo("Ladder");
    assertThat(monday.at("/resources/1").has("registration")).isFalse();
    assertThat(mine.json().at("/appointments/1").has("resources")).isTrue();
  }

  @Test
  void staff_may_not_read_a_resources_week_and_naming_a_member_and_a_resource_or_a_bad_id_is_400() {
    aWeekOfTheVans();

    Answer staff = as(SAM.value(), "[staff]", "resource=" + VAN);
    Answer both = as(OWNER, "[owner]", "resource=" + VAN, "member=" + SAM);
    Answer bad = as(OWNER, "[owner]", "resource=van");

    assertThat(staff.status()).isEqualTo(403);
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.json().at("/errors/0/field").asText()).startsWith("resource");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/field").asText()).startsWith("resource");
  }

  @Test
  void another_business_reading_acmes_van_sees_an_empty_week() {
    aWeekOfTheVans();

    Answer other = api.send(get("GET /diary", "/diary").as("t-brightside", OWNER, "[owner]")
        .query("resource", VAN.toString()).query("from", "2026-12-07").query("to", "2026-12-13"));

    assertThat(other.status()).isEqualTo(200);
    assertThat(other.json().get("appointments")).isEmpty();
  }
}

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
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.diary.AppointmentReadSide;
import app.jobmate.projections.diary.DiaryReadSide;
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

/** {@code GET /diary} on real HTTP API events, over the diary days and appointments projected from diary events. */
class DiaryQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  private static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");
  private static final AppointmentId VISIT = AppointmentId.of("0193b2a0-4444-7abc-8def-000000000001");
  private static final AppointmentId OVERNIGHT = AppointmentId.of("0193b2a0-4444-7abc-8def-000000000002");
  private static final AppointmentId PENDING = AppointmentId.of("0193b2a0-4444-7abc-8def-000000000003");
  private static final AppointmentId CANCELLED = AppointmentId.of("0193b2a0-4444-7abc-8def-000000000004");
  private static final Instant AT = Instant.parse("2026-12-06T15:00:00Z");

  private final InMemoryReadModels readModels = new InMemoryReadModels();
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

  private static Booking booking(String start, String end, UserId... members) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    return new Booking(AppointmentKind.JOB_VISIT, from, to, from.atZone(Booking.LONDON).toInstant(),
        to.atZone(Booking.LONDON).toInstant(), List.of(members), JobId.of("0193b2a0-3333-7abc-8def-0123456789ab"),
        "Fit the new boiler", "Side gate");
  }

  private void project(String tenant, String streamId, DomainEvent... events) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (DomainEvent event : events) {
      var type = EventTypes.of(event.getClass());
      int version = versions.merge(tenant + streamId, 1, Integer::sum);
      envelopes.add(new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", versions.size() * 100 + version),
          type.name(), type.schemaVersion(), TenantId.of(tenant), type.streamType(), streamId, version,
          AT.plusSeconds(version), "c", "c", "c", new Actor(UserId.of(OWNER), List.of(Role.OWNER)),
          EventCodec.standard().encode(event)));
    }
    history.append(envelopes);
    assertThat(projector.project(envelopes).allApplied()).isTrue();
  }

  /** Reserves the booking on each of its members' days and, unless {@code pending}, books it. */
  private void booked(String tenant, AppointmentId id, Booking booking, ClashOverride override, boolean pending) {
    for (UserId member : booking.members()) {
      for (LocalDate day : booking.days()) {
        project(tenant, DiaryEvents.scheduleId(member, day), new TimeReserved(id, 1, member, day, booking, override, AT));
      }
    }
    if (!pending) {
      project(tenant, id.toString(), new AppointmentBooked(id, booking, override, UserId.of(OWNER)));
    }
  }

  private Answer as(String tenant, String user, String groups, String... query) {
    var call = get("GET /diary", "/diary").as(tenant, user, groups);
    for (String pair : query) {
      call = call.query(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return api.send(call);
  }

  private void aWeekOfSams() {
    booked(ACME, VISIT, booking("2026-12-07T09:00", "2026-12-07T11:30", SAM, PRIYA),
        new ClashOverride("Customer only free then", List.of(PENDING)), false);
    booked(ACME, OVERNIGHT, booking("2026-12-08T22:00", "2026-12-09T02:00", SAM), null, false);
    booked(ACME, PENDING, booking("2026-12-07T10:00", "2026-12-07T11:00", SAM), null, true);
    Booking cancelled = booking("2026-12-10T09:00", "2026-12-10T10:00", SAM);
    booked(ACME, CANCELLED, cancelled, null, false);
    project(ACME, CANCELLED.toString(), new AppointmentCancelled(CANCELLED, cancelled, AT, null, UserId.of(OWNER)));
    project(ACME, DiaryEvents.scheduleId(SAM, LocalDate.parse("2026-12-10")),
        new TimeReleased(CANCELLED, null, SAM, LocalDate.parse("2026-12-10"), AT));
  }

  @Test
  void a_week_view_lists_the_booked_appointments_once_each_with_local_times_and_instants() {
    aWeekOfSams();

    Answer answer = as(ACME, OWNER, "[owner]", "member=" + SAM, "from=2026-12-07", "to=2026-12-13");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode appointments = answer.json().get("appointments");
    assertThat(appointments).extracting(a -> a.get("appointmentId").asText())
        .containsExactly(VISIT.toString(), OVERNIGHT.toString());
    JsonNode visit = appointments.get(0);
    assertThat(visit.get("start").asText()).isEqualTo("2026-12-07T09:00");
    assertThat(visit.get("startsAt").asText()).isEqualTo("2026-12-07T09:00:00Z");
    assertThat(visit.get("members")).hasSize(2);
    assertThat(visit.at("/override/reason").asText()).isEqualTo("Customer only free then");
    assertThat(visit.at("/override/clashes/0").asText()).isEqualTo(PENDING.toString());
  }

  @Test
  void a_visit_being_moved_shows_at_its_old_time_until_the_move_is_recorded_and_then_only_at_its_new_time() {
    Booking before = booking("2026-12-07T09:00", "2026-12-07T11:00", SAM);
    Booking after = before.movedTo(LocalDateTime.parse("2026-12-07T10:00"), LocalDateTime.parse("2026-12-07T12:00"),
        Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T12:00:00Z"), List.of(SAM));
    LocalDate monday = LocalDate.parse("2026-12-07");
    String day = DiaryEvents.scheduleId(SAM, monday);
    booked(ACME, VISIT, before, null, false);
    project(ACME, day, new TimeReserved(VISIT, 2, SAM, monday, after, null, AT));

    Answer moving = as(ACME, OWNER, "[owner]", "member=" + SAM, "from=2026-12-07");
    project(ACME, VISIT.toString(), new AppointmentMoved(VISIT, 2, after, before, null, UserId.of(OWNER)));
    Answer moved = as(ACME, OWNER, "[owner]", "member=" + SAM, "from=2026-12-07");
    project(ACME, day, new TimeReleased(VISIT, 1, SAM, monday, AT));
    Answer released = as(ACME, OWNER, "[owner]", "member=" + SAM, "from=2026-12-07");

    assertThat(moving.json().get("appointments")).singleElement()
        .satisfies(a -> assertThat(a.get("start").asText()).isEqualTo("2026-12-07T09:00"));
    for (Answer now : List.of(moved, released)) {
      assertThat(now.json().get("appointments")).singleElement().satisfies(a -> {
        assertThat(a.get("start").asText()).isEqualTo("2026-12-07T10:00");
        assertThat(a.get("revision").asInt()).isEqualTo(2);
      });
    }
  }

  @Test
  void a_day_view_of_the_day_after_an_overnight_visit_shows_it_and_a_summer_visit_is_an_hour_behind_in_utc() {
    aWeekOfSams();
    booked(ACME, AppointmentId.of("0193b2a0-4444-7abc-8def-000000000005"),
        booking("2027-07-01T09:00", "2027-07-01T10:00", SAM), null, false);

    Answer wednesday = as(ACME, OWNER, "[admin]", "member=" + SAM, "from=2026-12-09");
    Answer july = as(ACME, OWNER, "[admin]", "member=" + SAM, "from=2027-07-01", "to=2027-07-01");

    assertThat(wednesday.json().get("appointments")).extracting(a -> a.get("appointmentId").asText())
        .containsExactly(OVERNIGHT.toString());
    assertThat(july.json().at("/appointments/0/start").asText()).isEqualTo("2027-07-01T09:00");
    assertThat(july.json().at("/appointments/0/startsAt").asText()).isEqualTo("2027-07-01T08:00:00Z");
  }

  @Test
  void staff_read_their_own_diary_without_naming_themselves_and_never_anyone_elses() {
    aWeekOfSams();

    Answer mine = as(ACME, SAM.value(), "[staff]", "from=2026-12-07", "to=2026-12-07");
    Answer priyas = as(ACME, SAM.value(), "[staff]", "member=" + PRIYA, "from=2026-12-07");

    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().get("member").asText()).isEqualTo(SAM.value());
    assertThat(mine.json().get("appointments")).hasSize(1);
    assertThat(priyas.status()).isEqualTo(403);
  }

  @Test
  void no_answer_carries_a_price_or_an_amount() {
    aWeekOfSams();

    String body = as(ACME, SAM.value(), "[staff]", "from=2026-12-07", "to=2026-12-13").body();

    assertThat(body).doesNotContainIgnoringCase("price").doesNotContainIgnoringCase("value")
        .doesNotContainIgnoringCase("amount").doesNotContainIgnoringCase("pence");
  }

  @Test
  void another_business_sees_nothing_of_acmes_diary() {
    aWeekOfSams();

    Answer answer = as("t-brightside", OWNER, "[owner]", "member=" + SAM, "from=2026-12-07", "to=2026-12-13");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("appointments")).isEmpty();
  }

  @Test
  void a_window_longer_than_31_days_or_backwards_or_a_bad_date_is_400_naming_the_parameter() {
    Answer tooLong = as(ACME, OWNER, "[owner]", "from=2026-12-01", "to=2027-01-01");
    Answer backwards = as(ACME, OWNER, "[owner]", "from=2026-12-07", "to=2026-12-06");
    Answer bad = as(ACME, OWNER, "[owner]", "from=07/12/2026");
    Answer unknown = as(ACME, OWNER, "[owner]", "staff=" + SAM);
    Answer month = as(ACME, OWNER, "[owner]", "from=2026-12-01", "to=2026-12-31");

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().at("/errors/0/field").asText()).contains("to");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/field").asText()).contains("from");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(month.status()).isEqualTo(200);
  }
}

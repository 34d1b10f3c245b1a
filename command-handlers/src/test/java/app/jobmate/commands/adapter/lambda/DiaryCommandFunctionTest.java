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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The diary's commands ({@code POST /appointments}, move, cancel) on real HTTP API events, with the in-memory event store behind. */
class DiaryCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final String BEN = "e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b";
  private static final String BOOK = "POST /appointments";
  private static final String CANCEL = "POST /appointments/{appointmentId}/cancel";
  private static final String MOVE = "POST /appointments/{appointmentId}/move";

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryTeamDirectory team = new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(SAM), UserId.of(PRIYA))
      .with(TenantId.of("t-brightside"), UserId.of(BEN));
  private final HttpApiCalls api = new HttpApiCalls(new DiaryCommandFunction(store, team,
      Clock.fixed(Instant.parse("2026-12-06T15:00:00Z"), ZoneOffset.UTC)));

  private static String id() {
    return "0193b2a0-" + UUID.randomUUID().toString().substring(9, 14) + "7abc-8def-0123456789ab";
  }

  private static String visit(String id, String start, String end, String... members) {
    return """
        {"appointmentId": "%s", "kind": "job-visit", "start": "%s", "end": "%s", "members": ["%s"],
         "title": "Fit the new boiler", "notes": "Side gate"}""".formatted(id, start, end, String.join("\", \"", members));
  }

  private Answer as(String tenant, String user, String groups, String route, String path, String body) {
    return api.send(call(route, path).as(tenant, user, groups).body(body));
  }

  private Answer book(String body) {
    return as(ACME, OWNER, "[owner]", BOOK, "/appointments", body);
  }

  private List<EventEnvelope> stored(String tenant, String type, String streamId) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(new StreamId(TenantId.of(tenant), type, streamId)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  @Test
  void an_owner_books_a_visit_for_two_and_it_is_created_with_its_local_times_and_instants() {
    String id = id();

    Answer answer = book(visit(id, "2026-12-07T09:00", "2026-12-07T11:30", SAM, PRIYA));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo("/appointments/" + id);
    JsonNode booked = stored(ACME, "appointment", id).getFirst().data();
    assertThat(booked.at("/booking/start").asText()).startsWith("2026-12-07T09:00");
    assertThat(booked.at("/booking/startsAt").asText()).isEqualTo("2026-12-07T09:00:00Z");
    assertThat(booked.at("/booking/members").size()).isEqualTo(2);
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-07")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved");
  }

  @Test
  void a_summer_booking_is_an_hour_earlier_in_utc() {
    String id = id();

    Answer answer = book(visit(id, "2027-07-01T09:00", "2027-07-01T10:00", SAM));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(stored(ACME, "appointment", id).getFirst().data().at("/booking/startsAt").asText())
        .isEqualTo("2027-07-01T08:00:00Z");
  }

  @Test
  void on_the_last_sunday_of_march_0130_does_not_exist_and_is_refused_naming_the_field() {
    Answer start = book(visit(id(), "2027-03-28T01:30", "2027-03-28T03:00", SAM));
    Answer end = book(visit(id(), "2027-03-28T00:30", "2027-03-28T01:15", SAM));
    Answer after = book(visit(id(), "2027-03-28T00:30", "2027-03-28T02:00", SAM));

    assertThat(start.status()).as(start.body()).isEqualTo(422);
    assertThat(start.json().get("code").asText()).isEqualTo("appointment.time-does-not-exist");
    assertThat(start.json().at("/errors/0/field").asText()).isEqualTo("start");
    assertThat(end.status()).isEqualTo(422);
    assertThat(end.json().at("/errors/0/field").asText()).isEqualTo("end");
    // 00:30 GMT to 02:00 BST is half an hour
    assertThat(after.status()).as(after.body()).isEqualTo(201);
    assertThat(stored(ACME, "schedule", SAM + "-2027-03-28").getFirst().data().at("/booking/endsAt").asText())
        .isEqualTo("2027-03-28T01:00:00Z");
  }

  @Test
  void on_the_last_sunday_of_october_0130_happens_twice_and_is_the_first_in_summer_time() {
    String id = id();

    Answer answer = book(visit(id, "2027-10-31T01:30", "2027-10-31T02:30", SAM));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    JsonNode booking = stored(ACME, "appointment", id).getFirst().data().get("booking");
    // 01:30 BST is 00:30 UTC; 02:30 GMT is 02:30 UTC: two hours long
    assertThat(booking.get("startsAt").asText()).isEqualTo("2027-10-31T00:30:00Z");
    assertThat(booking.get("endsAt").asText()).isEqualTo("2027-10-31T02:30:00Z");
  }

  @Test
  void a_clash_is_409_problem_json_naming_who_when_and_which_appointment() {
    String first = id();
    book(visit(first, "2026-12-07T09:00", "2026-12-07T11:00", PRIYA));

    Answer answer = book(visit(id(), "2026-12-07T10:30", "2026-12-07T12:00", SAM, PRIYA));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.header("content-type")).startsWith("application/problem+json");
    assertThat(answer.json().get("code").asText()).isEqualTo("appointment.clash");
    assertThat(answer.json().get("detail").asText()).contains(PRIYA).contains(first).contains("09:00 to 11:00");
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-07")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved", "TimeReleased");
  }

  @Test
  void an_owner_overrides_a_clash_with_a_reason() {
    String first = id();
    book(visit(first, "2026-12-07T09:00", "2026-12-07T11:00", SAM));
    String second = id();

    Answer answer = book(visit(second, "2026-12-07T10:00", "2026-12-07T10:30", SAM)
        .replace("}", ", \"override\": {\"reason\": \"Burst pipe\"}}"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    JsonNode booked = stored(ACME, "appointment", second).getFirst().data();
    assertThat(booked.at("/override/reason").asText()).isEqualTo("Burst pipe");
    assertThat(booked.at("/override/clashes/0").asText()).isEqualTo(first);
  }

  @Test
  void every_invalid_field_is_named_in_one_400() {
    Answer answer = book("""
        {"appointmentId": "not-an-id", "kind": "party", "start": "2026-12-07 09:00", "end": "2026-02-30T10:00",
         "members": [], "title": "", "colour": "red"}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
        .contains("appointmentId", "kind", "start", "end", "members", "title", "colour");
  }

  @Test
  void an_end_before_the_start_or_more_than_fourteen_days_after_it_is_400_naming_end() {
    Answer backwards = book(visit(id(), "2026-12-07T09:00", "2026-12-07T08:00", SAM));
    Answer tooLong = book(visit(id(), "2026-12-07T09:00", "2026-12-21T09:01", SAM));
    Answer fourteenDays = book(visit(id(), "2026-12-07T09:00", "2026-12-21T09:00", SAM));

    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().at("/errors/0/field").asText()).isEqualTo("end");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(fourteenDays.status()).as(fourteenDays.body()).isEqualTo(201);
  }

  @Test
  void a_member_of_another_business_is_422_naming_members_and_nothing_is_written() {
    String id = id();

    Answer answer = book(visit(id, "2026-12-07T09:00", "2026-12-07T10:00", SAM, BEN));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("code").asText()).isEqualTo("appointment.member-not-in-team");
    assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("members");
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-07")).isEmpty();
  }

  @Test
  void staff_block_their_own_time_but_may_not_book_a_visit() {
    Answer block = as(ACME, SAM, "[staff]", BOOK, "/appointments", """
        {"appointmentId": "%s", "kind": "blocked", "start": "2026-12-08T13:00", "end": "2026-12-08T14:00",
         "members": ["%s"], "title": "Dentist"}""".formatted(id(), SAM));
    Answer visit = as(ACME, SAM, "[staff]", BOOK, "/appointments", visit(id(), "2026-12-09T09:00", "2026-12-09T10:00",
        SAM));

    assertThat(block.status()).as(block.body()).isEqualTo(201);
    assertThat(visit.status()).isEqualTo(403);
    assertThat(visit.json().get("code").asText()).isEqualTo("appointment.staff-own-blocks-only");
  }

  @Test
  void cancelling_releases_the_time_and_another_business_cannot_see_the_appointment() {
    String id = id();
    book(visit(id, "2026-12-07T09:00", "2026-12-07T10:00", SAM));

    Answer other = as("t-brightside", BEN, "[owner]", CANCEL, "/appointments/" + id + "/cancel", "{}");
    Answer cancelled = as(ACME, OWNER, "[owner]", CANCEL, "/appointments/" + id + "/cancel",
        "{\"reason\": \"Customer away\"}");

    assertThat(other.status()).isEqualTo(404);
    assertThat(stored("t-brightside", "appointment", id)).isEmpty();
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-07")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved", "TimeReleased");
  }

  @Test
  void the_same_idempotency_key_sent_again_replays_the_booking() {
    String body = visit(id(), "2026-12-07T09:00", "2026-12-07T10:00", SAM);

    Answer first = api.send(call(BOOK, "/appointments").as(ACME, OWNER, "[owner]").body(body)
        .header("idempotency-key", "book-sam-monday"));
    Answer again = api.send(call(BOOK, "/appointments").as(ACME, OWNER, "[owner]").body(body)
        .header("idempotency-key", "book-sam-monday"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("idempotent-replayed")).isEqualTo("true");
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-07")).hasSize(1);
  }

  private Answer move(String tenant, String user, String groups, String id, String body) {
    return as(tenant, user, groups, MOVE, "/appointments/" + id + "/move", body);
  }

  @Test
  void an_owner_moves_a_visit_to_another_day_and_gives_it_to_someone_else_in_one_request() {
    String id = id();
    book(visit(id, "2026-12-07T09:00", "2026-12-07T11:00", SAM));

    Answer moved = move(ACME, OWNER, "[owner]", id, """
        {"start": "2026-12-08T13:00", "end": "2026-12-08T15:00", "members": ["%s"], "expectedVersion": 1}"""
        .formatted(PRIYA));

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("version").asLong()).isEqualTo(2);
    JsonNode event = stored(ACME, "appointment", id).getLast().data();
    assertThat(event.get("revision").asInt()).isEqualTo(2);
    assertThat(event.at("/booking/startsAt").asText()).isEqualTo("2026-12-08T13:00:00Z");
    assertThat(event.at("/previous/members/0").asText()).isEqualTo(SAM);
    assertThat(event.at("/booking/title").asText()).isEqualTo("Fit the new boiler");
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-07")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved", "TimeReleased");
    assertThat(stored(ACME, "schedule", PRIYA + "-2026-12-08")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved");
  }

  @Test
  void a_move_onto_a_clash_is_409_and_a_stale_expected_version_is_409_with_nothing_left_reserved() {
    String id = id();
    String other = id();
    book(visit(id, "2026-12-07T09:00", "2026-12-07T11:00", SAM));
    book(visit(other, "2026-12-08T09:00", "2026-12-08T11:00", SAM));

    Answer clash = move(ACME, OWNER, "[owner]", id, """
        {"start": "2026-12-08T10:00", "end": "2026-12-08T12:00", "members": ["%s"]}""".formatted(SAM));
    Answer stale = move(ACME, OWNER, "[owner]", id, """
        {"start": "2026-12-09T10:00", "end": "2026-12-09T12:00", "members": ["%s"], "expectedVersion": 7}"""
        .formatted(SAM));

    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.json().get("code").asText()).isEqualTo("appointment.clash");
    assertThat(clash.json().get("detail").asText()).contains(other);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("code").asText()).isEqualTo("command.stale-version");
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-09")).isEmpty();
    assertThat(stored(ACME, "appointment", id)).hasSize(1);
  }

  @Test
  void every_invalid_field_of_a_move_is_named_in_one_400_and_a_skipped_time_is_422() {
    String id = id();
    book(visit(id, "2026-12-07T09:00", "2026-12-07T11:00", SAM));

    Answer invalid = move(ACME, OWNER, "[owner]", id, """
        {"start": "tomorrow", "end": "2026-12-07T08:00", "members": [], "title": "New title"}""");
    Answer skipped = move(ACME, OWNER, "[owner]", id, """
        {"start": "2027-03-28T01:30", "end": "2027-03-28T03:00", "members": ["%s"]}""".formatted(SAM));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
        .contains("start", "members", "title");
    assertThat(skipped.status()).isEqualTo(422);
    assertThat(skipped.json().at("/errors/0/field").asText()).isEqualTo("start");
  }

  @Test
  void another_business_cannot_move_the_appointment_and_a_cancelled_one_cannot_be_moved() {
    String id = id();
    book(visit(id, "2026-12-07T09:00", "2026-12-07T10:00", SAM));
    String body = """
        {"start": "2026-12-09T10:00", "end": "2026-12-09T12:00", "members": ["%s"]}""".formatted(SAM);

    Answer other = move("t-brightside", BEN, "[owner]", id, body.replace(SAM, BEN));
    as(ACME, OWNER, "[owner]", CANCEL, "/appointments/" + id + "/cancel", "{}");
    Answer cancelled = move(ACME, OWNER, "[owner]", id, body);

    assertThat(other.status()).isEqualTo(404);
    assertThat(stored("t-brightside", "appointment", id)).isEmpty();
    assertThat(stored("t-brightside", "schedule", BEN + "-2026-12-09")).isEmpty();
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(cancelled.json().get("code").asText()).isEqualTo("appointment.cancelled");
    assertThat(stored(ACME, "schedule", SAM + "-2026-12-09")).isEmpty();
  }

  @Test
  void staff_move_their_own_block_but_not_a_visit_they_are_on() {
    String visit = id();
    book(visit(visit, "2026-12-07T09:00", "2026-12-07T10:00", SAM));
    String block = id();
    as(ACME, SAM, "[staff]", BOOK, "/appointments", """
        {"appointmentId": "%s", "kind": "blocked", "start": "2026-12-08T13:00", "end": "2026-12-08T14:00",
         "members": ["%s"], "title": "Dentist"}""".formatted(block, SAM));
    String later = """
        {"start": "2026-12-08T15:00", "end": "2026-12-08T16:00", "members": ["%s"]}""".formatted(SAM);

    Answer ownBlock = move(ACME, SAM, "[staff]", block, later);
    Answer aVisit = move(ACME, SAM, "[staff]", visit, later);

    assertThat(ownBlock.status()).as(ownBlock.body()).isEqualTo(200);
    assertThat(aVisit.status()).isEqualTo(403);
    assertThat(aVisit.json().get("code").asText()).isEqualTo("appointment.staff-own-blocks-only");
  }
}

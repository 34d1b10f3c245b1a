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

/** {@code POST /appointment-series} on real HTTP API events, with the in-memory event store behind. */
class SeriesCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String SCHEDULE = "POST /appointment-series";

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryTeamDirectory team = new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(SAM));
  private final HttpApiCalls api = new HttpApiCalls(new SeriesCommandFunction(store, team,
      Clock.fixed(Instant.parse("2026-12-06T15:00:00Z"), ZoneOffset.UTC)));

  private static String id() {
    return "0193b2a0-" + UUID.randomUUID().toString().substring(9, 14) + "7abc-8def-0123456789ab";
  }

  private static String series(String id, String kind, String member, String rule) {
    return """
        {"seriesId": "%s", "kind": "%s", "members": ["%s"], "title": "Gym", "rule": %s}""".formatted(id, kind, member, rule);
  }

  private static final String MONDAYS = """
      {"frequency": "weekly", "every": 1, "weekdays": ["monday"], "from": "2026-12-07", "startTime": "09:00", "minutes": 60}""";

  private Answer as(String user, String groups, String body) {
    return api.send(call(SCHEDULE, "/appointment-series").as(ACME, user, groups).body(body));
  }

  private List<EventEnvelope> stored(String type, String streamId) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(new StreamId(TenantId.of(ACME), type, streamId)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  @Test
  void an_owner_sets_up_a_weekly_series_and_is_told_which_mondays_are_booked_to_twelve_weeks_ahead() {
    String id = id();

    Answer answer = as(OWNER, "[owner]", series(id, "meeting", SAM, MONDAYS));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("location")).isEqualTo("/appointment-series/" + id);
    assertThat(answer.json().get("booked")).hasSize(12);
    assertThat(answer.json().at("/booked/0").asText()).isEqualTo("2026-12-07");
    assertThat(answer.json().get("clashed")).isEmpty();
    assertThat(stored("series", id)).extracting(EventEnvelope::eventType)
        .containsExactly("SeriesScheduled", "SeriesOccurrencesBooked");
    assertThat(stored("schedule", SAM + "-2026-12-07")).extracting(EventEnvelope::eventType).containsExactly("TimeReserved");
  }

  @Test
  void an_owner_ends_a_series_from_a_day_and_its_occurrences_from_then_are_cancelled_a_past_day_named() {
    String id = id();
    as(OWNER, "[owner]", series(id, "meeting", SAM, MONDAYS));
    String path = "/appointment-series/" + id + "/end";

    Answer ended = api.send(call("POST /appointment-series/{seriesId}/end", path)
        .as(ACME, OWNER, "[owner]").body("{\"from\": \"2027-02-15\", \"reason\": \"Moved to Tuesdays\"}"));
    Answer past = api.send(call("POST /appointment-series/{seriesId}/end", path)
        .as(ACME, OWNER, "[owner]").body("{\"from\": \"2026-12-01\", \"colour\": \"red\"}"));
    Answer yesterday = api.send(call("POST /appointment-series/{seriesId}/end", path)
        .as(ACME, OWNER, "[owner]").body("{\"from\": \"2026-12-05\"}"));

    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().get("cancelled")).extracting(JsonNode::asText).containsExactly("2027-02-15", "2027-02-22");
    assertThat(stored("series", id)).extracting(EventEnvelope::eventType).last().isEqualTo("SeriesEnded");
    assertThat(stored("schedule", SAM + "-2027-02-15")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved", "TimeReleased");
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("colour");
    assertThat(yesterday.status()).isEqualTo(422);
    assertThat(yesterday.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("from");
  }

  @Test
  void staff_set_up_a_series_of_blocked_time_for_themselves_but_not_a_meeting() {
    Answer block = as(SAM, "[staff]", series(id(), "blocked", SAM, MONDAYS));
    Answer meeting = as(SAM, "[staff]", series(id(), "meeting", SAM, MONDAYS));

    assertThat(block.status()).as(block.body()).isEqualTo(201);
    assertThat(meeting.status()).as(meeting.body()).isEqualTo(403);
    assertThat(meeting.json().get("code").asText()).isEqualTo("appointment.staff-own-blocks-only");
  }

  @Test
  void every_invalid_field_of_the_rule_is_named_at_its_path_and_nothing_is_written() {
    String id = id();
    Answer answer = as(OWNER, "[owner]", series(id, "meeting", SAM, """
        {"frequency": "weekly", "every": 0, "dayOfMonth": 3, "from": "2026-13-01", "startTime": "9am", "minutes": 0,
         "colour": "red"}"""));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("rule.every", "rule.from", "rule.startTime", "rule.minutes", "rule.colour");
    assertThat(stored("series", id)).isEmpty();
  }

  @Test
  void a_series_id_that_is_not_a_uuid_v7_is_refused() {
    Answer answer = as(OWNER, "[owner]", series("0193b2a0-1111-4abc-8def-0123456789ab", "meeting", SAM, MONDAYS));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("seriesId");
  }

  @Test
  void a_monthly_series_on_both_a_date_and_a_weekday_is_refused_naming_the_rule() {
    Answer answer = as(OWNER, "[owner]", series(id(), "meeting", SAM, """
        {"frequency": "monthly", "every": 1, "dayOfMonth": 31, "week": "last", "weekday": "friday",
         "from": "2026-12-07", "startTime": "09:00", "minutes": 60}"""));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("rule.dayOfMonth");
  }
}

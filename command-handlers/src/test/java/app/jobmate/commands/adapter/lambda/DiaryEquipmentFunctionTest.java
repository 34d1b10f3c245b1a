package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.resources.ResourceCommand.AddResource;
import app.jobmate.commands.resources.ResourceCommand.RetireResource;
import app.jobmate.commands.resources.ResourceService;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
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
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Booking and moving with equipment and vehicles ({@code resources}) on real HTTP API events. */
class DiaryEquipmentFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final String VAN = "0193b2a0-6666-7abc-8def-000000000001";
  private static final String LADDER = "0193b2a0-6666-7abc-8def-000000000002";
  private static final String OLD_VAN = "0193b2a0-6666-7abc-8def-000000000003";
  private static final String BOOK = "POST /appointments";
  private static final String MOVE = "POST /appointments/{appointmentId}/move";
  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final HttpApiCalls api = new HttpApiCalls(new DiaryCommandFunction(store, new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(SAM), UserId.of(PRIYA)),
      Clock.fixed(NOW, ZoneOffset.UTC)));

  DiaryEquipmentFunctionTest() {
    Actor owner = new Actor(UserId.of(OWNER), List.of(Role.OWNER));
    ResourceService resources = new ResourceService(new CommandService(store));
    resources.handle(TenantId.of(ACME), new AddResource(ResourceId.of(VAN), ResourceKind.VEHICLE,
        new ResourceDetails("Transit van", Registration.of("AB12CDE"), null, null, null, true), owner), context(owner));
    resources.handle(TenantId.of(ACME), new AddResource(ResourceId.of(LADDER), ResourceKind.EQUIPMENT,
        new ResourceDetails("Ladder", null, null, null, null, false), owner), context(owner));
    resources.handle(TenantId.of(ACME), new AddResource(ResourceId.of(OLD_VAN), ResourceKind.VEHICLE,
        new ResourceDetails("Old van", null, null, null, null, true), owner), context(owner));
    resources.handle(TenantId.of(ACME), new RetireResource(ResourceId.of(OLD_VAN), owner), context(owner));
  }

  private static CommandContext context(Actor actor) {
    String key = UUID.randomUUID().toString();
    return new CommandContext(key, "sha256:" + key, actor, null, null, NOW, OptionalLong.empty());
  }

  private static String id() {
    return "0193b2a0-" + UUID.randomUUID().toString().substring(9, 14) + "7abc-8def-0123456789ab";
  }

  private static String visit(String id, String start, String end, String member, String resources) {
    return """
        {"appointmentId": "%s", "kind": "job-visit", "start": "%s", "end": "%s", "members": ["%s"],
         "title": "Fit the new boiler", "resources": %s}""".formatted(id, start, end, member, resources);
  }

  private Answer book(String body) {
    return api.send(call(BOOK, "/appointments").as(ACME, OWNER, "[owner]").body(body));
  }

  private List<EventEnvelope> stored(String type, String streamId) {
    List<EventEnvelope> events = new ArrayList<>();
    store.read(new StreamId(TenantId.of(ACME), type, streamId)).forEach(c -> events.addAll(c.events()));
    return events;
  }

  @Test
  void an_owner_books_a_visit_with_the_van_and_a_ladder_and_only_the_busy_van_is_reserved() {
    String id = id();

    Answer answer = book(visit(id, "2026-12-07T09:00", "2026-12-07T11:30", SAM, "[\"" + VAN + "\", \"" + LADDER + "\"]"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    JsonNode resources = stored("appointment", id).getFirst().data().at("/booking/resources");
    assertThat(resources.get(0).get("name").asText()).isEqualTo("Transit van");
    assertThat(resources.get(0).get("registration").asText()).isEqualTo("AB12CDE");
    assertThat(resources.get(0).get("busy").asBoolean()).isTrue();
    assertThat(resources.get(1).get("kind").asText()).isEqualTo("equipment");
    assertThat(stored("schedule", VAN + "-2026-12-07")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved");
    assertThat(stored("schedule", LADDER + "-2026-12-07")).isEmpty();
  }

  @Test
  void the_van_booked_again_for_overlapping_time_is_409_naming_the_van() {
    String first = id();
    book(visit(first, "2026-12-07T09:00", "2026-12-07T11:30", SAM, "[\"" + VAN + "\"]"));

    Answer answer = book(visit(id(), "2026-12-07T11:00", "2026-12-07T12:00", PRIYA, "[\"" + VAN + "\"]"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.json().get("code").asText()).isEqualTo("appointment.clash");
    assertThat(answer.json().get("detail").asText()).contains("Transit van").contains(VAN).contains(first);
    // the van's schedule comes first in the one order: Priya's time was never taken
    assertThat(stored("schedule", PRIYA + "-2026-12-07")).isEmpty();
  }

  @Test
  void a_retired_or_unknown_resource_is_422_naming_resources_and_a_malformed_list_is_400_naming_it() {
    Answer retired = book(visit(id(), "2026-12-07T09:00", "2026-12-07T10:00", SAM, "[\"" + OLD_VAN + "\"]"));
    Answer unknown = book(visit(id(), "2026-12-07T09:00", "2026-12-07T10:00", SAM,
        "[\"0193b2a0-6666-7abc-8def-0000000000ff\"]"));
    Answer twice = book(visit(id(), "2026-12-07T09:00", "2026-12-07T10:00", SAM, "[\"" + VAN + "\", \"" + VAN + "\"]"));
    Answer notAnId = book(visit(id(), "2026-12-07T09:00", "2026-12-07T10:00", SAM, "[\"van\"]"));

    assertThat(retired.status()).as(retired.body()).isEqualTo(422);
    assertThat(retired.json().get("code").asText()).isEqualTo("appointment.resource-retired");
    assertThat(retired.json().at("/errors/0/field").asText()).isEqualTo("resources");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().get("code").asText()).isEqualTo("appointment.resource-not-found");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().at("/errors/0/field").asText()).isEqualTo("resources");
    assertThat(notAnId.status()).isEqualTo(400);
    assertThat(notAnId.json().at("/errors/0/field").asText()).isEqualTo("resources");
    assertThat(stored("schedule", SAM + "-2026-12-07")).isEmpty();
  }

  @Test
  void a_move_keeps_the_van_unless_it_names_other_resources() {
    String id = id();
    book(visit(id, "2026-12-07T09:00", "2026-12-07T11:30", SAM, "[\"" + VAN + "\"]"));

    Answer kept = api.send(call(MOVE, "/appointments/" + id + "/move")
        .as(ACME, OWNER, "[owner]").body("""
            {"start": "2026-12-08T09:00", "end": "2026-12-08T11:30", "members": ["%s"]}""".formatted(SAM)));
    Answer dropped = api.send(call(MOVE, "/appointments/" + id + "/move")
        .as(ACME, OWNER, "[owner]").body("""
            {"start": "2026-12-08T09:00", "end": "2026-12-08T11:30", "members": ["%s"], "resources": []}"""
            .formatted(SAM)));

    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
    assertThat(stored("schedule", VAN + "-2026-12-07")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved", "TimeReleased");
    assertThat(stored("schedule", VAN + "-2026-12-08")).extracting(EventEnvelope::eventType)
        .containsExactly("TimeReserved", "TimeReleased");
  }
}

package app.jobmate.projections.resources.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceEvent.ResourceRetired;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.resources.ResourceReadSide;

import app.jobmate.projections.resources.adapter.mongodb.MongoResourceQueries;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.ResourceStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The equipment and vehicle queries on real MongoDB adapters (mongo-java-server), fed by the resource
 * projection: the list and its filters, a resource's page, and what staff see of them.
 */
class ResourceQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new ResourceReadSide().projections());
  private final HttpCalls api = new HttpCalls(new ResourceQueryFunction(readModels, new MongoResourceQueries(readModels),
      Duration.ofSeconds(5)));
  private ResourceStream van;
  private ResourceStream oldVan;

  private void project(List<EventEnvelope> commit) {
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  private ResourceStream added(String tenant, int n, ResourceKind kind, ResourceDetails details) {
    ResourceStream r = new ResourceStream(tenant, ResourceStream.id(n), START);
    project(List.of(r.append(new ResourceAdded(r.resourceId(), kind, details))));
    return r;
  }

  @BeforeEach
  void resources() {
    van = added(ACME, 1, ResourceKind.VEHICLE, new ResourceDetails("Transit van", Registration.of("AB12CDE"),
        LocalDate.of(2027, 3, 14), LocalDate.of(2027, 1, 31), "Key in the safe", true));
    added(ACME, 2, ResourceKind.EQUIPMENT, new ResourceDetails("Ladder tower", null, null, null, null, true));
    oldVan = added(ACME, 3, ResourceKind.VEHICLE, new ResourceDetails("Astra van", Registration.of("Y123ABC"), null,
        null, null, true));
    project(List.of(oldVan.append(new ResourceRetired(oldVan.resourceId()))));
    added("t-other", 4, ResourceKind.VEHICLE, new ResourceDetails("Their van", null, null, null, null, true));
  }

  private static List<String> names(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    answer.json().get("items").forEach(item -> names.add(item.get("name").asText()));
    return names;
  }

  private Answer as(String user, String groups, HttpCalls.Call call) {
    return api.send(call.as(ACME, user, groups));
  }

  @Test
  void owners_list_the_resources_in_use_by_name_with_their_dates() {
    Answer answer = as(OWNER, "[owner]", get("GET /resources", "/resources"));

    assertThat(names(answer)).containsExactly("Ladder tower", "Transit van");
    assertThat(answer.json().at("/items/1/registration").asText()).isEqualTo("AB12CDE");
    assertThat(answer.json().at("/items/1/motDue").asText()).isEqualTo("2027-03-14");
    assertThat(answer.json().get("truncated").asBoolean()).isFalse();
  }

  @Test
  void owners_filter_by_kind_and_ask_for_the_retired_ones_too() {
    Answer answer = as(OWNER, "[owner]", get("GET /resources", "/resources").query("kind", "vehicle")
        .query("includeRetired", "true"));

    assertThat(names(answer)).containsExactly("Astra van", "Transit van");
    assertThat(answer.json().at("/items/0/retired").asBoolean()).isTrue();
  }

  @Test
  void staff_see_names_kinds_and_busy_flags_only_and_never_the_retired_ones() {
    Answer list = as(SAM, "[staff]", get("GET /resources", "/resources"));
    Answer page = as(SAM, "[staff]", get("GET /resources/{resourceId}", "/resources/" + van.resourceId()));
    Answer retired = as(SAM, "[staff]", get("GET /resources/{resourceId}", "/resources/" + oldVan.resourceId()));
    Answer askingForRetired = as(SAM, "[staff]", get("GET /resources", "/resources").query("includeRetired", "true"));

    assertThat(names(list)).containsExactly("Ladder tower", "Transit van");
    assertThat(list.body()).doesNotContain("AB12CDE").doesNotContain("motDue").doesNotContain("retired");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().fieldNames()).toIterable()
        .containsExactlyInAnyOrder("resourceId", "kind", "name", "busy", "behind");
    assertThat(retired.status()).isEqualTo(404);
    assertThat(askingForRetired.status()).isEqualTo(403);
  }

  @Test
  void an_owner_reads_a_resource_s_page_whole() {
    Answer page = as(OWNER, "[owner]", get("GET /resources/{resourceId}", "/resources/" + van.resourceId()));

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().get("notes").asText()).isEqualTo("Key in the safe");
    assertThat(page.json().get("version").asLong()).isEqualTo(1);
    assertThat(page.json().get("kind").asText()).isEqualTo("vehicle");
  }

  @Test
  void another_tenant_s_resource_is_not_found() {
    String theirs = ResourceStream.id(4).toString();
    Answer answer = as(OWNER, "[owner]", get("GET /resources/{resourceId}", "/resources/" + theirs));

    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void unknown_parameters_and_kinds_are_refused_by_name() {
    Answer answer = as(OWNER, "[owner]", get("GET /resources", "/resources").query("kind", "tractor")
        .query("includeRetired", "yes").query("cost", "1"));

    assertThat(answer.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("kind (query)", "includeRetired (query)", "cost (query)");
  }
}

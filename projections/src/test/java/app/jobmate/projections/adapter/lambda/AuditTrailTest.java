package app.jobmate.projections.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.customers.CustomerEvent.CustomerCreated;
import app.jobmate.events.customers.CustomerEvent.CustomerErased;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.adapter.memory.InMemoryPersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataSeal;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.audit.AuditEntry;
import app.jobmate.projections.audit.AuditProjection;
import app.jobmate.projections.audit.AuditReadSide;
import app.jobmate.projections.audit.adapter.lambda.AuditQueryFunction;
import app.jobmate.projections.audit.adapter.mongodb.MongoAuditQueries;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.QuoteStream;
import app.jobmate.projections.testing.TaskStream;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail end to end in the read side: a scripted day of changes across contexts, projected
 * by the audit projector from the store (duplicates and reordering included), read back through
 * {@code GET /audit} and both exports on mongo-java-server, and rebuilt from the store; an erased
 * customer's personal data appears nowhere in any answer, before or after the rebuild.
 */
class AuditTrailTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "u-owner";
  private static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");
  private static final CustomerId PATEL = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final List<String> PERSONAL = List.of("Priya Patel", "priya.patel@example.com", "07700 900123",
      "07700900123");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new AuditReadSide().projections());
  private final HttpCalls api = new HttpCalls(new AuditQueryFunction(readModels, new MongoAuditQueries(readModels)));
  private final List<EventEnvelope> day = new ArrayList<>();
  private int customerVersion;

  private void commit(EventEnvelope... commit) {
    history.append(List.of(commit));
    day.addAll(List.of(commit));
  }

  private EventEnvelope customerEvent(DomainEvent event, Instant at, String commandId) {
    EventType<?> type = EventTypes.of(event.getClass());
    customerVersion++;
    return new EventEnvelope("0193a5c1-9d2e-7f10-8a4b-" + String.format("%012d", customerVersion), type.name(),
        type.schemaVersion(), TenantId.of(ACME), "customer", PATEL.toString(), customerVersion, at, commandId, commandId,
        null, new Actor(UserId.of(OWNER), List.of(Role.OWNER)), EventCodec.standard().encode(event));
  }

  private Sealed seal(Object value) {
    try {
      return PersonalDataSeal.seal(keys.keyFor(TenantId.of(ACME), PATEL), TenantId.of(ACME), PATEL,
          EventJson.mapper().writeValueAsBytes(value));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A day: a customer taken on, a quote drafted, issued and accepted, a task made and assigned, the customer erased. */
  @BeforeEach
  void aScriptedDay() {
    commit(customerEvent(new CustomerCreated(PATEL, CustomerKind.PERSON, seal("Priya Patel"), null, null,
        seal(List.of(EmailAddress.of("priya.patel@example.com"))), seal(List.of(PhoneNumber.of("07700 900123"))), null,
        null, null), MORNING, "cmd-customer"));
    QuoteStream quote = new QuoteStream(ACME, QuoteStream.of(ACME, "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60", MORNING)
        .quoteId(), PATEL, MORNING.plusSeconds(600));
    // one commit of two events, as drafting with lines writes (the local-cloud test has them share their time)
    commit(quote.drafted("Priya Patel's en-suite"),
        quote.lineAdded(quote.line("Fit basin", "1", 25_000, app.jobmate.events.values.VatCode.STANDARD, false)));
    commit(quote.after(Duration.ofHours(1)).issued(1));
    TaskStream task = TaskStream.of(ACME, "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f61", MORNING.plusSeconds(7200));
    commit(task.created("Order the basin", LocalDate.of(2026, 11, 27), TaskPriority.NORMAL));
    commit(task.by(TaskStream.staff("u-sam")).assigned("u-sam"));
    commit(quote.after(Duration.ofHours(3)).by(QuoteStream.OWNER).accepted(Set.of()));
    commit(customerEvent(new CustomerErased(PATEL, UserId.of(OWNER), MORNING.plusSeconds(36_000)),
        MORNING.plusSeconds(36_000), "cmd-erase"));
    keys.destroy(TenantId.of(ACME), PATEL);
    // delivered twice, the second time backwards, one commit at a time as the bus might
    for (EventEnvelope e : day) {
      assertThat(projector.project(List.of(e)).allApplied()).isTrue();
    }
    List<EventEnvelope> reversed = new ArrayList<>(day);
    Collections.reverse(reversed);
    assertThat(projector.project(reversed).allApplied()).isTrue();
  }

  private Answer asOwner(HttpCalls.Call call) {
    return api.send(call.as(ACME, OWNER, "[owner]"));
  }

  @Test
  void the_trail_lists_every_change_once_in_order_with_who_and_which_command() {
    Answer answer = asOwner(get("GET /audit", "/audit"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> types = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    List<String> actors = new ArrayList<>();
    answer.json().get("entries").forEach(e -> {
      types.add(e.get("eventType").asText());
      commands.add(e.get("commandId").asText());
      actors.add(e.get("actor").asText());
    });
    List<EventEnvelope> inOrder = day.stream().sorted(java.util.Comparator.comparing(EventEnvelope::occurredAt)
        .thenComparing(e -> app.jobmate.projections.core.DocumentId.ofEvent(e).value())).toList();
    assertThat(types).containsExactly("CustomerCreated", "QuoteDrafted", "QuoteLineAdded", "QuoteIssued", "TaskCreated",
        "TaskAssigned", "QuoteAccepted", "CustomerErased");
    assertThat(types).containsExactlyElementsOf(inOrder.stream().map(EventEnvelope::eventType).toList());
    assertThat(commands).containsExactlyElementsOf(inOrder.stream().map(EventEnvelope::commandId).toList());
    assertThat(actors).containsExactlyElementsOf(inOrder.stream().map(e -> e.actor().userId().value()).toList());
    JsonNode created = answer.json().at("/entries/0");
    assertThat(created.get("record").asText()).isEqualTo("customer");
    assertThat(created.get("recordId").asText()).isEqualTo(PATEL.toString());
    assertThat(created.get("actorRoles").toString()).isEqualTo("[\"owner\"]");
    assertThat(created.get("sealedPersonalDataChanged").asBoolean()).isTrue();
    assertThat(created.get("sealedFields").toString()).isEqualTo("[\"emails\",\"name\",\"phones\"]");
    assertThat(answer.json().get("nextCursor")).isNull();
  }

  @Test
  void an_erased_customers_name_email_and_phone_appear_in_no_answer_nor_after_a_rebuild() {
    List<String> answers = new ArrayList<>(answersOf(api));
    InMemoryReadModels rebuilt = new InMemoryReadModels();
    new RebuildProjection(rebuilt, history, 2, RealAdapters.opener(ReadSides.ALL, keys)).rebuild(AuditProjection.NAME);
    HttpCalls rebuiltApi = new HttpCalls(new AuditQueryFunction(rebuilt,
        new app.jobmate.projections.audit.adapter.memory.InMemoryAuditQueries(rebuilt)));
    answers.addAll(answersOf(rebuiltApi));

    for (String answer : answers) {
      for (String personal : PERSONAL) {
        assertThat(answer).doesNotContain(personal);
      }
      assertThat(answer).doesNotContain("Patel").doesNotContain("ciphertext");
    }
    assertThat(rebuilt.all(rebuilt.placement(AuditProjection.NAME).active(), AuditEntry.class))
        .containsExactlyInAnyOrderElementsOf(readModels.all(AuditProjection.NAME, AuditEntry.class));
  }

  @Test
  void a_rebuild_while_keys_still_open_the_data_makes_the_same_trail() {
    // keys of another customer still there: the rebuild's opener opens what it can, the trail ignores it
    InMemoryReadModels rebuilt = new InMemoryReadModels();
    new RebuildProjection(rebuilt, history, 1, RealAdapters.opener(ReadSides.ALL, keys)).rebuild("all");
    List<Versioned<AuditEntry>> trail = rebuilt.all(rebuilt.placement(AuditProjection.NAME).active(), AuditEntry.class);
    assertThat(trail).hasSize(day.size());
    assertThat(trail).containsExactlyInAnyOrderElementsOf(readModels.all(AuditProjection.NAME, AuditEntry.class));
  }

  private List<String> answersOf(HttpCalls calls) {
    List<String> bodies = new ArrayList<>();
    for (HttpCalls.Call call : List.of(get("GET /audit", "/audit"), get("GET /audit/export.csv", "/audit/export.csv"),
        get("GET /audit/export.jsonl", "/audit/export.jsonl"),
        get("GET /audit", "/audit").query("record", "customer").query("recordId", PATEL.toString()))) {
      Answer answer = calls.send(call.as(ACME, OWNER, "[owner]"));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      bodies.add(answer.body());
    }
    return bodies;
  }

  @Test
  void the_exports_list_the_same_changes_as_csv_and_json_lines() {
    Answer csv = asOwner(get("GET /audit/export.csv", "/audit/export.csv"));
    Answer jsonl = asOwner(get("GET /audit/export.jsonl", "/audit/export.jsonl"));

    assertThat(csv.header("content-type")).startsWith("text/csv");
    String[] rows = csv.body().split("\r\n");
    assertThat(rows[0]).startsWith("at,eventId,eventType,");
    assertThat(rows).hasSize(day.size() + 1);
    assertThat(rows[1]).contains("CustomerCreated").contains("cmd-customer").contains("emails name phones")
        .endsWith(",true");
    String[] lines = jsonl.body().split("\n");
    assertThat(lines).hasSize(day.size());
    assertThat(lines[lines.length - 1]).contains("\"eventType\":\"CustomerErased\"").contains("cmd-erase");
  }

  @Test
  void the_trail_filters_by_record_person_and_period_and_pages_with_a_cursor() {
    Answer customer = asOwner(get("GET /audit", "/audit").query("record", "customer").query("recordId",
        PATEL.toString()));
    Answer sam = asOwner(get("GET /audit", "/audit").query("person", "u-sam"));
    Answer nextDay = asOwner(get("GET /audit", "/audit").query("from", "2026-11-21"));
    Answer first = asOwner(get("GET /audit", "/audit").query("limit", "3"));
    Answer second = asOwner(get("GET /audit", "/audit").query("limit", "3")
        .query("cursor", first.json().get("nextCursor").asText()));

    assertThat(customer.json().get("entries")).hasSize(2);
    assertThat(sam.json().get("entries")).hasSize(1);
    assertThat(sam.json().at("/entries/0/eventType").asText()).isEqualTo("TaskAssigned");
    assertThat(nextDay.json().get("entries")).isEmpty();
    assertThat(first.json().get("entries")).hasSize(3);
    assertThat(second.json().at("/entries/0/recordVersion").asLong()).isPositive();
    assertThat(second.json().at("/entries/0/eventId").asText())
        .isNotEqualTo(first.json().at("/entries/2/eventId").asText());
    assertThat(asOwner(get("GET /audit", "/audit")).json().at("/entries/3/eventId").asText())
        .isEqualTo(second.json().at("/entries/0/eventId").asText());
  }

  @Test
  void admins_staff_and_api_clients_are_refused_and_bad_filters_are_each_named() {
    assertThat(api.send(get("GET /audit", "/audit").as(ACME, "u-admin", "[admin]")).status()).isEqualTo(403);
    assertThat(api.send(get("GET /audit/export.csv", "/audit/export.csv").as(ACME, "u-sam", "[staff]")).status())
        .isEqualTo(403);
    assertThat(api.send(get("GET /audit/export.jsonl", "/audit/export.jsonl").asApiClient(ACME, "accountant1")).status())
        .isEqualTo(403);
    Answer bad = asOwner(get("GET /audit", "/audit").query("record", "widget").query("from", "1999-01-01")
        .query("to", "2026-13-01").query("colour", "red").query("recordId", "a b"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("record (query)").contains("from (query)").contains("to (query)")
        .contains("colour (query)").contains("recordId (query)");
  }

  @Test
  void a_message_the_store_does_not_confirm_writes_nothing_to_the_trail() {
    TaskStream forged = TaskStream.of(ACME, "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f99", MORNING);
    EventEnvelope notStored = forged.created("Forged", LocalDate.of(2026, 11, 27), TaskPriority.NORMAL);
    int before = readModels.all(AuditProjection.NAME, AuditEntry.class).size();

    Projector.Outcome outcome = projector.project(List.of(notStored));

    assertThat(outcome.allApplied()).isTrue();
    assertThat(outcome.unconfirmed()).containsOnlyKeys(0);
    assertThat(readModels.all(AuditProjection.NAME, AuditEntry.class)).hasSize(before).hasSize(day.size());
  }

  @Test
  void another_tenants_trail_is_not_shown() {
    Answer other = api.send(get("GET /audit", "/audit").as("t-other", OWNER, "[owner]"));

    assertThat(other.status()).isEqualTo(200);
    assertThat(other.json().get("entries")).isEmpty();
  }
}

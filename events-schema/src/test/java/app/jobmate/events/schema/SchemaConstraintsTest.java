package app.jobmate.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventExamples;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.tasks.TaskEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas really constrain: each case breaks one rule of a valid document, which is then rejected. */
class SchemaConstraintsTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static Stream<Arguments> brokenEvents() {
    return Stream.of(
        broken("a quantity with 4 decimals", QuoteEvent.QuoteLineAdded.class,
            e -> line(e).put("quantity", new BigDecimal("1.2345"))),
        broken("a quantity of 0.0001", QuoteEvent.QuoteLineAdded.class,
            e -> line(e).put("quantity", new BigDecimal("0.0001"))),
        broken("a quantity of 0", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("quantity", 0)),
        broken("a negative quantity", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("quantity", -1)),
        broken("a quantity over 1,000,000", QuoteEvent.QuoteLineAdded.class,
            e -> line(e).put("quantity", new BigDecimal("1000000.001"))),
        broken("a quantity as a string", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("quantity", "3.5")),
        broken("a negative unit price", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("unitPrice", -100)),
        broken("a unit price over £1,000,000", QuoteEvent.QuoteLineAdded.class,
            e -> line(e).put("unitPrice", 100_000_001L)),
        broken("a unit price in pounds and pence", QuoteEvent.QuoteLineAdded.class,
            e -> line(e).put("unitPrice", new BigDecimal("45.5"))),
        broken("an unknown VAT code", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("vatCode", "luxury")),
        broken("a VAT code in capitals", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("vatCode", "STANDARD")),
        broken("a blank description", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("description", "   ")),
        broken("a line without optional", QuoteEvent.QuoteLineAdded.class, e -> line(e).remove("optional")),
        broken("an unknown property of a line", QuoteEvent.QuoteLineAdded.class, e -> line(e).put("colour", "red")),
        broken("a line discount of 12.345%", QuoteEvent.QuoteLineAdded.class,
            e -> line(e).set("discount", JSON.objectNode().put("percent", new BigDecimal("12.345")))),
        broken("a line discount over 100%", QuoteEvent.QuoteLineAdded.class,
            e -> line(e).set("discount", JSON.objectNode().put("percent", new BigDecimal("100.01")))),
        broken("a discount of 0 pence", QuoteEvent.QuoteDrafted.class,
            e -> e.set("discount", JSON.objectNode().put("amount", 0))),
        broken("a discount both percent and amount", QuoteEvent.QuoteDrafted.class,
            e -> e.set("discount", JSON.objectNode().put("percent", 10).put("amount", 500))),
        broken("a discount of another kind", QuoteEvent.QuoteDrafted.class,
            e -> e.set("discount", JSON.objectNode().put("fraction", 0.1))),
        broken("an unknown property", QuoteEvent.QuoteDrafted.class, e -> e.put("priority", "high")),
        broken("no title", QuoteEvent.QuoteDrafted.class, e -> e.remove("title")),
        broken("a title of 201 characters", QuoteEvent.QuoteDrafted.class, e -> e.put("title", "x".repeat(201))),
        broken("an empty note", QuoteEvent.QuoteDrafted.class, e -> e.put("notes", "")),
        broken("an unknown rounding policy", QuoteEvent.QuoteDrafted.class, e -> e.put("roundingPolicy", "bankers")),
        broken("a validity of 0 days", QuoteEvent.QuoteDrafted.class, e -> e.put("validityDays", 0)),
        broken("a customer id that is not a UUID", QuoteEvent.QuoteDrafted.class, e -> e.put("customerId", "c-1")),
        broken("a UUID without hyphens", QuoteEvent.QuoteDrafted.class,
            e -> e.put("quoteId", "0193a5b27c417d2e9f3a1b2c3d4e5f60")),
        broken("a date that does not exist", QuoteEvent.QuoteDrafted.class, e -> e.put("validUntil", "2026-02-30")),
        broken("a date in UK order", QuoteEvent.QuoteDrafted.class, e -> e.put("validUntil", "26/12/2026")),
        broken("an instant with an offset", QuoteEvent.QuoteViewed.class,
            e -> e.put("viewedAt", "2026-11-26T18:02:11+01:00")),
        broken("an instant without a zone", QuoteEvent.QuoteViewed.class, e -> e.put("viewedAt", "2026-11-26T18:02:11")),
        broken("a negative gross", QuoteEvent.QuoteIssued.class, e -> totals(e).put("gross", -1)),
        broken("a total in fractions of a penny", QuoteEvent.QuoteIssued.class,
            e -> totals(e).put("net", new BigDecimal("219984.5"))),
        broken("a VAT summary without its rate", QuoteEvent.QuoteIssued.class,
            e -> ((ObjectNode) totals(e).get("vat").get(0)).remove("ratePercent")),
        broken("an issue without lines", QuoteEvent.QuoteIssued.class, e -> e.set("lines", JSON.arrayNode())),
        broken("a quote number of 0", QuoteEvent.QuoteIssued.class, e -> e.put("number", 0)),
        broken("revision 0", QuoteEvent.QuoteIssued.class, e -> e.put("revision", 0)),
        broken("a revised quote at revision 1", QuoteEvent.QuoteRevised.class, e -> e.put("revision", 1)),
        broken("an optional line taken twice", QuoteEvent.QuoteAccepted.class,
            e -> ((ArrayNode) e.get("optionalLinesTaken")).add(e.get("optionalLinesTaken").get(0))),
        broken("an unknown decline reason", QuoteEvent.QuoteDeclined.class, e -> e.put("reason", "too dear")),
        broken("a withdrawal reason over 2000 characters", QuoteEvent.QuoteWithdrawn.class,
            e -> e.put("reason", "x".repeat(2001))),
        broken("no job id", QuoteEvent.QuoteConvertedToJob.class, e -> e.remove("jobId")),
        broken("an unknown priority", TaskEvent.TaskCreated.class, e -> e.put("priority", "asap")),
        broken("a priority in capitals", TaskEvent.TaskChanged.class, e -> e.put("priority", "HIGH")),
        broken("a task without a priority", TaskEvent.TaskCreated.class, e -> e.remove("priority")),
        broken("a blank task title", TaskEvent.TaskCreated.class, e -> e.put("title", " \t")),
        broken("a task title of 201 characters", TaskEvent.TaskChanged.class, e -> e.put("title", "x".repeat(201))),
        broken("a task description of 5001 characters", TaskEvent.TaskCreated.class,
            e -> e.put("description", "x".repeat(5_001))),
        broken("a due date with a time", TaskEvent.TaskCreated.class, e -> e.put("dueDate", "2026-12-03T09:00:00Z")),
        broken("a job id that is not a UUID", TaskEvent.TaskChanged.class, e -> e.put("jobId", "job-7")),
        broken("a task created without its checklist", TaskEvent.TaskCreated.class, e -> e.remove("checklist")),
        broken("a checklist of 101 items", TaskEvent.TaskCreated.class, e -> {
          ArrayNode items = e.putArray("checklist");
          for (int i = 0; i < 101; i++) {
            items.addObject().put("itemId", "0193b1d0-6000-7000-8000-%012d".formatted(i)).put("text", "Item " + i)
                .put("done", false);
          }
        }),
        broken("a checklist item without text", TaskEvent.TaskChecklistItemAdded.class, e -> item(e).remove("text")),
        broken("a blank checklist item", TaskEvent.TaskChecklistItemAdded.class, e -> item(e).put("text", "  ")),
        broken("a checklist item of 501 characters", TaskEvent.TaskChecklistItemAdded.class,
            e -> item(e).put("text", "x".repeat(501))),
        broken("a checklist item without done", TaskEvent.TaskChecklistItemAdded.class, e -> item(e).remove("done")),
        broken("a checklist item done as a string", TaskEvent.TaskChecklistItemAdded.class,
            e -> item(e).put("done", "yes")),
        broken("an unknown property of a checklist item", TaskEvent.TaskChecklistItemAdded.class,
            e -> item(e).put("photo", "s3://bucket/key")),
        broken("a checklist item id that is not a UUID", TaskEvent.TaskChecklistItemTicked.class,
            e -> e.put("itemId", "1")),
        broken("an empty assignee", TaskEvent.TaskAssigned.class, e -> e.put("assignee", "")),
        broken("a blank assignee", TaskEvent.TaskAssigned.class, e -> e.put("assignee", "   ")),
        broken("an assignee of 129 characters", TaskEvent.TaskAssigned.class, e -> e.put("assignee", "u".repeat(129))),
        broken("a reassignment without whom from", TaskEvent.TaskReassigned.class, e -> e.remove("from")),
        broken("an unassignment without whom from", TaskEvent.TaskUnassigned.class, e -> e.remove("from")),
        broken("a task id that is not a UUID", TaskEvent.TaskStarted.class, e -> e.put("taskId", "task-1")),
        broken("a start with an offset", TaskEvent.TaskStarted.class, e -> e.put("startedAt", "2026-12-03T08:05:00+00:00")),
        broken("a completion without when", TaskEvent.TaskCompleted.class, e -> e.remove("completedAt")),
        broken("a cancellation reason over 2000 characters", TaskEvent.TaskCancelled.class,
            e -> e.put("reason", "x".repeat(2_001))),
        broken("an unknown property of a task event", TaskEvent.TaskCancelled.class, e -> e.put("cancelledBy", "sam")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenEvents")
  void a_schema_rejects(String what, Class<? extends DomainEvent> type, Consumer<ObjectNode> breakIt) {
    ObjectNode json = (ObjectNode) EventCodec.standard().encode(EventExamples.exampleOf(type)).deepCopy();
    EventType<?> eventType = EventTypes.of(type);
    String path = EventSchemasTest.path(eventType, eventType.schemaVersion());
    assertThat(JsonSchemas.problems(path, json)).as("the example itself is valid").isEmpty();

    breakIt.accept(json);

    assertThat(JsonSchemas.problems(path, json)).as(what).isNotEmpty();
  }

  static Stream<Arguments> brokenEnvelopes() {
    return Stream.of(
        Arguments.of("a tenant id with a space", (Consumer<ObjectNode>) e -> e.put("tenantId", "acme plumbing")),
        Arguments.of("a tenant id of 65 characters", (Consumer<ObjectNode>) e -> e.put("tenantId", "t".repeat(65))),
        Arguments.of("data that is not an object", (Consumer<ObjectNode>) e -> e.put("data", "QuoteDrafted")),
        Arguments.of("schema version 0", (Consumer<ObjectNode>) e -> e.put("schemaVersion", 0)),
        Arguments.of("stream version 0", (Consumer<ObjectNode>) e -> e.put("version", 0)),
        Arguments.of("an event type in camel case", (Consumer<ObjectNode>) e -> e.put("eventType", "quoteDrafted")),
        Arguments.of("an unknown role", (Consumer<ObjectNode>) e -> ((ArrayNode) e.get("actor").get("roles"))
            .add("superuser")),
        Arguments.of("an unknown envelope property", (Consumer<ObjectNode>) e -> e.put("region", "eu-west-2")),
        Arguments.of("no occurredAt", (Consumer<ObjectNode>) e -> e.remove("occurredAt")),
        Arguments.of("a stream id with a #", (Consumer<ObjectNode>) e -> e.put("streamId", "a#b")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenEnvelopes")
  void the_envelope_schema_rejects(String what, Consumer<ObjectNode> breakIt) {
    ObjectNode json = EventJson.mapper().valueToTree(
        EventExamples.envelope(EventExamples.exampleOf(QuoteEvent.QuoteDrafted.class)));
    assertThat(JsonSchemas.problems(Catalogue.ENVELOPE, json)).as("the example itself is valid").isEmpty();

    breakIt.accept(json);

    assertThat(JsonSchemas.problems(Catalogue.ENVELOPE, json)).as(what).isNotEmpty();
  }

  private static Arguments broken(String what, Class<? extends DomainEvent> type, Consumer<ObjectNode> breakIt) {
    return Arguments.of(what, type, breakIt);
  }

  private static ObjectNode line(ObjectNode event) {
    return (ObjectNode) event.get("line");
  }

  private static ObjectNode item(ObjectNode event) {
    return (ObjectNode) event.get("item");
  }

  private static ObjectNode totals(ObjectNode event) {
    return (ObjectNode) event.get("totals");
  }
}

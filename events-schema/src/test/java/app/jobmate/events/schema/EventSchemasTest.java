package app.jobmate.events.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventExamples;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.QuoteEventExamples;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.VatSummary;
import app.jobmate.events.tasks.ChecklistItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemasTest {

  private static final Path SHIPPED = Path.of("src/main/resources/schemas");
  private static final Pattern EVENT_SCHEMA = Pattern.compile("([A-Za-z]+)\\.v([0-9]+)\\.json");

  static Stream<EventType<?>> types() {
    return EventTypes.all().stream();
  }

  static Stream<DomainEvent> examples() {
    return EventExamples.fullAndMinimal().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void every_registered_type_has_a_schema_at_its_current_version(EventType<?> type) {
    JsonNode schema = schemaOf(type, type.schemaVersion());

    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo(SchemaSource.BASE_URI + path(type, type.schemaVersion()));
    assertThat(schema.path("title").asText()).isEqualTo(type.name());
    assertThat(schema.path("description").asText()).hasSizeGreaterThan(30);
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean())
        .as("additionalProperties is false, so that any drift between record and schema shows").isTrue();
    assertThat(JsonSchemas.at(path(type, type.schemaVersion()))).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void every_lower_version_stays_published_and_an_upcaster_reads_it(EventType<?> type) {
    for (int version = 1; version < type.schemaVersion(); version++) {
      JsonNode schema = schemaOf(type, version);
      JsonNode example = schema.path("examples").path(0);
      assertThat(JsonSchemas.problems(path(type, version), example)).isEmpty();

      EventEnvelope upcast = EventCodec.standard().upcast(List.of(envelopeAt(type, version, example))).getFirst();

      assertThat(upcast.schemaVersion()).as("an upcaster brings %s v%d to v%d", type.name(), version,
          type.schemaVersion()).isEqualTo(type.schemaVersion());
      assertThat(JsonSchemas.problems(path(type, type.schemaVersion()), upcast.data())).isEmpty();
    }
  }

  static Stream<String> shippedDocuments() throws IOException {
    try (Stream<Path> files = Files.walk(SHIPPED)) {
      return files.filter(Files::isRegularFile).map(f -> SHIPPED.relativize(f).toString().replace('\\', '/'))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedDocuments")
  void every_shipped_schema_is_a_valid_draft_2020_12_schema_with_its_own_id(String path) {
    JsonNode schema = SchemaSource.shipped().read(path).orElseThrow();

    assertThat(JsonSchemas.metaSchemaProblems(schema)).isEmpty();
    assertThat(schema.path("$id").asText()).isEqualTo(SchemaSource.idOf(path));
    assertThat(JsonSchemas.at(path)).isNotNull();
  }

  @Test
  void the_meta_schema_check_catches_a_broken_schema() throws IOException {
    assertThat(JsonSchemas.metaSchemaProblems(EventJson.mapper().readTree("""
        {"type": "strnig", "minLength": -1}
        """))).isNotEmpty();
  }

  @Test
  void no_schema_is_shipped_for_a_version_no_registered_type_has() throws IOException {
    List<String> strays = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SHIPPED)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String path = SHIPPED.relativize(file).toString().replace('\\', '/');
        if (path.equals(Catalogue.VALUES) || path.equals(Catalogue.ENVELOPE)) {
          continue;
        }
        Matcher name = EVENT_SCHEMA.matcher(file.getFileName().toString());
        boolean registered = name.matches() && EventTypes.byName(name.group(1))
            .filter(type -> path.equals(path(type, Integer.parseInt(name.group(2)))))
            .filter(type -> Integer.parseInt(name.group(2)) <= type.schemaVersion())
            .isPresent();
        if (!registered) {
          strays.add(path);
        }
      }
    }
    assertThat(strays).as("schemas of no registered type and version").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_example_serializes_to_json_its_schema_accepts(DomainEvent event) throws IOException {
    EventType<?> type = EventTypes.of(event.getClass());
    JsonNode json = EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(event));

    assertThat(JsonSchemas.problems(path(type, type.schemaVersion()), json)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_example_in_its_envelope_is_accepted_by_the_envelope_schema(DomainEvent event) throws IOException {
    EventEnvelope envelope = EventExamples.envelope(event);
    JsonNode json = EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(envelope));

    assertThat(JsonSchemas.problems(Catalogue.ENVELOPE, json)).isEmpty();
    assertThat(JsonSchemas.problems(path(EventTypes.of(event.getClass()), envelope.schemaVersion()),
        json.get("data"))).isEmpty();
  }

  @Test
  void an_envelope_from_jobmate_itself_is_accepted_without_roles_or_command() throws IOException {
    QuoteEvent expired = QuoteEventExamples.exampleOf(QuoteEvent.QuoteExpired.class);
    EventEnvelope envelope = EventExamples.envelope(expired);
    EventEnvelope bySweeper = new EventEnvelope(envelope.eventId(), envelope.eventType(), envelope.schemaVersion(),
        envelope.tenantId(), envelope.streamType(), envelope.streamId(), envelope.version(), envelope.occurredAt(),
        null, null, null, app.jobmate.events.Actor.system("quote-expiry"), envelope.data());

    JsonNode json = EventJson.mapper().valueToTree(bySweeper);

    assertThat(json.has("commandId")).isFalse();
    assertThat(JsonSchemas.problems(Catalogue.ENVELOPE, json)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void the_example_in_each_schema_is_the_example_of_its_record(EventType<?> type) throws IOException {
    JsonNode schema = schemaOf(type, type.schemaVersion());
    // as read from text, like the schema: a tree built from records holds 25 as a decimal, text as an int
    JsonNode example = EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(
        EventCodec.standard().encode(EventExamples.exampleOf(type.recordType()))));

    assertThat(schema.path("examples")).hasSize(1);
    assertThat(schema.path("examples").get(0))
        .as("the example in %s (the catalogue shows it); update it to the record's JSON", path(type,
            type.schemaVersion()))
        .isEqualTo(example);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void the_schema_declares_exactly_the_components_of_the_record(EventType<?> type) {
    JsonNode schema = schemaOf(type, type.schemaVersion());

    assertThat(propertyNames(schema)).containsExactlyElementsOf(componentNames(type.recordType()));
  }

  @Test
  void the_shared_object_types_declare_exactly_the_components_of_their_records() {
    JsonNode defs = SchemaSource.shipped().read(Catalogue.VALUES).orElseThrow().path("$defs");

    Map.of("quoteLine", QuoteLine.class, "vatSummary", VatSummary.class, "quoteTotals", QuoteTotals.class,
            "checklistItem", ChecklistItem.class)
        .forEach((name, record) -> assertThat(propertyNames(defs.get(name))).as(name)
            .containsExactlyElementsOf(componentNames(record)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void a_record_refuses_null_for_a_required_property_and_leaves_out_an_optional_one(EventType<?> type)
      throws Throwable {
    JsonNode schema = schemaOf(type, type.schemaVersion());
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    DomainEvent example = EventExamples.exampleOf(type.recordType());
    RecordComponent[] components = type.recordType().getRecordComponents();

    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (component.getType().isPrimitive()) {
        assertThat(required).as("a primitive is always present").contains(component.getName());
        continue;
      }
      Object[] values = valuesOf(example, components);
      values[i] = null;
      if (required.contains(component.getName()) && component.getType() == List.class) {
        assertRefusedOrReadAsEmpty(type, components, values, component.getName());
      } else if (required.contains(component.getName())) {
        assertThatThrownBy(() -> construct(type.recordType(), components, values))
            .as("%s without %s", type.name(), component.getName())
            .isInstanceOf(IllegalArgumentException.class);
      } else if (onlyOneOfPresent(schema, component.getName(), components, values)) {
        // the schema's oneOf requires one of these properties: without the one present, the record refuses
        assertThatThrownBy(() -> construct(type.recordType(), components, values))
            .as("%s without %s, its oneOf's only one present", type.name(), component.getName())
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        JsonNode json = EventCodec.standard().encode((DomainEvent) construct(type.recordType(), components, values));
        assertThat(json.has(component.getName())).as("an absent optional field is left out").isFalse();
        assertThat(JsonSchemas.problems(path(type, type.schemaVersion()), json)).isEmpty();
      }
    }
  }

  /**
   * Whether the schema's {@code oneOf} names {@code name} as one of its alternatives (each requiring one
   * property, as a schedule's member or resource) and every other alternative is absent in {@code values}.
   */
  private static boolean onlyOneOfPresent(JsonNode schema, String name, RecordComponent[] components, Object[] values) {
    List<String> alternatives = new ArrayList<>();
    schema.path("oneOf").forEach(branch -> branch.path("required").forEach(r -> alternatives.add(r.asText())));
    if (!alternatives.contains(name)) {
      return false;
    }
    for (int i = 0; i < components.length; i++) {
      if (alternatives.contains(components[i].getName()) && values[i] != null) {
        return false;
      }
    }
    return true;
  }

  /** A list the schema requires is either refused when null or, like a task's checklist, read as empty. */
  private static void assertRefusedOrReadAsEmpty(EventType<?> type, RecordComponent[] components, Object[] values,
                                                 String name) throws Throwable {
    Object built;
    try {
      built = construct(type.recordType(), components, values);
    } catch (IllegalArgumentException refused) {
      return;
    }
    JsonNode json = EventCodec.standard().encode((DomainEvent) built);
    assertThat(json.get(name)).as("%s without %s is written with an empty %s", type.name(), name, name)
        .isEqualTo(JsonNodeFactory.instance.arrayNode());
    assertThat(JsonSchemas.problems(path(type, type.schemaVersion()), json)).isEmpty();
  }

  private static Object[] valuesOf(Object record, RecordComponent[] components) throws ReflectiveOperationException {
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(record);
    }
    return values;
  }

  private static Object construct(Class<?> record, RecordComponent[] components, Object[] values) throws Throwable {
    Constructor<?> canonical = record.getDeclaredConstructor(
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    try {
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static List<String> propertyNames(JsonNode schema) {
    List<String> names = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> componentNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  static JsonNode schemaOf(EventType<?> type, int version) {
    return SchemaSource.shipped().read(path(type, version))
        .orElseThrow(() -> new AssertionError("no schema " + type.schemaResource(version) + " for " + type.name()
            + " v" + version + "; every registered type has one at each version up to its current one"));
  }

  static String path(EventType<?> type, int version) {
    return type.schemaResource(version).substring(SchemaSource.CLASSPATH_ROOT.length());
  }

  private static EventEnvelope envelopeAt(EventType<?> type, int version, JsonNode data) {
    EventEnvelope current = EventExamples.envelope(EventExamples.exampleOf(type.recordType()));
    return new EventEnvelope(current.eventId(), type.name(), version, current.tenantId(), current.streamType(),
        current.streamId(), current.version(), current.occurredAt(), current.commandId(), current.correlationId(),
        current.causationId(), current.actor(), data);
  }
}

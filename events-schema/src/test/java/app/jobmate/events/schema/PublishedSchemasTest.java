package app.jobmate.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.schema.SchemaCompatibility.Incompatibility;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A published schema may only change compatibly (docs/architecture.md, "The envelope"). {@code published-schemas/} holds the
 * schemas as released: stored events and reporting consumers rely on them.
 */
class PublishedSchemasTest {

  private static final Path SHIPPED = Path.of("src/main/resources/schemas");
  private static final Path PUBLISHED = Path.of("published-schemas");
  private static final Pattern EVENT_SCHEMA = Pattern.compile("(.+/)?([A-Za-z]+)\\.v([0-9]+)\\.json");

  private final SchemaCompatibility compatibility = SchemaCompatibility.between(
      SchemaSource.directory(PUBLISHED), SchemaSource.directory(SHIPPED));

  static Stream<String> shipped() throws IOException {
    return documentsUnder(SHIPPED).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void every_shipped_schema_is_published(String path) {
    assertThat(Files.isRegularFile(PUBLISHED.resolve(path)))
        .as("""
            schemas/%1$s has never been published. Publish it with the change that ships it:
              cp events-schema/src/main/resources/schemas/%1$s events-schema/published-schemas/%1$s
            From then on it may only change compatibly.""", path)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void every_shipped_schema_accepts_everything_its_published_copy_accepted(String path) {
    if (!Files.isRegularFile(PUBLISHED.resolve(path))) {
      return;
    }
    List<Incompatibility> incompatibilities = compatibility.check(path);

    assertThat(incompatibilities).as("""
        schemas/%s is no longer compatible with its published copy:
        %s
        %s""", path, incompatibilities.stream().map(i -> "  - " + i).collect(Collectors.joining("\n")), advice(path))
        .isEmpty();
  }

  @Test
  void no_published_schema_has_been_removed() throws IOException {
    List<String> removed = documentsUnder(PUBLISHED).stream()
        .filter(path -> !Files.isRegularFile(SHIPPED.resolve(path)))
        .toList();

    assertThat(removed).as("published schemas are kept for ever: stored events and consumers use them").isEmpty();
  }

  @Test
  void dropping_a_vat_code_from_the_shared_values_would_be_caught_in_the_events_that_use_it() {
    SchemaSource published = SchemaSource.directory(PUBLISHED);
    SchemaSource narrowed = path -> published.read(path).map(document -> {
      if (path.equals(Catalogue.VALUES)) {
        ObjectNode changed = document.deepCopy();
        ((ArrayNode) changed.at("/$defs/vatCode/enum")).remove(5);
        return changed;
      }
      return document;
    });

    List<Incompatibility> found = SchemaCompatibility.between(published, narrowed).check("quotes/QuoteIssued.v1.json");

    assertThat(found).extracting(Incompatibility::location)
        .contains("$.lines[].vatCode", "$.totals.vat[].vatCode");
    assertThat(found).allSatisfy(i -> assertThat(i.problem()).contains("\"reverse-charge\" no longer accepted"));
  }

  @Test
  void dropping_a_priority_or_shortening_a_checklist_item_would_be_caught_in_the_task_events_that_use_them() {
    SchemaSource published = SchemaSource.directory(PUBLISHED);
    SchemaSource narrowed = path -> published.read(path).map(document -> {
      if (path.equals(Catalogue.VALUES)) {
        ObjectNode changed = document.deepCopy();
        ((ArrayNode) changed.at("/$defs/taskPriority/enum")).remove(3);
        ((ObjectNode) changed.at("/$defs/checklistItem/properties/text")).put("maxLength", 200);
        return changed;
      }
      return document;
    });

    List<Incompatibility> found = SchemaCompatibility.between(published, narrowed).check("tasks/TaskCreated.v1.json");

    assertThat(found).extracting(Incompatibility::location).contains("$.priority", "$.checklist[].text");
  }

  private static String advice(String path) {
    Matcher event = EVENT_SCHEMA.matcher(path);
    if (path.startsWith("common/")) {
      return "Shared definitions are used by many events: add a new definition (or a new values.vN.json) rather than "
          + "narrowing one, and give the events that need it a new schema version.";
    }
    if (!event.matches() || path.equals(Catalogue.ENVELOPE)) {
      return "Publish the incompatible form as a new version of this document instead, and keep this one.";
    }
    int version = Integer.parseInt(event.group(3));
    return """
        An incompatible change needs a new schema version: raise schemaVersion of %1$s in EventTypes to %3$d, \
        add an upcaster from v%2$d to v%3$d in app.jobmate.events.upcasting, ship the new schema as \
        %1$s.v%3$d.json, and keep %1$s.v%2$d.json as published.""".formatted(event.group(2), version, version + 1);
  }

  private static List<String> documentsUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(".json"))
          .sorted()
          .toList();
    }
  }
}

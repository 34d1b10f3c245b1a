package app.jobmate.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {

  private static final Path COMMITTED = Path.of(Catalogue.FILE);

  @Test
  void the_committed_catalogue_is_what_the_schemas_say() throws IOException {
    String committed = Files.isRegularFile(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    String generated = Catalogue.render();

    assertThat(committed.equals(generated))
        .as("""
            events-schema/CATALOGUE.md is out of date with the schemas or the registry (%s).
            Regenerate it and commit it:
              ./jobmate -q -pl events-schema test-compile exec:java""", firstDifference(committed, generated))
        .isTrue();
  }

  private static String firstDifference(String committed, String generated) {
    List<String> was = committed.lines().toList();
    List<String> now = generated.lines().toList();
    for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
      String a = i < was.size() ? was.get(i) : "<end of file>";
      String b = i < now.size() ? now.get(i) : "<end of file>";
      if (!a.equals(b)) {
        return "line " + (i + 1) + " is\n  " + a + "\nbut the schemas say\n  " + b;
      }
    }
    return "line endings differ";
  }

  static Stream<EventType<?>> types() {
    return EventTypes.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void every_event_type_is_in_the_catalogue_with_its_source_and_an_envelope_the_schemas_accept(EventType<?> type) {
    JsonNode envelope = EventJson.mapper().valueToTree(Catalogue.exampleEnvelope(type));

    assertThat(Catalogue.render()).contains("### " + type.name() + "\n",
        "source `" + type.source() + "`, detail-type `" + type.name() + "`");
    assertThat(JsonSchemas.problems(Catalogue.ENVELOPE, envelope)).isEmpty();
    assertThat(JsonSchemas.problems(EventSchemasTest.path(type, type.schemaVersion()), envelope.get("data"))).isEmpty();
    assertThat(envelope.get("streamId")).isEqualTo(envelope.get("data").has(type.streamType() + "Id")
        ? envelope.get("data").get(type.streamType() + "Id") : envelope.get("tenantId"));
  }

  @Test
  void an_older_version_still_published_is_listed_with_its_type() {
    assertThat(Catalogue.render()).contains("older versions, still published", "`quotes/QuoteDeclined.v1.json`");
  }
}

package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import app.jobmate.projections.core.Rebuild;
import app.jobmate.projections.testing.EmbeddedMongo;
import com.mongodb.client.MongoDatabase;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The composition root and the read sides it lists, checked whole: a context wired halfway (events
 * that nothing projects, a read side missing from the list, a collection without its indexes, a
 * projection that cannot be rebuilt, no projector function in the template) fails here.
 */
class ReadSidesTest {

  private static final Set<String> NOT_A_DOCUMENT_FIELD = Set.of(Index.TENANT, Index.ID);

  @Test
  void every_event_type_of_every_context_is_projected_or_declared_not_projected_by_a_read_side() {
    List<String> unaccounted = new ArrayList<>();
    for (EventContext context : EventTypes.contexts()) {
      for (EventType<?> type : context.types()) {
        boolean projected = ReadSides.projections().stream()
            .anyMatch(p -> p.follows(type.streamType()) && p.eventTypes().contains(type.name()));
        boolean declined = ReadSides.ALL.stream()
            .anyMatch(r -> follows(r, type.streamType()) && r.notProjected().contains(type.name()));
        if (!projected && !declined) {
          unaccounted.add(context.name() + ": " + type.name());
        }
      }
    }

    assertThat(unaccounted).as("event types no read side projects or says it does not project").isEmpty();
  }

  @Test
  void a_read_side_declares_not_projected_only_event_types_of_its_streams_that_none_of_its_projections_take() {
    for (ReadSide readSide : ReadSides.ALL) {
      for (String name : readSide.notProjected()) {
        EventType<?> type = EventTypes.byName(name).orElseThrow(() -> new AssertionError(readSide.name()
            + " declares " + name + " not projected, but there is no such event type"));
        assertThat(follows(readSide, type.streamType())).as(readSide.name() + " follows the streams of " + name).isTrue();
        assertThat(readSide.projections()).as(readSide.name() + " says it does not project " + name)
            .noneMatch(p -> p.eventTypes().contains(name));
      }
    }
  }

  @Test
  void every_read_side_is_in_the_composition_roots_list_once_under_a_name_of_its_own() {
    Set<String> implementations = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("app.jobmate.projections").stream()
        .filter(c -> c.isAssignableTo(ReadSide.class) && !c.isInterface())
        .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));

    assertThat(ReadSides.ALL.stream().map(r -> r.getClass().getName()).toList())
        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(implementations);
    assertThat(ReadSides.ALL).extracting(ReadSide::name).doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).matches("[a-z][a-z-]*"));
    for (ReadSide readSide : ReadSides.ALL) {
      assertThat(ReadSides.named(readSide.name())).isSameAs(readSide);
    }
  }

  @Test
  void a_read_side_setting_that_names_none_is_refused_naming_the_ones_there_are() {
    assertThatThrownBy(() -> ReadSides.named("customer"))
        .hasMessageContaining("no read side named customer")
        .hasMessageContaining(ReadSides.ALL.getFirst().name());
  }

  @Test
  void every_projection_of_every_read_side_can_be_rebuilt_by_its_name_which_no_other_projection_has() {
    List<String> names = ReadSides.projections().stream().map(Projection::name).toList();
    RebuildProjection rebuild = new RebuildProjection(new InMemoryReadModels(), new InMemoryEventHistory(), 1);

    assertThat(names).doesNotHaveDuplicates();
    for (String name : names) {
      assertThat(rebuild.rebuild(name)).extracting(Rebuild.Result::projection).containsExactly(name);
    }
    assertThat(rebuild.rebuild("all")).extracting(Rebuild.Result::projection).containsExactlyElementsOf(names);
  }

  @Test
  void every_collection_of_every_read_side_has_its_indexes_declared_on_fields_its_documents_have() {
    for (ReadSide readSide : ReadSides.ALL) {
      assertThat(readSide.indexes().keySet()).as(readSide.name() + ": a declaration for each collection")
          .containsExactlyInAnyOrderElementsOf(readSide.projections().stream().map(Projection::name).toList());
      for (Projection<?, ?> projection : readSide.projections()) {
        Set<String> fields = Arrays.stream(projection.documentType().getRecordComponents()).map(RecordComponent::getName)
            .collect(Collectors.toSet());
        List<Index> indexes = readSide.indexes().get(projection.name());
        assertThat(indexes).extracting(Index::name).as(projection.name()).doesNotHaveDuplicates();
        for (Index index : indexes) {
          assertThat(index.keys()).extracting(Index.Key::field).as(projection.name() + " " + index.name())
              .allSatisfy(field -> assertThat(fields.contains(field) || NOT_A_DOCUMENT_FIELD.contains(field))
                  .as(field + " is a field of " + projection.documentType().getSimpleName()).isTrue());
        }
      }
    }
  }

  @Test
  void every_read_side_primes_its_projector_with_an_event_that_starts_a_stream_of_each_of_its_projections() {
    EventCodec codec = EventCodec.standard();
    for (ReadSide readSide : ReadSides.ALL) {
      EventType<?> priming = codec.typeOf(readSide.primingEvent("00000000-0000-7000-8000-000000000000"));
      assertThat(readSide.projections()).as(readSide.name())
          .allSatisfy(p -> assertThat(p.eventTypes()).contains(priming.name()));
      MongoDatabase database = EmbeddedMongo.freshDatabase();

      new ProjectorFunction(readSide, new MongoReadModels(database, ReadSides.ALL), new InMemoryEventHistory(), 1,
          readSide.opener(new app.jobmate.lambda.adapter.memory.InMemoryPersonalDataKeys())).prime();

      assertThat(database.listCollectionNames().into(new HashSet<>())).as(readSide.name() + " wrote nothing").isEmpty();
    }
  }

  @Test
  void every_read_side_has_its_projector_function_in_the_template() throws IOException {
    String template = Files.readString(Path.of("..", "infra", "template.yaml"));
    Matcher setting = Pattern.compile("(?m)^\\s+READ_SIDE:\\s*(\\S+)\\s*$").matcher(template);
    List<String> named = new ArrayList<>();
    while (setting.find()) {
      named.add(setting.group(1));
    }

    assertThat(named).as("the READ_SIDE settings of the template's projector functions")
        .containsExactlyInAnyOrderElementsOf(ReadSides.ALL.stream().map(ReadSide::name).toList());
  }

  private static boolean follows(ReadSide readSide, String streamType) {
    return readSide.projections().stream().anyMatch(p -> p.follows(streamType));
  }
}

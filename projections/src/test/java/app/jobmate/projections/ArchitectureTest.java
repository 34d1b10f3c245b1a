package app.jobmate.projections;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventTypes;
import app.jobmate.lambda.adapter.EventsTable;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The layout, over every context: a context is the package of a read side the composition root
 * lists; everything else ({@code core}, {@code query}, {@code adapter}) is generic and knows no
 * context, but for the composition root itself.
 */
@AnalyzeClasses(packages = "app.jobmate.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String BASE = "app.jobmate.projections.";
  private static final Set<String> GENERIC = Set.of("core", "query", "adapter");

  /** Each context's package, by the package of its read side. */
  private static final Set<String> CONTEXTS = ReadSides.ALL.stream()
      .map(readSide -> readSide.getClass().getPackageName()).collect(Collectors.toUnmodifiableSet());

  /** The events-schema packages of each context's events, and the ones each read side follows (by stream type). */
  private static final Map<String, String> EVENT_PACKAGES = EventTypes.contexts().stream()
      .collect(Collectors.toUnmodifiableMap(EventContext::name, ArchitectureTest::packageOf));
  // a context may have several read sides (the diary's schedules and appointments): it follows what they all follow
  private static final Map<String, Set<String>> FOLLOWED = ReadSides.ALL.stream().collect(Collectors.toUnmodifiableMap(
      readSide -> readSide.getClass().getPackageName(), ArchitectureTest::eventPackagesFollowed, ArchitectureTest::union));

  private static final DescribedPredicate<JavaClass> IN_A_CONTEXT = DescribedPredicate.describe("belong to a context",
      c -> contextOf(c).isPresent());
  private static final DescribedPredicate<JavaClass> GENERIC_CODE = DescribedPredicate.describe(
      "are generic (of no context)", c -> contextOf(c).isEmpty());

  @ArchTest
  static final ArchRule only_adapters_touch_aws_lambda_or_mongodb = noClasses()
      .that().resideOutsideOfPackage("..adapter..")
      .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws..", "software.amazon..", "com.mongodb..",
          "org.bson..", "app.jobmate.lambda.adapter..");

  @ArchTest
  static final ArchRule the_read_models_and_the_core_do_not_know_their_adapters = noClasses()
      .that().resideOutsideOfPackage("..adapter..")
      .should().dependOnClassesThat().resideInAPackage("app.jobmate.projections..adapter..");

  @ArchTest
  static final ArchRule every_package_is_generic_or_the_context_of_a_listed_read_side = classes()
      .should(new ArchCondition<>("be in core, query, adapter or the package of a read side in ReadSides") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
          String top = item.getPackageName().substring(BASE.length()).split("\\.")[0];
          if (!GENERIC.contains(top) && !CONTEXTS.contains(BASE + top)) {
            events.add(SimpleConditionEvent.violated(item, item.getName() + " is in " + BASE + top
                + ", which is neither generic nor the package of a read side in ReadSides.ALL"));
          }
        }
      });

  @ArchTest
  static final ArchRule generic_code_knows_no_context_but_the_composition_root_that_lists_them = noClasses()
      .that(GENERIC_CODE).and(not(type(ReadSides.class)))
      .should().dependOnClassesThat(IN_A_CONTEXT);

  @ArchTest
  static final ArchRule a_context_knows_no_other_context = classes().that(IN_A_CONTEXT)
      .should(dependOnlyOn("classes of no other context", (origin, target) ->
          contextOf(target).map(other -> other.equals(contextOf(origin).orElseThrow())).orElse(true)));

  @ArchTest
  static final ArchRule a_context_knows_only_the_events_of_the_streams_its_read_side_follows = classes().that(IN_A_CONTEXT)
      .should(dependOnlyOn("the events of the streams its read side follows", (origin, target) ->
          eventPackageOf(target).map(FOLLOWED.get(contextOf(origin).orElseThrow())::contains).orElse(true)));

  // lambda-support's EventsTable is the one reader of the events table (a DynamoDB reader, not Lambda plumbing)
  @ArchTest
  static final ArchRule adapters_of_one_technology_do_not_use_another = noClasses()
      .that().resideInAnyPackage("..adapter.mongodb..", "..adapter.dynamodb..", "..adapter.memory..")
      .should().dependOnClassesThat(resideInAnyPackage("com.amazonaws.services.lambda..", "app.jobmate.lambda..")
          .and(not(type(EventsTable.class))));

  @ArchTest
  static final ArchRule ports_are_interfaces = classes()
      .that().haveSimpleNameEndingWith("Queries").and().resideOutsideOfPackage("..adapter..")
      .or().haveSimpleName("ReadModels").or().haveSimpleName("EventHistory")
      .should().beInterfaces();

  private static Optional<String> contextOf(JavaClass type) {
    return CONTEXTS.stream().filter(context -> type.getPackageName().equals(context)
        || type.getPackageName().startsWith(context + ".")).findFirst();
  }

  private static Optional<String> eventPackageOf(JavaClass type) {
    return EVENT_PACKAGES.values().stream().filter(p -> type.getPackageName().equals(p)
        || type.getPackageName().startsWith(p + ".")).findFirst();
  }

  private static String packageOf(EventContext context) {
    return context.types().getFirst().recordType().getPackageName();
  }

  private static Set<String> eventPackagesFollowed(ReadSide readSide) {
    Set<String> streamTypes = readSide.projections().stream().flatMap(p -> p.streamTypes().stream())
        .collect(Collectors.toSet());
    return EventTypes.contexts().stream()
        .filter(context -> context.streamTypes().stream().anyMatch(streamTypes::contains))
        .map(ArchitectureTest::packageOf).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }

  private interface Allowed {
    boolean test(JavaClass origin, JavaClass target);
  }

  private static ArchCondition<JavaClass> dependOnlyOn(String what, Allowed allowed) {
    return new ArchCondition<>("depend only on " + what) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          if (!allowed.test(item, dependency.getTargetClass())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}

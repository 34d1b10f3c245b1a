package app.jobmate.notifications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.jobmate.notifications.push.NotifyingContext;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;

/**
 * The module's layout as rules. The contexts are not named: a context's package is any package of
 * notifications other than the generic ones and {@code adapter}, so a new context is covered as
 * soon as its package exists.
 */
@AnalyzeClasses(packages = "app.jobmate.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String BASE = "app.jobmate.notifications";
  /** The packages that know no context: what a context plugs into. */
  private static final Set<String> GENERIC = Set.of("push", "connections", "recipients", "messages");
  private static final String ADAPTER = "adapter";

  // inside a module only adapter packages touch AWS SDK, Lambda, JWT-library or MongoDB types
  @ArchTest
  static final ArchRule only_adapters_touch_aws_lambda_or_jwt_libraries = noClasses()
      .that().resideOutsideOfPackage("app.jobmate.notifications.adapter..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("software.amazon..", "com.amazonaws..", "com.nimbusds..", "com.mongodb..", "org.bson..",
          "app.jobmate.lambda..");

  // the ports point inwards: rules, messages and the push service never reach for an adapter
  @ArchTest
  static final ArchRule nothing_outside_the_adapters_depends_on_them = noClasses()
      .that().resideOutsideOfPackage("app.jobmate.notifications.adapter..")
      .should().dependOnClassesThat().resideInAPackage("app.jobmate.notifications.adapter..");

  // a context plugs in through the composition root's list, never by being named in the generic code
  @ArchTest
  static final ArchRule the_generic_packages_depend_on_no_context_package = noClasses()
      .that(resideInAGenericPackage())
      .should().dependOnClassesThat(resideInAContextPackage());

  // ... nor by its events: the generic code sees envelopes, stream ids, roles and values, never a context's event types
  @ArchTest
  static final ArchRule the_generic_packages_depend_on_no_context_s_events = noClasses()
      .that(resideInAGenericPackage())
      .should().dependOnClassesThat(resideInAContextsEventsPackage());

  @ArchTest
  static final ArchRule contexts_do_not_depend_on_each_other = slices()
      .matching("app.jobmate.notifications.(*)..")
      .that(areContexts())
      .should().notDependOnEachOther();

  // who is told what is decided from events and summaries alone, never from a connection or a send
  @ArchTest
  static final ArchRule recipients_and_messages_know_nothing_of_connections = noClasses()
      .that().resideInAnyPackage("app.jobmate.notifications.recipients..", "app.jobmate.notifications.messages..")
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.notifications.connections..",
          "app.jobmate.notifications.push..");

  // nor do a context's rules, summary and message: only its declaration, which push asks for, knows push
  @ArchTest
  static final ArchRule a_context_s_rules_summary_and_message_know_nothing_of_connections = noClasses()
      .that(resideAtTheRootOfAContextPackage()).and().doNotImplement(NotifyingContext.class)
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.notifications.connections..",
          "app.jobmate.notifications.push..");

  // the due-date index is data about tasks: who has which task on which day, never how to reach them
  @ArchTest
  static final ArchRule the_due_date_index_knows_nothing_of_connections_or_sending = noClasses()
      .that().resideInAPackage("app.jobmate.notifications.tasks.due..")
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.notifications.connections..",
          "app.jobmate.notifications.push..", "app.jobmate.notifications.tasks.reminders..");

  // the day-visits index is data about the diary: who is where on which day, never how to reach them or the reminder
  @ArchTest
  static final ArchRule the_day_visits_index_knows_nothing_of_connections_or_the_reminder = noClasses()
      .that().resideInAPackage("app.jobmate.notifications.diary.visits..")
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.notifications.connections..",
          "app.jobmate.notifications.tasks..");

  /** The first package name below {@code app.jobmate.notifications}, or null for the base package and others. */
  private static String topPackage(String packageName) {
    if (!packageName.startsWith(BASE + ".")) {
      return null;
    }
    String below = packageName.substring(BASE.length() + 1);
    int dot = below.indexOf('.');
    return dot < 0 ? below : below.substring(0, dot);
  }

  private static boolean isContext(String topPackage) {
    return topPackage != null && !GENERIC.contains(topPackage) && !topPackage.equals(ADAPTER);
  }

  private static DescribedPredicate<JavaClass> resideInAGenericPackage() {
    return DescribedPredicate.describe("reside in a generic package " + GENERIC,
        c -> GENERIC.contains(topPackage(c.getPackageName())));
  }

  private static DescribedPredicate<JavaClass> resideInAContextPackage() {
    return DescribedPredicate.describe("reside in a context's package of notifications",
        c -> isContext(topPackage(c.getPackageName())));
  }

  private static DescribedPredicate<JavaClass> resideAtTheRootOfAContextPackage() {
    return DescribedPredicate.describe("reside at the root of a context's package of notifications",
        c -> isContext(topPackage(c.getPackageName()))
            && c.getPackageName().equals(BASE + "." + topPackage(c.getPackageName())));
  }

  private static DescribedPredicate<JavaClass> resideInAContextsEventsPackage() {
    return DescribedPredicate.describe("reside in a context's events package (app.jobmate.events.<context>..)",
        c -> c.getPackageName().startsWith("app.jobmate.events.")
            && !c.getPackageName().equals("app.jobmate.events.values")
            && !c.getPackageName().startsWith("app.jobmate.events.values."));
  }

  private static DescribedPredicate<Slice> areContexts() {
    return DescribedPredicate.describe("are contexts", slice -> isContext(slice.getNamePart(1)));
  }
}

package app.jobmate.notifications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "app.jobmate.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  // DESIGN §2: inside a module only adapter packages touch AWS SDK, Lambda, JWT-library or MongoDB types
  @ArchTest
  static final ArchRule only_adapters_touch_aws_lambda_or_jwt_libraries = noClasses()
      .that().resideOutsideOfPackage("app.jobmate.notifications.adapter..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("software.amazon..", "com.amazonaws..", "com.nimbusds..", "com.mongodb..", "org.bson..",
          "app.jobmate.lambda..");

  // the ports point inwards: recipients, messages and the push service never reach for an adapter
  @ArchTest
  static final ArchRule nothing_outside_the_adapters_depends_on_them = noClasses()
      .that().resideOutsideOfPackage("app.jobmate.notifications.adapter..")
      .should().dependOnClassesThat().resideInAPackage("app.jobmate.notifications.adapter..");

  // who is told what is decided from events and summaries alone, never from a connection or a send
  @ArchTest
  static final ArchRule recipients_and_messages_know_nothing_of_connections = noClasses()
      .that().resideInAnyPackage("app.jobmate.notifications.recipients..", "app.jobmate.notifications.messages..",
          "app.jobmate.notifications.quotes", "app.jobmate.notifications.tasks")
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.notifications.connections..",
          "app.jobmate.notifications.push..");

  // the due-date index is data about tasks: who has which task on which day, never how to reach them
  @ArchTest
  static final ArchRule the_due_date_index_knows_nothing_of_connections_or_sending = noClasses()
      .that().resideInAPackage("app.jobmate.notifications.tasks.due..")
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.notifications.connections..",
          "app.jobmate.notifications.push..", "app.jobmate.notifications.tasks.reminders..");
}

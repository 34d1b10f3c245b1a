package app.jobmate.localcloud;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The local cloud runs any template: it knows no Jobmate context, only the two pieces of
 * lambda-support every function and every answer share (a function's settings, problem+json). Each
 * emulated service lives in its own package and none reaches back into the composition root
 * (`LocalCloud`, `Main` and what they wire); reading the template knows no service.
 */
@AnalyzeClasses(packages = "app.jobmate.localcloud", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule knows_no_jobmate_context = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.commands..", "app.jobmate.projections..",
          "app.jobmate.notifications..", "app.jobmate.events..")
      .as("the local cloud knows no Jobmate context nor the published language: it runs any template");

  @ArchTest
  static final ArchRule uses_only_the_functions_settings_and_problems_of_lambda_support = noClasses()
      .should().dependOnClassesThat(resideInAPackage("app.jobmate.lambda..")
          .and(not(name("app.jobmate.lambda.FunctionSettings")))
          .and(not(name("app.jobmate.lambda.http.Problem"))))
      .as("of lambda-support, the local cloud uses only FunctionSettings and Problem");

  @ArchTest
  static final ArchRule no_service_reaches_back_into_the_composition_root = noClasses()
      .that().resideInAnyPackage("..localcloud.dynamodb..", "..localcloud.sqs..", "..localcloud.events..",
          "..localcloud.function..", "..localcloud.http..", "..localcloud.identity..", "..localcloud.mongo..",
          "..localcloud.schedule..", "..localcloud.websocket..", "..localcloud.web..", "..localcloud.authorizer..",
          "..localcloud.template..")
      .should().dependOnClassesThat().haveFullyQualifiedName("app.jobmate.localcloud.LocalCloud")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("app.jobmate.localcloud.Main")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("app.jobmate.localcloud.ServiceEndpoints")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("app.jobmate.localcloud.EventSourceMappings")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("app.jobmate.localcloud.AwsSdkSettings");

  @ArchTest
  static final ArchRule reading_the_template_knows_no_service = noClasses()
      .that().resideInAPackage("..localcloud.template..")
      .should().dependOnClassesThat().resideInAnyPackage("..localcloud.dynamodb..", "..localcloud.sqs..",
          "..localcloud.events..", "..localcloud.function..", "..localcloud.http..", "..localcloud.identity..",
          "..localcloud.mongo..", "..localcloud.schedule..", "..localcloud.websocket..", "..localcloud.web..",
          "..localcloud.authorizer..", "..localcloud.demo..");
}

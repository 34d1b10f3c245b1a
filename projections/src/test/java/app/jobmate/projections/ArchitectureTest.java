package app.jobmate.projections;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.jobmate.lambda.adapter.EventsTable;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "app.jobmate.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule only_adapters_touch_aws_lambda_or_mongodb = noClasses()
      .that().resideOutsideOfPackage("..adapter..")
      .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws..", "software.amazon..", "com.mongodb..",
          "org.bson..", "app.jobmate.lambda.adapter..");

  @ArchTest
  static final ArchRule the_read_models_and_the_core_do_not_know_their_adapters = noClasses()
      .that().resideOutsideOfPackage("..adapter..")
      .should().dependOnClassesThat().resideInAPackage("app.jobmate.projections.adapter..");

  @ArchTest
  static final ArchRule the_core_knows_no_read_model = noClasses()
      .that().resideInAPackage("app.jobmate.projections.core..")
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.projections.quotes..",
          "app.jobmate.projections.tasks..");

  @ArchTest
  static final ArchRule the_read_models_of_one_context_do_not_know_another_contexts = noClasses()
      .that().resideInAPackage("app.jobmate.projections.tasks..")
      .should().dependOnClassesThat().resideInAPackage("app.jobmate.projections.quotes..")
      .andShould().dependOnClassesThat().resideInAPackage("app.jobmate.events.quotes..");

  @ArchTest
  static final ArchRule the_quote_read_models_do_not_know_the_tasks = noClasses()
      .that().resideInAPackage("app.jobmate.projections.quotes..")
      .should().dependOnClassesThat().resideInAnyPackage("app.jobmate.projections.tasks..", "app.jobmate.events.tasks..");

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
}

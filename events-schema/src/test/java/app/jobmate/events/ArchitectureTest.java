package app.jobmate.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The published language knows no AWS and no MongoDB (docs/architecture.md, "Modules"). */
@AnalyzeClasses(packages = "app.jobmate.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule knows_no_aws_and_no_mongodb = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "com.mongodb..",
          "org.bson..")
      .as("events-schema depends on no AWS SDK, Lambda or MongoDB type");

}

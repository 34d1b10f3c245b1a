package app.jobmate.lambda;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "app.jobmate.lambda", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule only_adapters_touch_aws_lambda_or_mongodb = noClasses()
      .that().resideOutsideOfPackage("..adapter..")
      .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws..", "software.amazon..", "com.mongodb..", "org.bson..");
}

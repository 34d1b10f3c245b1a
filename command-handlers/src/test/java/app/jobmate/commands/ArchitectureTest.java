package app.jobmate.commands;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "app.jobmate.commands", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  // docs/architecture.md, "Modules": inside a module only adapter packages touch AWS SDK, Lambda event or MongoDB types
  @ArchTest
  static final ArchRule only_adapters_touch_aws_or_mongodb = noClasses()
      .that().resideOutsideOfPackage("app.jobmate.commands.adapter..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("software.amazon..", "com.amazonaws..", "com.mongodb..", "org.bson..");

  // the ports point inwards: deciders and the command service never reach for an adapter
  @ArchTest
  static final ArchRule nothing_outside_the_adapters_depends_on_them = noClasses()
      .that().resideOutsideOfPackage("app.jobmate.commands.adapter..")
      .should().dependOnClassesThat().resideInAPackage("app.jobmate.commands.adapter..");
}

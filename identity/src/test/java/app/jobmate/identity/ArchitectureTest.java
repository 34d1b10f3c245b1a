package app.jobmate.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * identity is adapters only: the team's rules (decider, service, the {@code Identities} port) are
 * command-handlers' pure code; here are the function and the user pool's adapter.
 */
@AnalyzeClasses(packages = "app.jobmate.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  // docs/architecture.md, "Modules": technology lives under adapter; the rules it serves are command-handlers'
  @ArchTest
  static final ArchRule every_class_is_an_adapter = classes()
      .should().resideInAPackage("app.jobmate.identity.adapter..");

  // the function reaches the user pool only through the Identities port: it builds the client, never calls it
  @ArchTest
  static final ArchRule only_the_cognito_adapter_speaks_the_user_pool_s_api = noClasses()
      .that().resideOutsideOfPackage("app.jobmate.identity.adapter.cognito..")
      .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk.services.cognitoidentityprovider.model..");

  // and the adapter knows nothing of Lambda or HTTP
  @ArchTest
  static final ArchRule the_cognito_adapter_knows_no_lambda_or_http = noClasses()
      .that().resideInAPackage("app.jobmate.identity.adapter.cognito..")
      .should().dependOnClassesThat().resideInAnyPackage("com.amazonaws.services.lambda..",
          "app.jobmate.identity.adapter.lambda..", "app.jobmate.lambda.http..");
}

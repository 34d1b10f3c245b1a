package app.jobmate.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every jar the template deploys (each function's {@code CodeUri}) is at most 15 MB: a Lambda that
 * starts from a SnapStart snapshot still pays for its size on deployment and on the first restore,
 * and a client library pulled in by one function grows every function sharing the jar. The jars are
 * built in the {@code package} phase of their modules, which a reactor run ({@code ./jobmate test},
 * {@code ./mvnw verify}) passes before infra's tests; {@code ./jobmate test} requires them
 * ({@code -Djobmate.deployableJars=required}), a bare run of infra's tests without them skips.
 */
class DeployableJarsTest {

  static final long LIMIT = 15L * 1024 * 1024;
  private static final Path TEMPLATE = Path.of("template.yaml");

  /** The distinct jars the template's functions name, resolved from the template's directory. */
  static TreeSet<Path> codeUris() {
    JsonNode resources = CloudFormationYaml.read(TEMPLATE).get("Resources");
    TreeSet<Path> jars = new TreeSet<>();
    resources.properties().forEach(resource -> {
      JsonNode codeUri = resource.getValue().path("Properties").path("CodeUri");
      if (resource.getValue().path("Type").asText().equals("AWS::Serverless::Function") && codeUri.isTextual()) {
        jars.add(TEMPLATE.toAbsolutePath().getParent().resolve(codeUri.asText()).normalize());
      }
    });
    return jars;
  }

  @Test
  void every_function_names_a_lambda_jar_of_one_of_the_modules() {
    JsonNode resources = CloudFormationYaml.read(TEMPLATE).get("Resources");
    resources.properties().forEach(resource -> {
      if (resource.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
        assertThat(resource.getValue().path("Properties").path("CodeUri").asText())
            .as(resource.getKey() + "'s CodeUri").matches("\\.\\./[a-z-]+/target/lambda/[a-z-]+\\.jar");
      }
    });
    assertThat(codeUris()).extracting(jar -> jar.getFileName().toString())
        .contains("command-handlers.jar", "identity.jar", "projections.jar", "notifications.jar");
  }

  @Test
  void every_deployable_jar_is_at_most_15_mb() {
    boolean required = "required".equals(System.getProperty("jobmate.deployableJars"));
    Map<String, Long> sizes = new TreeMap<>();
    for (Path jar : codeUris()) {
      if (!Files.isRegularFile(jar)) {
        assertThat(required).as(jar + " is not built: package its module first").isFalse();
        assumeTrue(false, jar + " is not built (run ./jobmate test, or ./mvnw verify)");
      }
      try {
        sizes.put(jar.getParent().getParent().getParent().getFileName() + "/target/lambda/" + jar.getFileName(),
            Files.size(jar));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    sizes.forEach((jar, bytes) -> System.out.printf("deployable jar %s: %.1f MB (%d bytes)%n", jar,
        bytes / (1024.0 * 1024.0), bytes));
    assertThat(sizes).allSatisfy((jar, bytes) -> assertThat(bytes).as(jar + " in bytes").isLessThanOrEqualTo(LIMIT));
  }
}

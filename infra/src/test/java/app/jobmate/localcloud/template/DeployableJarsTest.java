package app.jobmate.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>A jar carries the AWS clients of the functions deployed from it and no other
 * (docs/decisions/lean-jars.md), so the test also reads the class files: what a function's own
 * code reaches from its handler must all be in its jar (locally every module is on one class path,
 * so only this test sees a function deployed from a jar without the client it calls), and no
 * filter of the shading may leave out a class that the rest of its package still names.
 */
class DeployableJarsTest {

  static final long LIMIT = 15L * 1024 * 1024;
  private static final Path TEMPLATE = Path.of("template.yaml");

  /** The distinct jars the template's functions name, resolved from the template's directory. */
  static TreeSet<Path> codeUris() {
    return new TreeSet<>(handlersByJar().keySet());
  }

  /** Each jar the template deploys, with the handler classes of the functions deployed from it. */
  static Map<Path, TreeSet<String>> handlersByJar() {
    JsonNode resources = CloudFormationYaml.read(TEMPLATE).get("Resources");
    Map<Path, TreeSet<String>> handlers = new TreeMap<>();
    resources.properties().forEach(resource -> {
      JsonNode properties = resource.getValue().path("Properties");
      if (resource.getValue().path("Type").asText().equals("AWS::Serverless::Function")
          && properties.path("CodeUri").isTextual()) {
        handlers.computeIfAbsent(TEMPLATE.toAbsolutePath().getParent().resolve(properties.path("CodeUri").asText())
            .normalize(), jar -> new TreeSet<>()).add(properties.path("Handler").asText().split("::")[0]);
      }
    });
    return handlers;
  }

  /** The jars, each read once, or none when they are not built (and not required). */
  private static Map<Path, JarClasses> builtJars() {
    boolean required = "required".equals(System.getProperty("jobmate.deployableJars"));
    Map<Path, JarClasses> jars = new TreeMap<>();
    for (Path jar : codeUris()) {
      if (!Files.isRegularFile(jar)) {
        assertThat(required).as(jar + " is not built: package its module first").isFalse();
        assumeTrue(false, jar + " is not built (run ./jobmate test, or ./mvnw verify)");
      }
      jars.put(jar, JarClasses.of(jar));
    }
    return jars;
  }

  @Test
  void every_class_a_function_s_own_code_names_is_in_the_jar_it_is_deployed_from() {
    // a jar leaves out the clients its functions never call (identity.jar has no EventBridge, SQS
    // or KMS client): a handler reaching code that calls one would fail in AWS, not locally, where
    // every module is on one class path
    Map<Path, JarClasses> jars = builtJars();
    Map<String, Map<String, Set<String>>> missing = new TreeMap<>();
    handlersByJar().forEach((jar, handlers) -> handlers.forEach(handler -> {
      Map<String, Set<String>> reached = jars.get(jar).missingReachableFrom(handler.replace('.', '/'),
          name -> name.startsWith("app/jobmate/"));
      if (!reached.isEmpty()) {
        missing.put(jar.getFileName() + " " + handler, new TreeMap<>(reached));
      }
    }));
    assertThat(missing).as("classes missing from the jar (class: named by)").isEmpty();
  }

  @Test
  void no_jar_leaves_out_a_class_of_a_package_it_ships() {
    // the shade filters take whole unused parts of libraries out (docs/decisions/lean-jars.md): a
    // class the rest of a library still names must never be one of them
    Map<String, Map<String, Set<String>>> missing = new TreeMap<>();
    builtJars().forEach((jar, classes) -> {
      Map<String, Set<String>> cut = classes.missingFromPackagesItHolds();
      if (!cut.isEmpty()) {
        missing.put(jar.getFileName().toString(), new TreeMap<>(cut));
      }
    });
    assertThat(missing).as("classes missing from the jar (class: named by)").isEmpty();
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

package app.jobmate.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * infra/template.yaml against AWS Control Tower's proactive controls, as cfn-guard evaluates them (the binary and
 * the rules come from npm's {@code @cdklabs/cdk-validator-cfnguard}, pinned by tools/cfn-guard's lock file and
 * installed by {@code ./jobmate test}): every rule passes, or the resource it fails on names the rule in its
 * {@code Metadata.guard.SuppressedRules} with the reason beside it in {@code Metadata.guard.Reasons} — and no
 * suppression is left standing once its rule passes.
 */
class ControlTowerRulesTest {

  private static final Path TEMPLATE = Path.of("template.yaml");
  private static final Path PACKAGE = Path.of("../tools/cfn-guard/node_modules/@cdklabs/cdk-validator-cfnguard");
  private static final Pattern RESOURCE = Pattern.compile("\"/Resources/([A-Za-z0-9]+)");
  private static final JsonNode RESOURCES = CloudFormationYaml.read(TEMPLATE).get("Resources");

  /** What cfn-guard said, rule by rule. */
  private static List<JsonNode> results;

  @BeforeAll
  static void validate() throws IOException, InterruptedException {
    Path guard = PACKAGE.resolve("bin").resolve(os()).resolve(arch()).resolve("cfn-guard");
    assertThat(guard).as("cfn-guard from tools/cfn-guard: run ./jobmate test, or npm ci --prefix tools/cfn-guard")
        .isExecutable();
    Path rules = PACKAGE.resolve("rules/control-tower/cfn-guard");
    Path out = Files.createTempFile("cfn-guard", ".json");
    Process process = new ProcessBuilder(guard.toString(), "validate", "-d", TEMPLATE.toString(), "-r", rules.toString(),
        "-o", "json", "--show-summary", "none").redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("cfn-guard finished").isTrue();
    // cfn-guard writes one JSON document per rule file, one after another
    try (MappingIterator<JsonNode> documents = new ObjectMapper().readerFor(JsonNode.class)
        .readValues(Files.readString(out, StandardCharsets.UTF_8))) {
      results = documents.readAll();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static String os() {
    return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "macos" : "ubuntu";
  }

  private static String arch() {
    String arch = System.getProperty("os.arch");
    return arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "x86_64";
  }

  /** Each failure as "rule on Resource". */
  private static Set<String> failures() {
    Set<String> failed = new TreeSet<>();
    for (JsonNode result : results) {
      for (JsonNode rule : result.path("not_compliant")) {
        String name = rule.at("/Rule/name").asText();
        Matcher resources = RESOURCE.matcher(rule.toString());
        while (resources.find()) {
          failed.add(name + " on " + resources.group(1));
        }
      }
    }
    return failed;
  }

  /** Each suppression as "rule on Resource". */
  private static Set<String> suppressions() {
    Set<String> suppressed = new TreeSet<>();
    RESOURCES.properties().forEach(entry -> entry.getValue().at("/Metadata/guard/SuppressedRules")
        .forEach(rule -> suppressed.add(rule.asText() + " on " + entry.getKey())));
    return suppressed;
  }

  @Test
  void the_control_tower_rules_were_all_evaluated() {
    assertThat(results).as("one result per rule file of the package").hasSizeGreaterThan(200);
    assertThat(results).extracting(r -> r.path("status").asText()).contains("PASS");
  }

  @Test
  void every_rule_passes_or_the_resource_suppresses_it() {
    Set<String> unexplained = new TreeSet<>(failures());
    unexplained.removeAll(suppressions());

    assertThat(unexplained).as("failing Control Tower rules without a suppression").isEmpty();
  }

  @Test
  void every_suppression_gives_its_reason_and_is_still_needed() {
    List<String> problems = new ArrayList<>();
    Set<String> failures = failures();
    RESOURCES.properties().forEach(entry -> entry.getValue().at("/Metadata/guard/SuppressedRules").forEach(rule -> {
      String reason = entry.getValue().at("/Metadata/guard/Reasons/" + rule.asText()).asText("");
      if (reason.isBlank()) {
        problems.add(rule.asText() + " on " + entry.getKey() + " has no reason");
      }
      if (!failures.contains(rule.asText() + " on " + entry.getKey())) {
        problems.add(rule.asText() + " on " + entry.getKey() + " passes now: remove its suppression");
      }
    }));

    assertThat(problems).isEmpty();
  }
}

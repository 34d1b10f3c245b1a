package app.jobmate.localcloud.drills;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.template.CloudFormationYaml;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Jobmate's template as deployed, with two timings shortened so that a drill takes seconds, not
 * minutes: the consumers' queues hide a received message for 5 s instead of 180 s (so a failed
 * message is back, and a poison message in its DLQ after five receives, within seconds), and the
 * push's coalescing window is 1 s. Every resource, rule, mapping and setting is otherwise the same.
 */
final class DrillTemplate {

  static final Path DEPLOYED = Path.of("template.yaml");
  static final String STAGE = "local";

  private DrillTemplate() {
  }

  static Path write() {
    try {
      String deployed = Files.readString(DEPLOYED);
      String drill = deployed.replace("      VisibilityTimeout: 180\n", "      VisibilityTimeout: 5\n")
          .replace("  CoalescingWindowSeconds:\n    Type: Number\n    Default: 2\n",
              "  CoalescingWindowSeconds:\n    Type: Number\n    Default: 1\n");
      assertThat(drill).as("the drill's timings apply to the template").doesNotContain("VisibilityTimeout: 180")
          .contains("    Type: Number\n    Default: 1\n");
      Path copy = Files.createTempDirectory("jobmate-drill-template").resolve("template.yaml");
      Files.writeString(copy, drill);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The template's dead-letter queues, logical id to local queue name: every queue a redrive policy
   * sends to, and every on-failure destination of a stream mapping.
   */
  static Map<String, String> deadLetterQueues() {
    JsonNode resources = CloudFormationYaml.read(DEPLOYED).path("Resources");
    Map<String, String> queues = new TreeMap<>();
    resources.properties().forEach(resource -> {
      JsonNode properties = resource.getValue().path("Properties");
      target(properties.path("RedrivePolicy").path("deadLetterTargetArn"), resources, queues);
      properties.path("Events").forEach(event ->
          target(event.path("Properties").path("DestinationConfig").path("OnFailure").path("Destination"), resources, queues));
    });
    assertThat(queues).as("the template's dead-letter queues").isNotEmpty();
    return queues;
  }

  private static void target(JsonNode arn, JsonNode resources, Map<String, String> queues) {
    JsonNode getAtt = arn.path("Fn::GetAtt");
    if (getAtt.isMissingNode()) {
      return;
    }
    String logicalId = getAtt.isArray() ? getAtt.get(0).asText() : getAtt.asText().split("\\.")[0];
    JsonNode name = resources.path(logicalId).path("Properties").path("QueueName");
    String text = name.has("Fn::Sub") ? name.get("Fn::Sub").asText() : name.asText();
    queues.put(logicalId, text.replace("${Stage}", STAGE));
  }
}

package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A client nobody here wrote: the AWS CLI (Debian's awscli, which .ci/run installs) against the local endpoints. */
@ExtendWith(SharedLocalCloud.class)
class AwsCliTest {

  private static LocalCloud cloud;
  private static String aws;

  @BeforeAll
  static void findCli(LocalCloud shared) {
    cloud = shared;
    aws = cli().orElse(null);
    assumeTrue(aws != null, "the AWS CLI is not installed (apt-get install awscli; .ci/run does it), so this test is skipped");
  }

  private static Optional<String> cli() {
    if (Files.isExecutable(Path.of("/usr/bin/aws"))) {
      return Optional.of("/usr/bin/aws");
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "aws"))) {
        return Optional.of(Path.of(dir, "aws").toString());
      }
    }
    return Optional.empty();
  }

  private static JsonNode run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(aws));
    command.addAll(List.of(arguments));
    command.addAll(List.of("--output", "json"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("AWS_ACCESS_KEY_ID", "local");
    builder.environment().put("AWS_SECRET_ACCESS_KEY", "local");
    builder.environment().put("AWS_DEFAULT_REGION", "eu-west-2");
    builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
    builder.environment().put("AWS_CONFIG_FILE", "/dev/null");
    builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    builder.environment().put("AWS_PAGER", "");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return Json.parse(output);
  }

  @Test
  void the_aws_cli_sends_a_message_to_a_local_queue() throws Exception {
    String body = "from the cli " + UUID.randomUUID();
    String queue = cloud.queueUrl("CliQueue");
    JsonNode sent = run("--endpoint-url", cloud.endpoints().sqs().toString(), "sqs", "send-message",
        "--queue-url", queue, "--message-body", body);
    assertThat(sent.get("MessageId").asText()).isNotBlank();

    try (SqsClient sqs = Clients.sqs()) {
      String received = Poll.value("the message is in the queue", Duration.ofSeconds(20),
          () -> sqs.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages(), m -> !m.isEmpty()).getFirst().body();
      assertThat(received).isEqualTo(body);
    }
  }

  @Test
  void the_aws_cli_puts_an_event_on_the_local_bus_and_its_rule_delivers_it() throws Exception {
    String marker = UUID.randomUUID().toString();
    JsonNode put = run("--endpoint-url", cloud.endpoints().eventBridge().toString(), "events", "put-events", "--entries",
        "[{\"Source\":\"cli.test\",\"DetailType\":\"CliPing\",\"Detail\":\"{\\\"marker\\\":\\\"" + marker
            + "\\\"}\",\"EventBusName\":\"jobmate-local\"}]");
    assertThat(put.get("FailedEntryCount").asInt()).isZero();

    String queue = cloud.queueUrl("CliEventsQueue");
    try (SqsClient sqs = Clients.sqs()) {
      String received = Poll.value("the event is in the rule's queue", Duration.ofSeconds(20),
          () -> sqs.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages(), m -> !m.isEmpty()).getFirst().body();
      assertThat(Json.parse(received).at("/detail/marker").asText()).isEqualTo(marker);
      assertThat(Json.parse(received).get("detail-type").asText()).isEqualTo("CliPing");
    }
  }
}

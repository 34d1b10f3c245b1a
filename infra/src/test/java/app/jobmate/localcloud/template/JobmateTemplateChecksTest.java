package app.jobmate.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Checks over infra/template.yaml itself — the file that deploys Jobmate — so that what the architecture and
 * the operations of a serverless system need is true of it before anyone deploys: every queue
 * gives up to a DLQ, every batch reports item failures, no IAM action is a wildcard, everything
 * at rest is encrypted, and the file is what SAM accepts.
 */
class JobmateTemplateChecksTest {

  private static final Path TEMPLATE = Path.of("template.yaml");
  private final JsonNode template = CloudFormationYaml.read(TEMPLATE);
  private final JsonNode resources = template.get("Resources");

  @Test
  void is_a_sam_template_the_published_sam_schema_accepts() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> { });
    Schema schema = registry.getSchema(SchemaLocation.of("classpath:sam/sam.schema.json"));
    List<Error> errors = schema.validate(template.toString(), InputFormat.JSON);

    assertThat(errors).extracting(Error::toString).isEmpty();
  }

  @Test
  void has_a_stage_parameter_that_every_table_queue_and_bus_name_carries() {
    assertThat(template.at("/Parameters/Stage/Type").asText()).isEqualTo("String");
    eachResource((id, resource) -> {
      String nameProperty = switch (resource.path("Type").asText()) {
        case "AWS::DynamoDB::Table" -> "TableName";
        case "AWS::SQS::Queue" -> "QueueName";
        case "AWS::Events::EventBus" -> "Name";
        default -> null;
      };
      if (nameProperty != null) {
        assertThat(resource.at("/Properties/" + nameProperty).toString()).as(id).contains("${Stage}");
      }
    });
  }

  @Test
  void every_queue_a_function_consumes_gives_up_to_its_own_dead_letter_queue_after_at_least_5_receives() {
    Set<String> consumed = new HashSet<>();
    functionEvents((function, event) -> {
      if (event.path("Type").asText().equals("SQS")) {
        consumed.add(logicalIdOf(event.at("/Properties/Queue")));
      }
    });
    assertThat(consumed).isNotEmpty();
    Set<String> deadLetterQueues = new HashSet<>();
    for (String queue : consumed) {
      JsonNode redrive = resources.at("/" + queue + "/Properties/RedrivePolicy");
      assertThat(redrive.isMissingNode()).as(queue + " has a RedrivePolicy").isFalse();
      assertThat(redrive.path("maxReceiveCount").asInt()).as(queue + " maxReceiveCount").isGreaterThanOrEqualTo(5);
      String dlq = logicalIdOf(redrive.path("deadLetterTargetArn"));
      assertThat(resources.has(dlq)).as(queue + "'s DLQ exists").isTrue();
      assertThat(deadLetterQueues.add(dlq)).as(queue + " has a DLQ of its own").isTrue();
      assertThat(resources.at("/" + dlq + "/Properties/MessageRetentionPeriod").asInt())
          .as(dlq + " keeps messages 14 days").isEqualTo(1_209_600);
    }
  }

  @Test
  void a_queue_hides_a_message_for_at_least_six_times_its_consumers_timeout() {
    int globalTimeout = template.at("/Globals/Function/Timeout").asInt(3);
    functionEvents((function, event) -> {
      if (event.path("Type").asText().equals("SQS")) {
        String queue = logicalIdOf(event.at("/Properties/Queue"));
        int timeout = resources.at("/" + function + "/Properties/Timeout").asInt(globalTimeout);
        int visibility = resources.at("/" + queue + "/Properties/VisibilityTimeout").asInt(30);
        // AWS: set the source queue's visibility timeout to at least six times the function's timeout
        assertThat(visibility).as(queue + " visibility vs " + function + " timeout " + timeout).isGreaterThanOrEqualTo(6 * timeout);
      }
    });
  }

  @Test
  void every_queue_and_stream_mapping_reports_batch_item_failures() {
    List<String> mappings = new ArrayList<>();
    functionEvents((function, event) -> {
      String type = event.path("Type").asText();
      if (type.equals("SQS") || type.equals("DynamoDB") || type.equals("Kinesis")) {
        mappings.add(function);
        assertThat(event.at("/Properties/FunctionResponseTypes").toString()).as(function + " " + type)
            .contains("ReportBatchItemFailures");
      }
    });
    assertThat(mappings).isNotEmpty();
  }

  @Test
  void every_stream_mapping_bisects_retries_a_bounded_number_of_times_and_sets_failures_aside() {
    functionEvents((function, event) -> {
      if (event.path("Type").asText().equals("DynamoDB")) {
        JsonNode p = event.get("Properties");
        assertThat(p.path("BisectBatchOnFunctionError").asBoolean()).as(function).isTrue();
        assertThat(p.path("MaximumRetryAttempts").asInt(-1)).as(function).isBetween(0, 10_000);
        assertThat(p.at("/DestinationConfig/OnFailure/Destination").isMissingNode()).as(function).isFalse();
      }
    });
  }

  @Test
  void no_iam_action_is_a_wildcard() {
    List<String> actions = new ArrayList<>();
    collectActions(template, actions);
    assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(action).doesNotContain("*"));
  }

  @Test
  void every_function_says_exactly_what_it_may_do_and_uses_no_policy_templates() {
    eachResource((id, resource) -> {
      if (resource.path("Type").asText().equals("AWS::Serverless::Function")) {
        for (JsonNode policy : resource.at("/Properties/Policies")) {
          assertThat(policy.has("Statement")).as(id + " policy " + policy).isTrue();
        }
      }
    });
  }

  @Test
  void tables_queues_and_the_bus_are_encrypted() {
    eachResource((id, resource) -> {
      JsonNode p = resource.path("Properties");
      switch (resource.path("Type").asText()) {
        case "AWS::DynamoDB::Table" -> assertThat(p.at("/SSESpecification/SSEEnabled").asBoolean()).as(id).isTrue();
        case "AWS::SQS::Queue" -> assertThat(p.path("SqsManagedSseEnabled").asBoolean() || p.has("KmsMasterKeyId"))
            .as(id).isTrue();
        case "AWS::Events::EventBus" -> assertThat(p.has("KmsKeyIdentifier")).as(id).isTrue();
        default -> { }
      }
    });
  }

  @Test
  void the_receipts_bucket_is_private_kms_encrypted_tls_only_kept_six_years_and_open_to_the_dashboard_only() {
    JsonNode bucket = resources.at("/ReceiptsBucket/Properties");
    assertThat(bucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm")
        .asText()).isEqualTo("aws:kms");
    assertThat(logicalIdOf(bucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault"
        + "/KMSMasterKeyID"))).isEqualTo("ReceiptsKey");
    assertThat(resources.at("/ReceiptsKey/Properties/EnableKeyRotation").asBoolean()).isTrue();
    JsonNode block = bucket.path("PublicAccessBlockConfiguration");
    assertThat(List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"))
        .allSatisfy(setting -> assertThat(block.path(setting).asBoolean()).as(setting).isTrue());
    assertThat(bucket.at("/OwnershipControls/Rules/0/ObjectOwnership").asText()).isEqualTo("BucketOwnerEnforced");
    assertThat(resources.at("/ReceiptsBucket/DeletionPolicy").asText()).isEqualTo("Retain");

    JsonNode rules = bucket.at("/LifecycleConfiguration/Rules");
    JsonNode keep = rules.get(0);
    assertThat(keep.path("Status").asText()).isEqualTo("Enabled");
    assertThat(keep.at("/Transitions/0/TransitionInDays").asInt()).isEqualTo(365);
    assertThat(keep.at("/Transitions/0/StorageClass").asText()).isIn("STANDARD_IA", "GLACIER_IR");
    // HMRC: records kept six years from the end of the tax year they belong to (up to seven from upload)
    assertThat(keep.path("ExpirationInDays").asInt()).isBetween(6 * 365 + 365, 7 * 366);
    assertThat(rules).anySatisfy(rule -> assertThat(rule.at("/AbortIncompleteMultipartUpload/DaysAfterInitiation").asInt())
        .isPositive());

    JsonNode cors = bucket.at("/CorsConfiguration/CorsRules");
    assertThat(cors).hasSize(1);
    assertThat(cors.at("/0/AllowedOrigins")).hasSize(1);
    assertThat(cors.at("/0/AllowedOrigins/0/Ref").asText()).isEqualTo("WebOrigin");
    assertThat(cors.at("/0/AllowedMethods").toString()).isEqualTo("[\"POST\"]");

    JsonNode tls = resources.at("/ReceiptsBucketPolicy/Properties/PolicyDocument/Statement/0");
    assertThat(logicalIdOf(resources.at("/ReceiptsBucketPolicy/Properties/Bucket"))).isEqualTo("ReceiptsBucket");
    assertThat(tls.path("Effect").asText()).isEqualTo("Deny");
    assertThat(tls.path("Action").asText()).isEqualTo("s3:*");
    assertThat(tls.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
  }

  @Test
  void only_the_expense_functions_reach_receipts_and_only_under_receipts() {
    eachResource((id, resource) -> {
      List<String> actions = new ArrayList<>();
      collectActions(resource.at("/Properties/Policies"), actions);
      if (actions.stream().anyMatch(a -> a.startsWith("s3:"))) {
        assertThat(id).startsWith("Expense");
        assertThat(resource.at("/Properties/Policies").toString()).contains("/receipts/*");
        assertThat(actions.stream().filter(a -> a.startsWith("s3:"))).allMatch(a -> a.equals("s3:PutObject")
            || a.equals("s3:GetObject") || a.equals("s3:ListBucket"));
        if (actions.contains("s3:ListBucket")) {
          assertThat(resource.at("/Properties/Policies").toString()).contains("\"s3:prefix\":[\"receipts/*\"]");
        }
      }
    });
  }

  @Test
  void every_handler_is_a_class_with_a_public_no_argument_constructor() throws Exception {
    List<String> handlers = new ArrayList<>();
    eachResource((id, resource) -> {
      if (resource.path("Type").asText().equals("AWS::Serverless::Function")) {
        handlers.add(resource.at("/Properties/Handler").asText());
      }
    });
    for (String handler : handlers) {
      Class<?> type = Class.forName(handler.split("::")[0]);
      assertThat(type.getConstructor()).as(handler).isNotNull();
    }
  }

  private void eachResource(BiConsumer<String, JsonNode> check) {
    for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      check.accept(entry.getKey(), entry.getValue());
    }
  }

  private void functionEvents(BiConsumer<String, JsonNode> check) {
    eachResource((id, resource) -> {
      if (resource.path("Type").asText().equals("AWS::Serverless::Function")) {
        resource.at("/Properties/Events").forEach(event -> check.accept(id, event));
      }
    });
  }

  /** The logical id a {@code !GetAtt X.Arn} or {@code !Ref X} names. */
  private static String logicalIdOf(JsonNode reference) {
    if (reference.has("Fn::GetAtt")) {
      JsonNode getAtt = reference.get("Fn::GetAtt");
      return getAtt.isArray() ? getAtt.get(0).asText() : getAtt.asText().split("\\.")[0];
    }
    return reference.path("Ref").asText();
  }

  /** Every IAM action allowed anywhere: function policies, roles, key, queue and bucket policies. */
  private static void collectActions(JsonNode node, List<String> actions) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if ((field.getKey().equals("Action") || field.getKey().equals("NotAction")) && object.has("Effect")
            && !object.path("Effect").asText().equals("Deny")) { // a deny grants nothing: "s3:*" over plain HTTP is a guard
          if (field.getValue().isArray()) {
            field.getValue().forEach(a -> actions.add(a.asText()));
          } else {
            actions.add(field.getValue().asText());
          }
        } else {
          collectActions(field.getValue(), actions);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(child -> collectActions(child, actions));
    }
  }
}

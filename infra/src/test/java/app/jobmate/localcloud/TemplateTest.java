package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.template.CloudFormationYaml;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private final LocalResourceNames names = new LocalResourceNames(URI.create("http://127.0.0.1:9324"), URI.create("http://127.0.0.1:3000"));

  private Intrinsics toy(Map<String, String> parameters) {
    return new Intrinsics(Template.load(SharedLocalCloud.TOY_TEMPLATE, parameters), names);
  }

  private JsonNode variables(Intrinsics intrinsics, String function) {
    return intrinsics.properties(intrinsics.template().resource(function).orElseThrow()).path("Environment").path("Variables");
  }

  @Test
  void short_form_tags_become_their_long_forms() {
    JsonNode root = CloudFormationYaml.read("""
        A: !Ref Thing
        B: !GetAtt Queue.Arn
        C: !Sub "${AWS::Region}"
        D: !Join [",", [a, b]]
        E: !If [Cond, x, y]
        F: 2010-09-09
        """);
    assertThat(root.get("A").toString()).isEqualTo("{\"Ref\":\"Thing\"}");
    assertThat(root.get("B").toString()).isEqualTo("{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]}");
    assertThat(root.get("C").toString()).isEqualTo("{\"Fn::Sub\":\"${AWS::Region}\"}");
    assertThat(root.get("D").toString()).isEqualTo("{\"Fn::Join\":[\",\",[\"a\",\"b\"]]}");
    assertThat(root.get("E").toString()).isEqualTo("{\"Fn::If\":[\"Cond\",\"x\",\"y\"]}");
    assertThat(root.get("F").asText()).isEqualTo("2010-09-09");
  }

  @Test
  void intrinsics_resolve_to_local_names_endpoints_and_arns() {
    JsonNode variables = variables(toy(Map.of("Stage", "local")), "SettingsFunction");

    assertThat(variables.path("GREETING").asText()).isEqualTo("hello from jobmate-local in eu-west-2, account 000000000000");
    assertThat(variables.path("QUEUE_URL").asText()).isEqualTo("http://127.0.0.1:9324/000000000000/CliQueue");
    assertThat(variables.path("QUEUE_ARN").asText()).isEqualTo("arn:aws:sqs:eu-west-2:000000000000:CliQueue");
    assertThat(variables.path("BUS").asText()).isEqualTo("jobmate-local");
    assertThat(variables.path("TABLE").asText()).isEqualTo("local-notes");
    assertThat(variables.path("API").asText()).isEqualTo("http://127.0.0.1:3000");
    assertThat(variables.path("FIRST_AZ").asText()).isEqualTo("eu-west-2a");
    assertThat(variables.path("SECOND_PART").asText()).isEqualTo("b");
    assertThat(variables.path("MODE").asText()).isEqualTo("local-mode");
    assertThat(variables.path("LITERAL").asText()).isEqualTo("${NotAVariable}");
    assertThat(variables.path("WITH_VARIABLES").asText()).isEqualTo("Hi, local");
  }

  @Test
  void globals_are_merged_into_functions_as_sam_merges_them() {
    Intrinsics intrinsics = toy(Map.of("Stage", "local"));
    JsonNode settings = intrinsics.properties(intrinsics.template().resource("SettingsFunction").orElseThrow());

    assertThat(settings.path("MemorySize").asInt()).isEqualTo(256);
    assertThat(settings.path("Timeout").asInt()).isEqualTo(10);
    assertThat(settings.path("Runtime").asText()).isEqualTo("java21");
    assertThat(settings.path("Environment").path("Variables").path("STAGE").asText()).isEqualTo("local");
    assertThat(settings.path("Environment").path("Variables").path("LOG_LEVEL").asText()).isEqualTo("DEBUG");
    assertThat(settings.path("Environment").path("Variables").has("GREETING")).isTrue();
  }

  @Test
  void parameters_take_their_defaults_unless_overridden_and_conditions_follow_them() {
    Intrinsics byDefault = toy(Map.of());
    Intrinsics local = toy(Map.of("Stage", "local"));

    assertThat(variables(byDefault, "EchoFunction").path("LOG_LEVEL").asText()).isEqualTo("INFO");
    assertThat(byDefault.isDeployed(byDefault.template().resource("LocalOnlyQueue").orElseThrow())).isFalse();
    assertThat(byDefault.isDeployed(byDefault.template().resource("ProductionOnlyQueue").orElseThrow())).isTrue();
    assertThat(local.isDeployed(local.template().resource("LocalOnlyQueue").orElseThrow())).isTrue();
    assertThat(local.isDeployed(local.template().resource("ProductionOnlyQueue").orElseThrow())).isFalse();
  }

  @Test
  void refs_to_user_pools_and_clients_give_the_local_issuers_values() {
    Intrinsics intrinsics = toy(Map.of("Stage", "local"));
    JsonNode auth = intrinsics.properties(intrinsics.template().resource("Api").orElseThrow()).path("Auth");

    assertThat(auth.at("/Authorizers/Cognito/JwtConfiguration/issuer").asText())
        .isEqualTo("https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_UserPool");
    assertThat(auth.at("/Authorizers/Cognito/JwtConfiguration/audience/0").asText()).isEqualTo("localWebClient");
    assertThat(intrinsics.ref("AWS::StackName").asText()).isEqualTo("jobmate-local");
  }

  @Test
  void an_implicit_http_api_is_added_for_events_without_an_api_id_and_unknown_refs_fail() {
    Template template = Template.of(CloudFormationYaml.read("""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: x.Y
              Events:
                Get: { Type: HttpApi, Properties: { Path: /x, Method: GET } }
              Environment:
                Variables:
                  MISSING: !Ref Nowhere
        """), Map.of());
    assertThat(template.resource(Template.IMPLICIT_HTTP_API)).isPresent();
    Intrinsics intrinsics = new Intrinsics(template, names);
    assertThatThrownBy(() -> intrinsics.properties(template.resource("Fn").orElseThrow()))
        .hasMessageContaining("Nowhere");
  }

  @Test
  void a_function_without_a_role_has_sams_implicit_role_whose_arn_a_policy_may_name() {
    Template template = Template.of(CloudFormationYaml.read("""
        Resources:
          Relay:
            Type: AWS::Serverless::Function
            Properties: { Handler: x.Y }
          Given:
            Type: AWS::Serverless::Function
            Properties: { Handler: x.Y, Role: arn:aws:iam::000000000000:role/given }
          Policy:
            Type: AWS::Events::EventBusPolicy
            Properties:
              StatementId: relay-only
              Statement:
                Effect: Deny
                Condition:
                  ArnNotEquals:
                    aws:PrincipalArn: !GetAtt RelayRole.Arn
        """), Map.of());
    Intrinsics intrinsics = new Intrinsics(template, names);

    assertThat(template.resource("RelayRole")).hasValueSatisfying(role -> assertThat(role.type()).isEqualTo("AWS::IAM::Role"));
    assertThat(template.resource("GivenRole")).as("a function that names its role gets none").isEmpty();
    assertThat(intrinsics.properties(template.resource("Policy").orElseThrow())
        .at("/Statement/Condition/ArnNotEquals/aws:PrincipalArn").asText())
        .isEqualTo("arn:aws:iam::000000000000:role/RelayRole");
  }

  @Test
  void a_websocket_api_refs_to_a_local_api_id_and_its_endpoint_is_the_local_websocket_path() {
    Intrinsics intrinsics = toy(Map.of("Stage", "local"));
    assertThat(intrinsics.ref("WebSocketApi").asText()).isEqualTo("websocketapi");
    assertThat(intrinsics.resolve(Json.parse("{\"Fn::GetAtt\":[\"WebSocketApi\",\"ApiEndpoint\"]}")).asText())
        .isEqualTo("ws://127.0.0.1:3000/ws");
    assertThat(variables(intrinsics, "PushFunction").get("WEBSOCKET_ENDPOINT").asText())
        .as("as in AWS; the local cloud rewrites it when it builds the function's settings")
        .isEqualTo("https://websocketapi.execute-api.eu-west-2.amazonaws.com/local");
  }
}

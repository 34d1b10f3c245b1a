package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.toys.Recorder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An HTTP API route guarded by a Lambda REQUEST authorizer (payload 2.0, simple responses, cached for 300 s). */
@ExtendWith(SharedLocalCloud.class)
class LambdaAuthorizerTest {

  private static LocalCloud cloud;

  @BeforeAll
  static void find(LocalCloud shared) {
    cloud = shared;
  }

  private static HttpResponse<String> get(String key) {
    var request = Http.to(cloud, "/keyed/7?view=full");
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    return Http.send(request.GET());
  }

  private static int authorizerInvocations() {
    return cloud.functions().require("KeyAuthorizerFunction").invocations();
  }

  @Test
  void a_missing_identity_source_is_401_without_invoking_the_authorizer() {
    int before = authorizerInvocations();
    HttpResponse<String> response = get(null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(authorizerInvocations()).isEqualTo(before);
  }

  @Test
  void a_refusal_is_403_and_an_authorizer_failing_with_unauthorized_is_401() {
    HttpResponse<String> refused = get("wrong-" + UUID.randomUUID());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    assertThat(get("explode").statusCode()).isEqualTo(401);
  }

  @Test
  void an_authorized_request_reaches_the_function_with_the_context_and_the_answer_is_cached_per_identity() {
    String key = "open-sesame-" + UUID.randomUUID();
    int before = authorizerInvocations();
    HttpResponse<String> response = get(key);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode event = Json.parse(response.body());
    assertThat(event.at("/requestContext/authorizer/lambda/tenantId").asText()).isEqualTo("t-acme");
    assertThat(event.at("/requestContext/authorizer/lambda/scopes/0").asText()).isEqualTo("quotes:read");

    JsonNode authorizerEvent = Recorder.seen("KeyAuthorizer").stream().map(Json::parse)
        .filter(e -> e.at("/identitySource/0").asText().equals(key)).findFirst().orElseThrow();
    assertThat(authorizerEvent.get("version").asText()).isEqualTo("2.0");
    assertThat(authorizerEvent.get("type").asText()).isEqualTo("REQUEST");
    assertThat(authorizerEvent.get("routeArn").asText()).isEqualTo("arn:aws:execute-api:eu-west-2:000000000000:api/$default/GET/keyed/7");
    assertThat(authorizerEvent.get("routeKey").asText()).isEqualTo("GET /keyed/{id}");
    assertThat(authorizerEvent.get("rawQueryString").asText()).isEqualTo("view=full");
    assertThat(authorizerEvent.at("/headers/x-api-key").asText()).isEqualTo(key);
    assertThat(authorizerEvent.at("/pathParameters/id").asText()).isEqualTo("7");
    assertThat(authorizerEvent.has("body")).isFalse();

    assertThat(get(key).statusCode()).isEqualTo(200);
    assertThat(authorizerInvocations()).as("the second request used the cached answer").isEqualTo(before + 1);
  }
}

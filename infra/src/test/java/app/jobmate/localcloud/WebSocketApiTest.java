package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.toys.Recorder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionResponse;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PayloadTooLargeException;

@ExtendWith(SharedLocalCloud.class)
class WebSocketApiTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private static LocalCloud cloud;
  private static String token;
  private static String sub;

  @BeforeAll
  static void signIn(LocalCloud shared) {
    cloud = shared;
    token = Http.signIn(cloud, "olivia@acme.example");
    sub = cloud.identity().users().users().getFirst().sub();
  }

  private static URI webSocket(String query) {
    return URI.create(cloud.endpoints().webSocket().orElseThrow() + query);
  }

  private static WsClient connected() {
    return WsClient.connect(webSocket("?token=" + token));
  }

  private static JsonNode ask(WsClient client, String message) {
    client.send(message);
    return Json.parse(client.next());
  }

  private static List<JsonNode> recorded(String what, String connectionId) {
    List<JsonNode> events = new ArrayList<>();
    for (String raw : Recorder.seen(what)) {
      JsonNode event = Json.parse(raw);
      if (event.at("/requestContext/connectionId").asText().equals(connectionId)) {
        events.add(event);
      }
    }
    return events;
  }

  /** A management client built as Jobmate's push function builds it: from WEBSOCKET_ENDPOINT as the template sets it. */
  private static ApiGatewayManagementApiClient managementClient() {
    String endpoint = cloud.functions().require("PushFunction").spec().environment().get("WEBSOCKET_ENDPOINT");
    return ApiGatewayManagementApiClient.builder().endpointOverride(URI.create(endpoint))
        .httpClient(UrlConnectionHttpClient.create()).build();
  }

  @Test
  void the_websocket_api_is_on_the_api_port_and_its_execute_api_urls_are_rewritten_to_it() {
    URI api = cloud.endpoints().api();
    assertThat(cloud.endpoints().webSocket()).contains(URI.create("ws://" + api.getAuthority() + "/ws"));
    assertThat(cloud.endpoints().connections()).contains(URI.create(api + "/local"));
    Map<String, String> settings = cloud.functions().require("PushFunction").spec().environment();
    assertThat(settings.get("WEBSOCKET_ENDPOINT")).isEqualTo(api + "/local");
    assertThat(settings.get("WEBSOCKET_URL")).isEqualTo("ws://" + api.getAuthority() + "/ws/local");
    assertThat(settings.get("NOT_OURS")).as("another API's URL is left alone").isEqualTo("https://abc123.execute-api.eu-west-2.amazonaws.com/local");
    assertThat(cloud.sdkSettings()).containsEntry("aws.endpointUrlApiGatewayManagementApi", api.toString());
  }

  @Test
  void a_signed_in_user_connects_and_the_authorizer_and_connect_route_get_api_gateways_events() throws Exception {
    try (WsClient client = connected()) {
      String connectionId = ask(client, "{\"action\":\"whoami\"}").get("connectionId").asText();

      JsonNode authorizerEvent = Recorder.seen("WsAuthorizer").stream().map(Json::parse)
          .filter(e -> e.at("/requestContext/connectionId").asText().equals(connectionId)).findFirst().orElseThrow();
      assertThat(authorizerEvent.get("type").asText()).isEqualTo("REQUEST");
      assertThat(authorizerEvent.get("methodArn").asText()).isEqualTo("arn:aws:execute-api:eu-west-2:000000000000:websocketapi/local/$connect");
      assertThat(authorizerEvent.at("/queryStringParameters/token").asText()).isEqualTo(token);
      assertThat(authorizerEvent.at("/multiValueQueryStringParameters/token/0").asText()).isEqualTo(token);
      assertThat(authorizerEvent.at("/headers/Host").asText()).isEqualTo(cloud.endpoints().api().getAuthority());
      assertThat(authorizerEvent.at("/headers/X-Forwarded-For").asText()).isEqualTo("127.0.0.1");
      assertThat(authorizerEvent.at("/multiValueHeaders/Sec-WebSocket-Key").isArray()).isTrue();
      assertThat(authorizerEvent.get("stageVariables").isObject()).isTrue();
      JsonNode authorizerContext = authorizerEvent.get("requestContext");
      assertThat(authorizerContext.get("routeKey").asText()).isEqualTo("$connect");
      assertThat(authorizerContext.get("eventType").asText()).isEqualTo("CONNECT");
      assertThat(authorizerContext.get("stage").asText()).isEqualTo("local");
      assertThat(authorizerContext.get("apiId").asText()).isEqualTo("websocketapi");
      assertThat(authorizerContext.get("messageDirection").asText()).isEqualTo("IN");
      assertThat(authorizerContext.get("connectedAt").isNumber()).isTrue();
      assertThat(authorizerContext.get("requestTimeEpoch").isNumber()).isTrue();
      assertThat(authorizerContext.get("requestTime").asText()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
      assertThat(authorizerContext.at("/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
      assertThat(authorizerContext.has("authorizer")).isFalse();

      JsonNode connect = recorded("WsConnection", connectionId).getFirst();
      assertThat(connect.at("/requestContext/eventType").asText()).isEqualTo("CONNECT");
      assertThat(connect.at("/requestContext/routeKey").asText()).isEqualTo("$connect");
      assertThat(connect.at("/requestContext/domainName").asText()).isEqualTo(cloud.endpoints().api().getAuthority());
      assertThat(connect.at("/requestContext/requestId").asText()).isNotBlank();
      assertThat(connect.at("/requestContext/authorizer/principalId").asText()).isEqualTo(sub);
      assertThat(connect.at("/requestContext/authorizer/tenantId").asText()).isEqualTo("t-acme");
      assertThat(connect.at("/requestContext/authorizer/roles").asText()).isEqualTo("owner");
      assertThat(connect.at("/requestContext/authorizer/owner").asBoolean()).isTrue();
      assertThat(connect.at("/queryStringParameters/token").asText()).isEqualTo(token);
      assertThat(connect.at("/headers/Upgrade").asText()).isEqualToIgnoringCase("websocket");
      assertThat(connect.get("isBase64Encoded").asBoolean()).isFalse();
      assertThat(connectionId).matches("[A-Za-z0-9_-]{15}=");
    }
  }

  @Test
  void without_a_token_the_handshake_is_refused_with_401_and_the_authorizer_is_not_invoked() {
    int before = cloud.functions().require("WsAuthorizerFunction").invocations();
    assertThat(WsClient.refusal(webSocket(""), Map.of())).isEqualTo(401);
    assertThat(WsClient.refusal(webSocket("?token="), Map.of())).isEqualTo(401);
    assertThat(cloud.functions().require("WsAuthorizerFunction").invocations()).isEqualTo(before);
  }

  @Test
  void a_token_the_authorizer_denies_is_403_and_one_it_fails_with_unauthorized_is_401() {
    assertThat(WsClient.refusal(webSocket("?token=not-a-jwt"), Map.of())).isEqualTo(403);
    assertThat(WsClient.refusal(webSocket("?token=explode"), Map.of())).isEqualTo(401);
  }

  @Test
  void a_connect_route_answering_403_refuses_the_handshake() {
    assertThat(WsClient.refusal(webSocket("?token=" + token + "&refuse=yes"), Map.of())).isEqualTo(403);
  }

  @Test
  void messages_are_routed_by_action_else_to_default_and_each_reply_carries_the_authorizers_principal() {
    try (WsClient client = WsClient.connect(webSocket("/local?token=" + token))) {
      JsonNode whoami = ask(client, "{\"action\":\"whoami\",\"n\":1}");
      assertThat(whoami.get("routeKey").asText()).isEqualTo("whoami");
      assertThat(whoami.get("eventType").asText()).isEqualTo("MESSAGE");
      assertThat(whoami.get("messageId").asText()).isNotBlank();
      assertThat(whoami.get("stage").asText()).isEqualTo("local");
      assertThat(whoami.get("apiId").asText()).isEqualTo("websocketapi");
      assertThat(whoami.get("sourceIp").asText()).isEqualTo("127.0.0.1");
      assertThat(whoami.get("connectedAt").asLong()).isPositive();
      assertThat(whoami.get("principalId").asText()).isEqualTo(sub);
      assertThat(whoami.get("tenantId").asText()).isEqualTo("t-acme");
      assertThat(whoami.get("body").asText()).isEqualTo("{\"action\":\"whoami\",\"n\":1}");

      assertThat(ask(client, "{\"action\":\"no-such-route\"}").get("routeKey").asText()).isEqualTo("$default");
      assertThat(ask(client, "plain words, not JSON").get("routeKey").asText()).isEqualTo("$default");
      assertThat(ask(client, "{\"action\":\"$connect\"}").get("routeKey").asText()).isEqualTo("$default");

      client.send("{\"action\":\"whoami\",\"note\":\"silent\"}");
      assertThat(ask(client, "{\"action\":\"whoami\",\"n\":2}").get("body").asText()).as("a null result sends nothing back")
          .contains("\"n\":2");
    }
  }

  @Test
  void a_failing_route_function_sends_api_gateways_internal_server_error_frame() {
    try (WsClient client = connected()) {
      JsonNode error = ask(client, "{\"action\":\"boom\"}");
      assertThat(error.get("message").asText()).isEqualTo("Internal server error");
      assertThat(error.get("connectionId").asText()).isNotBlank();
      assertThat(error.get("requestId").asText()).isNotBlank();
    }
  }

  @Test
  void closing_the_connection_runs_disconnect_with_the_close_status() {
    String connectionId;
    try (WsClient client = connected()) {
      connectionId = ask(client, "{\"action\":\"whoami\"}").get("connectionId").asText();
    }
    JsonNode disconnect = Poll.value("$disconnect ran", PATIENCE, () -> recorded("WsConnection", connectionId).stream()
        .filter(e -> e.at("/requestContext/eventType").asText().equals("DISCONNECT")).toList(), l -> !l.isEmpty()).getFirst();
    assertThat(disconnect.at("/requestContext/routeKey").asText()).isEqualTo("$disconnect");
    assertThat(disconnect.at("/requestContext/disconnectStatusCode").asInt()).isEqualTo(1000);
    assertThat(disconnect.at("/requestContext/authorizer/principalId").asText()).isEqualTo(sub);
    assertThat(disconnect.at("/headers/Host").asText()).isEqualTo(cloud.endpoints().api().getAuthority());
  }

  @Test
  void a_management_client_built_like_production_code_posts_gets_and_deletes_and_a_closed_connection_is_gone() {
    try (ApiGatewayManagementApiClient connections = managementClient(); WsClient client = connected()) {
      String connectionId = ask(client, "{\"action\":\"whoami\"}").get("connectionId").asText();

      connections.postToConnection(r -> r.connectionId(connectionId).data(SdkBytes.fromUtf8String("{\"event\":\"QuoteIssued\"}")));
      assertThat(client.next()).isEqualTo("{\"event\":\"QuoteIssued\"}");

      GetConnectionResponse status = connections.getConnection(r -> r.connectionId(connectionId));
      assertThat(status.connectedAt()).isNotNull();
      assertThat(status.lastActiveAt()).isAfterOrEqualTo(status.connectedAt());
      assertThat(status.identity().sourceIp()).isEqualTo("127.0.0.1");

      assertThatThrownBy(() -> connections.postToConnection(r -> r.connectionId(connectionId)
          .data(SdkBytes.fromByteArray(new byte[128 * 1024 + 1])))).isInstanceOf(PayloadTooLargeException.class);

      connections.deleteConnection(r -> r.connectionId(connectionId));
      assertThat(client.closeStatus()).isEqualTo(1000);
      Poll.until("$disconnect ran after DeleteConnection", PATIENCE, () -> recorded("WsConnection", connectionId).stream()
          .anyMatch(e -> e.at("/requestContext/eventType").asText().equals("DISCONNECT")));
      assertThatThrownBy(() -> connections.postToConnection(r -> r.connectionId(connectionId).data(SdkBytes.fromUtf8String("late"))))
          .isInstanceOf(GoneException.class);
      assertThatThrownBy(() -> connections.getConnection(r -> r.connectionId(connectionId))).isInstanceOf(GoneException.class);
      assertThatThrownBy(() -> connections.deleteConnection(r -> r.connectionId(connectionId))).isInstanceOf(GoneException.class);
      assertThatThrownBy(() -> connections.postToConnection(r -> r.connectionId("never-connected=").data(SdkBytes.fromUtf8String("x"))))
          .isInstanceOf(GoneException.class);
    }
  }

  @Test
  void a_function_pushes_through_its_own_management_client_until_the_client_goes_away() {
    String connectionId;
    try (WsClient client = connected()) {
      connectionId = ask(client, "{\"action\":\"whoami\"}").get("connectionId").asText();
      var pushed = Http.send(Http.to(cloud, "/push/" + connectionId).POST(HttpRequest.BodyPublishers.ofString("task due today")));
      assertThat(pushed.statusCode()).isEqualTo(200);
      assertThat(client.next()).isEqualTo("task due today");
    }
    var gone = Http.send(Http.to(cloud, "/push/" + connectionId).POST(HttpRequest.BodyPublishers.ofString("too late")));
    assertThat(gone.statusCode()).isEqualTo(410);
  }

  @Test
  void a_management_client_without_an_endpoint_override_reaches_the_stage_less_path() {
    try (ApiGatewayManagementApiClient connections = ApiGatewayManagementApiClient.builder()
        .httpClient(UrlConnectionHttpClient.create()).build(); WsClient client = connected()) {
      String connectionId = ask(client, "{\"action\":\"whoami\"}").get("connectionId").asText();
      connections.postToConnection(r -> r.connectionId(connectionId).data(SdkBytes.fromUtf8String("via the SDK setting")));
      assertThat(client.next()).isEqualTo("via the SDK setting");
    }
  }
}

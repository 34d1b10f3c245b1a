package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedLocalCloud.class)
class HttpApiTest {

  private static LocalCloud cloud;
  private static String token;

  @BeforeAll
  static void signIn(LocalCloud shared) {
    cloud = shared;
    token = Http.signIn(cloud, "olivia@acme.example");
  }

  private static JsonNode echoed(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.parse(response.body());
  }

  @Test
  void a_request_reaches_the_function_in_api_gateways_payload_format_2_0() {
    HttpResponse<String> response = Http.send(Http.to(cloud, "/echo/quote%2D7?a=1&a=2&b=x%20y")
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("X-Custom", "one")
        .header("X-Custom", "two")
        .header("Cookie", "c1=v1; c2=v2")
        .POST(HttpRequest.BodyPublishers.ofString("{\"hello\":\"world\"}")));
    JsonNode event = echoed(response);

    List<String> fields = new ArrayList<>();
    event.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("version", "routeKey", "rawPath", "rawQueryString", "cookies", "headers",
        "queryStringParameters", "requestContext", "body", "pathParameters", "isBase64Encoded");
    assertThat(event.get("version").asText()).isEqualTo("2.0");
    assertThat(event.get("routeKey").asText()).isEqualTo("POST /echo/{id}");
    assertThat(event.get("rawPath").asText()).isEqualTo("/echo/quote%2D7");
    assertThat(event.get("rawQueryString").asText()).isEqualTo("a=1&a=2&b=x%20y");
    assertThat(event.get("cookies").toString()).isEqualTo("[\"c1=v1\",\"c2=v2\"]");
    assertThat(event.at("/headers/x-custom").asText()).isEqualTo("one,two");
    assertThat(event.at("/headers/content-type").asText()).isEqualTo("application/json");
    assertThat(event.get("headers").has("cookie")).isFalse();
    assertThat(event.get("headers").has("Authorization")).isFalse();
    assertThat(event.at("/headers/authorization").asText()).startsWith("Bearer ");
    assertThat(event.get("queryStringParameters").toString()).isEqualTo("{\"a\":\"1,2\",\"b\":\"x y\"}");
    assertThat(event.get("pathParameters").toString()).isEqualTo("{\"id\":\"quote-7\"}");
    assertThat(event.get("body").asText()).isEqualTo("{\"hello\":\"world\"}");
    assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();

    JsonNode context = event.get("requestContext");
    List<String> contextFields = new ArrayList<>();
    context.fieldNames().forEachRemaining(contextFields::add);
    assertThat(contextFields).containsExactlyInAnyOrder("accountId", "apiId", "authorizer", "domainName", "domainPrefix", "http",
        "requestId", "routeKey", "stage", "time", "timeEpoch");
    assertThat(context.get("accountId").asText()).isEqualTo("000000000000");
    assertThat(context.get("apiId").asText()).isEqualTo("api");
    assertThat(context.get("stage").asText()).isEqualTo("$default");
    assertThat(context.get("routeKey").asText()).isEqualTo("POST /echo/{id}");
    assertThat(context.get("time").asText()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
    assertThat(context.get("timeEpoch").isNumber()).isTrue();
    assertThat(context.at("/http/method").asText()).isEqualTo("POST");
    assertThat(context.at("/http/path").asText()).isEqualTo("/echo/quote%2D7");
    assertThat(context.at("/http/protocol").asText()).isEqualTo("HTTP/1.1");
    assertThat(context.at("/http/sourceIp").asText()).isEqualTo("127.0.0.1");
    assertThat(context.at("/http/userAgent").asText()).startsWith("Java-http-client");
    JsonNode claims = context.at("/authorizer/jwt/claims");
    assertThat(claims.get("cognito:groups").asText()).isEqualTo("[owner]");
    assertThat(claims.get("custom:tenant_id").asText()).isEqualTo("t-acme");
    assertThat(claims.get("token_use").asText()).isEqualTo("access");
    assertThat(claims.get("client_id").asText()).isEqualTo("localWebClient");
    assertThat(claims.get("exp").isTextual()).isTrue();
    assertThat(claims.get("auth_time").isTextual()).isTrue();
    assertThat(context.at("/authorizer/jwt/scopes").toString()).isEqualTo("[\"aws.cognito.signin.user.admin\"]");
    assertThat(response.headers().firstValue("apigw-requestid")).contains(context.get("requestId").asText());
  }

  @Test
  void a_binary_body_arrives_base64_encoded_and_a_greedy_path_takes_the_rest_of_the_path() {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    JsonNode event = echoed(Http.send(Http.to(cloud, "/files/receipts/2026/r1.png")
        .header("Authorization", token)
        .header("Content-Type", "image/png")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))));

    assertThat(event.get("routeKey").asText()).isEqualTo("ANY /files/{proxy+}");
    assertThat(event.at("/pathParameters/proxy").asText()).isEqualTo("receipts/2026/r1.png");
    assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
    assertThat(Base64.getDecoder().decode(event.get("body").asText())).isEqualTo(bytes);
    assertThat(event.has("queryStringParameters")).isFalse();
    assertThat(event.has("cookies")).isFalse();
  }

  @Test
  void a_typed_handler_gets_the_real_event_type_its_own_settings_and_a_context() {
    HttpResponse<String> response = Http.send(Http.to(cloud, "/public/settings").GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("set-cookie")).containsExactly("seen=yes; Path=/");
    JsonNode shown = Json.parse(response.body());
    assertThat(shown.get("method").asText()).isEqualTo("GET");
    assertThat(shown.get("STAGE").asText()).isEqualTo("local");
    assertThat(shown.get("LOG_LEVEL").asText()).isEqualTo("DEBUG");
    assertThat(shown.get("MODE").asText()).isEqualTo("local-mode");
    assertThat(shown.get("QUEUE_URL").asText()).isEqualTo(cloud.queueUrl("CliQueue"));
    assertThat(shown.get("API").asText()).isEqualTo(cloud.endpoints().api().toString());
    assertThat(shown.has("NOTES_TABLE")).as("another function's setting").isFalse();
    assertThat(shown.get("functionName").asText()).isEqualTo("jobmate-local-SettingsFunction");
    assertThat(shown.get("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("jobmate-local-SettingsFunction");
    assertThat(shown.get("memory").asInt()).isEqualTo(256);
    assertThat(shown.get("remainingMillis").asInt()).isBetween(1, 10_000);
  }

  @Test
  void unknown_routes_failing_functions_and_oversized_payloads_get_api_gateways_answers() {
    HttpResponse<String> notFound = Http.send(Http.to(cloud, "/nowhere").GET());
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.body()).isEqualTo("{\"message\":\"Not Found\"}");

    HttpResponse<String> wrongMethod = Http.send(Http.to(cloud, "/public/settings").DELETE());
    assertThat(wrongMethod.statusCode()).isEqualTo(404);

    HttpResponse<String> boom = Http.send(Http.to(cloud, "/boom").GET());
    assertThat(boom.statusCode()).isEqualTo(500);
    assertThat(boom.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");

    HttpResponse<String> tooLarge = Http.send(Http.to(cloud, "/echo/big").header("Authorization", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1])));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).isEqualTo("{\"message\":\"Request Entity Too Large\"}");
  }

  @Test
  void cors_preflight_is_answered_by_the_api_and_responses_carry_the_allowed_origin() {
    HttpResponse<String> preflight = Http.send(Http.to(cloud, "/echo/1")
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("access-control-allow-origin")).contains("http://localhost:5173");
    assertThat(preflight.headers().firstValue("access-control-allow-methods")).contains("GET,POST");
    assertThat(preflight.headers().firstValue("access-control-max-age")).contains("600");

    HttpResponse<String> foreign = Http.send(Http.to(cloud, "/public/settings").header("Origin", "https://evil.example").GET());
    assertThat(foreign.headers().firstValue("access-control-allow-origin")).isEmpty();
    HttpResponse<String> allowed = Http.send(Http.to(cloud, "/public/settings").header("Origin", "http://localhost:5173").GET());
    assertThat(allowed.headers().firstValue("access-control-allow-origin")).contains("http://localhost:5173");
  }
}

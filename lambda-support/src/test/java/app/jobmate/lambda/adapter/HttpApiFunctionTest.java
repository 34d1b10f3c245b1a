package app.jobmate.lambda.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiFunctionTest {

  private static APIGatewayV2HTTPEvent event(String body, boolean base64) {
    return APIGatewayV2HTTPEvent.builder()
        .withRouteKey("POST /things/{id}")
        .withRawPath("/things/7")
        .withHeaders(Map.of("Content-Type", "application/json", "Idempotency-Key", "k-1"))
        .withPathParameters(Map.of("id", "7"))
        .withBody(body)
        .withIsBase64Encoded(base64)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId("req-1")
            .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                    .withClaims(Map.of("sub", "u-1")).build())
                .build())
            .build())
        .build();
  }

  @Test
  void headers_are_lower_cased_and_a_base64_body_is_decoded() {
    HttpRequest request = HttpApiFunction.toRequest(event(Base64.getEncoder().encodeToString("{\"a\":1}".getBytes(
        StandardCharsets.UTF_8)), true));

    assertThat(request.header("Idempotency-Key")).contains("k-1");
    assertThat(request.headers()).containsKey("content-type");
    assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(request.pathParameter("id")).isEqualTo("7");
    assertThat(request.claims()).containsEntry("sub", "u-1");
    assertThat(request.requestId()).isEqualTo("req-1");
  }

  @Test
  void a_problem_is_answered_as_problem_json_about_the_request() {
    HttpApiFunction function = new HttpApiFunction() {
      @Override
      protected HttpResponse handle(HttpRequest request) {
        throw new ProblemException(Problem.conflict("thing.busy", "the thing is busy"));
      }
    };

    var response = function.handleRequest(event("{}", false), new TestContext());

    assertThat(response.getStatusCode()).isEqualTo(409);
    assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json");
    assertThat(response.getBody()).contains("\"code\":\"thing.busy\"", "\"instance\":\"/things/7\"", "\"requestId\":\"req-1\"");
  }

  @Test
  void a_store_out_of_reach_is_a_503_to_retry_after_a_second() {
    HttpApiFunction function = new HttpApiFunction() {
      @Override
      protected HttpResponse handle(HttpRequest request) {
        throw new UncheckedIOException(new ConnectException("Connection refused: 10.0.3.7:27017"));
      }

      @Override
      protected boolean unavailable(RuntimeException failure) {
        return failure.getCause() instanceof ConnectException;
      }
    };

    var response = function.handleRequest(event("{}", false), new TestContext());

    assertThat(response.getStatusCode()).isEqualTo(503);
    assertThat(response.getHeaders()).containsEntry("retry-after", "1")
        .containsEntry("content-type", "application/problem+json");
    assertThat(response.getBody()).contains("\"type\":\"https://jobmate.app/problems/unavailable\"", "req-1")
        .doesNotContain("10.0.3.7");
  }

  @Test
  void anything_unexpected_is_a_500_that_gives_nothing_away() {
    HttpApiFunction function = new HttpApiFunction() {
      @Override
      protected HttpResponse handle(HttpRequest request) {
        throw new IllegalStateException("table jobmate-events-prod does not exist");
      }
    };

    var response = function.handleRequest(event("{}", false), new TestContext());

    assertThat(response.getStatusCode()).isEqualTo(500);
    assertThat(response.getBody()).doesNotContain("jobmate-events-prod").contains("req-1");
  }

  @Test
  void an_ill_formed_path_or_query_parameter_is_400_naming_it_and_the_function_is_not_called() {
    HttpApiFunction function = new HttpApiFunction() {
      @Override
      protected HttpResponse handle(HttpRequest request) {
        throw new AssertionError("an ill-formed request reached the function");
      }
    };
    APIGatewayV2HTTPEvent event = event("{}", false);
    event.setPathParameters(Map.of("id", "7\uD800"));
    event.setQueryStringParameters(Map.of("status", "open\uDC00"));

    var response = function.handleRequest(event, new TestContext());

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(response.getBody()).contains("id (path)", "status (query)", "unpaired surrogate");
  }
}

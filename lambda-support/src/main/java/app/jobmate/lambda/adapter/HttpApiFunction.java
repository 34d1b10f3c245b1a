package app.jobmate.lambda.adapter;

import app.jobmate.events.values.UnicodeText;
import app.jobmate.lambda.http.FieldError;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A function behind the HTTP API (payload format 2.0): turns the API Gateway event into an
 * {@link HttpRequest}, lets the subclass answer, and turns a {@link ProblemException} into
 * {@code application/problem+json}. A store out of reach ({@link #unavailable}) is answered 503;
 * anything else unexpected is logged and answered 500.
 */
public abstract class HttpApiFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  protected abstract HttpResponse handle(HttpRequest request);

  @Override
  public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    HttpRequest request = toRequest(event);
    HttpResponse response;
    try {
      refuseIllFormedParameters(request);
      response = handle(request);
    } catch (ProblemException e) {
      response = HttpResponse.problem(e.problem().about(request.path(), request.requestId()));
    } catch (RuntimeException e) {
      if (unavailable(e)) {
        context.getLogger().log("WARN " + request.routeKey() + " request " + request.requestId() + " answered 503: " + e);
        response = HttpResponse.problem(Problem.unavailable("a store this answer needs cannot be reached just now; try again")
            .about(request.path(), request.requestId())).withHeader("retry-after", "1");
      } else {
        context.getLogger().log("ERROR " + request.routeKey() + " request " + request.requestId() + " failed: " + e
            + stackTop(e));
        response = HttpResponse.problem(Problem.internal(request.requestId()).about(request.path(), request.requestId()));
      }
    }
    return toResponse(response);
  }

  /**
   * Whether {@code failure} says that a store the answer needs cannot be reached (a failover, a
   * network partition): such a request is answered 503 with {@code Retry-After}, which clients and
   * API Gateway's callers retry, rather than 500. No failure is by default.
   */
  protected boolean unavailable(RuntimeException failure) {
    return false;
  }

  /** Path and query parameters are well-formed Unicode, as bodies are ({@link app.jobmate.lambda.http.JsonBody}). */
  private static void refuseIllFormedParameters(HttpRequest request) {
    List<FieldError> errors = new ArrayList<>();
    request.pathParameters().forEach((name, value) -> {
      String problem = UnicodeText.problemOf(value);
      if (problem != null) {
        errors.add(FieldError.path(printable(name), problem));
      }
    });
    request.queryParameters().forEach((name, value) -> {
      String problem = UnicodeText.problemOf(name + value);
      if (problem != null) {
        errors.add(FieldError.query(printable(name), problem));
      }
    });
    if (!errors.isEmpty()) {
      throw new ProblemException(Problem.invalidInput(errors));
    }
  }

  private static String printable(String name) {
    return name.replaceAll("[\\p{Cs}\\x00]", "\uFFFD");
  }

  static HttpRequest toRequest(APIGatewayV2HTTPEvent event) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (event.getHeaders() != null) {
      event.getHeaders().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
    }
    byte[] body = event.getBody() == null ? new byte[0]
        : event.getIsBase64Encoded() ? Base64.getDecoder().decode(event.getBody())
        : event.getBody().getBytes(StandardCharsets.UTF_8);
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    Map<String, String> claims = claims(context);
    String path = event.getRawPath() != null ? event.getRawPath()
        : context != null && context.getHttp() != null ? context.getHttp().getPath() : "/";
    return new HttpRequest(event.getRouteKey(), path, event.getPathParameters(), event.getQueryStringParameters(),
        headers, body, context == null ? null : context.getRequestId(), claims);
  }

  /**
   * The claims the API's JWT authorizer verified, or the context a Lambda authorizer answered (the
   * reports' one gives the same names, {@link app.jobmate.lambda.http.Caller}), every value a string.
   */
  private static Map<String, String> claims(APIGatewayV2HTTPEvent.RequestContext context) {
    if (context == null || context.getAuthorizer() == null) {
      return Map.of();
    }
    var authorizer = context.getAuthorizer();
    if (authorizer.getJwt() != null && authorizer.getJwt().getClaims() != null) {
      return authorizer.getJwt().getClaims();
    }
    if (authorizer.getLambda() != null) {
      Map<String, String> claims = new LinkedHashMap<>();
      authorizer.getLambda().forEach((name, value) -> {
        if (value != null) {
          claims.put(name, String.valueOf(value));
        }
      });
      return claims;
    }
    return Map.of();
  }

  static APIGatewayV2HTTPResponse toResponse(HttpResponse response) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(response.status())
        .withHeaders(response.headers())
        .withBody(response.body())
        .withIsBase64Encoded(false)
        .build();
  }

  private static String stackTop(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "" : " at " + trace[0];
  }
}

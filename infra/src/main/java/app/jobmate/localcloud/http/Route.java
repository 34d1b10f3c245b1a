package app.jobmate.localcloud.http;

import app.jobmate.localcloud.authorizer.LambdaAuthorizer;
import app.jobmate.localcloud.function.LambdaFunction;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API route ({@code "GET /quotes/{quoteId}"}, {@code "ANY /{proxy+}"} or {@code $default}) and
 * the function it invokes. When several routes match, API Gateway picks the most specific: literal
 * segments before path variables, greedy variables last, a named method before {@code ANY}.
 */
record Route(String apiId, String method, String path, LambdaFunction function, Optional<JwtAuthorizer> authorizer,
    Optional<LambdaAuthorizer> lambdaAuthorizer, List<String> scopes) {

  static final String DEFAULT = "$default";

  String routeKey() {
    return path.equals(DEFAULT) ? DEFAULT : method + " " + path;
  }

  private List<String> segments() {
    return path.equals(DEFAULT) ? List.of() : Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  /** The path parameters if this route matches, else empty. */
  Optional<Map<String, String>> match(String requestMethod, List<String> requestSegments) {
    if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    if (path.equals(DEFAULT)) {
      return Optional.of(parameters);
    }
    List<String> segments = segments();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.startsWith("{") && segment.endsWith("+}")) {
        if (i >= requestSegments.size()) {
          return Optional.empty();
        }
        parameters.put(segment.substring(1, segment.length() - 2), String.join("/", requestSegments.subList(i, requestSegments.size())));
        return Optional.of(parameters);
      }
      if (i >= requestSegments.size()) {
        return Optional.empty();
      }
      if (segment.startsWith("{") && segment.endsWith("}")) {
        parameters.put(segment.substring(1, segment.length() - 1), requestSegments.get(i));
      } else if (!segment.equals(requestSegments.get(i))) {
        return Optional.empty();
      }
    }
    return segments.size() == requestSegments.size() ? Optional.of(parameters) : Optional.empty();
  }

  static final Comparator<Route> MOST_SPECIFIC_FIRST = Comparator
      .comparing((Route r) -> r.path.equals(DEFAULT))
      .thenComparing(r -> r.path.contains("+}"))
      .thenComparing(r -> -r.segments().stream().filter(s -> !s.startsWith("{")).count())
      .thenComparing(r -> -r.segments().size())
      .thenComparing(r -> r.method.equals("ANY"));
}

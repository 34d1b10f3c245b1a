package app.jobmate.localcloud.authorizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One identity source of a Lambda authorizer: a header or a query string parameter, written the
 * WebSocket way ({@code route.request.header.Authorization}, {@code route.request.querystring.token})
 * or the HTTP API way ({@code $request.header.Authorization}, {@code $request.querystring.token}).
 */
public record IdentitySource(Kind kind, String name) {

  public enum Kind { HEADER, QUERY_STRING }

  public static IdentitySource parse(String source) {
    String text = source.trim();
    for (String prefix : List.of("route.request.", "$request.", "method.request.")) {
      if (text.startsWith(prefix)) {
        String rest = text.substring(prefix.length());
        if (rest.startsWith("header.")) {
          return new IdentitySource(Kind.HEADER, rest.substring("header.".length()));
        }
        if (rest.startsWith("querystring.")) {
          return new IdentitySource(Kind.QUERY_STRING, rest.substring("querystring.".length()));
        }
      }
    }
    throw new IllegalArgumentException("identity source " + source
        + " is not supported by the local cloud (only request headers and query string parameters are)");
  }

  /** This source's value in a request; headers by case-insensitive name, the first value of each. */
  public Optional<String> valueIn(Map<String, List<String>> headers, Map<String, List<String>> query) {
    List<String> values = switch (kind) {
      case HEADER -> headers.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
          .map(Map.Entry::getValue).findFirst().orElse(List.of());
      case QUERY_STRING -> query.getOrDefault(name, List.of());
    };
    return values.stream().filter(v -> !v.isBlank()).findFirst();
  }
}

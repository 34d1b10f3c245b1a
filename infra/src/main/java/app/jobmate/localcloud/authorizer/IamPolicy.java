package app.jobmate.localcloud.authorizer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The policy document a Lambda authorizer returns, evaluated as API Gateway evaluates it for
 * {@code execute-api:Invoke} on one method ARN: an explicit Deny wins, else an Allow is needed
 * (IAM's implicit deny). Actions match case-insensitively, resources case-sensitively, both with
 * {@code *} and {@code ?} wildcards. {@code NotAction} and {@code NotResource} statements never match.
 */
final class IamPolicy {

  enum Effect { ALLOW, DENY, NONE }

  static final String INVOKE = "execute-api:Invoke";

  private IamPolicy() {
  }

  static Effect evaluate(JsonNode document, String action, String resource) {
    boolean allowed = false;
    for (JsonNode statement : list(document.path("Statement"))) {
      boolean matches = list(statement.path("Action")).stream().anyMatch(a -> wildcard(a.asText(), true).matcher(action).matches())
          && list(statement.path("Resource")).stream().anyMatch(r -> wildcard(r.asText(), false).matcher(resource).matches());
      if (!matches) {
        continue;
      }
      String effect = statement.path("Effect").asText("");
      if (effect.equalsIgnoreCase("Deny")) {
        return Effect.DENY;
      }
      allowed |= effect.equalsIgnoreCase("Allow");
    }
    return allowed ? Effect.ALLOW : Effect.NONE;
  }

  /** IAM accepts a single value where a list is expected. */
  private static List<JsonNode> list(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(values::add);
    } else if (!node.isMissingNode() && !node.isNull()) {
      values.add(node);
    }
    return values;
  }

  private static Pattern wildcard(String pattern, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
  }
}

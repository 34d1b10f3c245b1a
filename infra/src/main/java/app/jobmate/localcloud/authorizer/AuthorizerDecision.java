package app.jobmate.localcloud.authorizer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What API Gateway makes of a Lambda authorizer's answer: go on with its principal and context, or refuse with a status. */
public sealed interface AuthorizerDecision {

  /** {@code context} holds the authorizer's context entries (strings, numbers and booleans only, as AWS allows). */
  record Allowed(String principalId, ObjectNode context) implements AuthorizerDecision {
  }

  record Refused(int status, String message) implements AuthorizerDecision {
  }

  static Refused unauthorized() {
    return new Refused(401, "Unauthorized");
  }

  static Refused forbidden() {
    return new Refused(403, "Forbidden");
  }

  /** API Gateway's answer when the authorizer fails or answers something it cannot use (AuthorizerConfigurationException). */
  static Refused failed() {
    return new Refused(500, "Internal Server Error");
  }
}

package app.jobmate.localcloud.authorizer;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.Json;
import org.junit.jupiter.api.Test;

class IamPolicyTest {

  private static final String CONNECT = "arn:aws:execute-api:eu-west-2:000000000000:websocketapi/local/$connect";

  private static IamPolicy.Effect evaluate(String statements) {
    return IamPolicy.evaluate(Json.parse("{\"Version\":\"2012-10-17\",\"Statement\":" + statements + "}"), IamPolicy.INVOKE, CONNECT);
  }

  @Test
  void an_allow_on_the_method_arn_or_a_wildcard_of_it_allows() {
    assertThat(evaluate("{\"Effect\":\"Allow\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + CONNECT + "\"}"))
        .isEqualTo(IamPolicy.Effect.ALLOW);
    assertThat(evaluate("[{\"Effect\":\"Allow\",\"Action\":[\"execute-api:*\"],\"Resource\":[\"arn:aws:execute-api:*:*:websocketapi/*\"]}]"))
        .isEqualTo(IamPolicy.Effect.ALLOW);
    assertThat(evaluate("{\"Effect\":\"Allow\",\"Action\":\"EXECUTE-API:invoke\",\"Resource\":\"*\"}")).as("actions ignore case")
        .isEqualTo(IamPolicy.Effect.ALLOW);
  }

  @Test
  void an_explicit_deny_wins_and_without_a_matching_allow_access_is_implicitly_denied() {
    assertThat(evaluate("[{\"Effect\":\"Allow\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"*\"},"
        + "{\"Effect\":\"Deny\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + CONNECT + "\"}]")).isEqualTo(IamPolicy.Effect.DENY);
    assertThat(evaluate("{\"Effect\":\"Allow\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"arn:aws:execute-api:*:*:otherapi/*\"}"))
        .isEqualTo(IamPolicy.Effect.NONE);
    assertThat(evaluate("{\"Effect\":\"Allow\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + CONNECT.toUpperCase() + "\"}"))
        .as("resources are case-sensitive").isEqualTo(IamPolicy.Effect.NONE);
    assertThat(evaluate("[]")).isEqualTo(IamPolicy.Effect.NONE);
  }
}

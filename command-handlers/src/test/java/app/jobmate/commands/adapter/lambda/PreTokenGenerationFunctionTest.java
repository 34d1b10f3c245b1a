package app.jobmate.commands.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PreTokenGenerationFunctionTest {

  private final PojoSerializer<CognitoUserPoolPreTokenGenerationEventV2> serializer =
      LambdaEventSerializers.serializerFor(CognitoUserPoolPreTokenGenerationEventV2.class, getClass().getClassLoader());

  private CognitoUserPoolPreTokenGenerationEventV2 event(String replace, String with) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/events/cognito-pre-token-generation-v2.json")) {
      return serializer.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(replace, with));
    }
  }

  @Test
  void the_tenant_goes_into_the_access_token() throws Exception {
    CognitoUserPoolPreTokenGenerationEventV2 answer = new PreTokenGenerationFunction()
        .handleRequest(event("", ""), new TestContext());

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    serializer.toJson(answer, json);
    assertThat(json.toString(StandardCharsets.UTF_8))
        .contains("\"accessTokenGeneration\":{\"claimsToAddOrOverride\":{\"custom:tenant_id\":\"t-acme\"}");
  }

  @Test
  void a_user_without_a_tenant_gets_no_token() {
    assertThatThrownBy(() -> new PreTokenGenerationFunction()
        .handleRequest(event("\"custom:tenant_id\": \"t-acme\"", "\"locale\": \"en-GB\""), new TestContext()))
        .hasMessageContaining("belongs to no tenant");
  }
}

package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers with the raw event it received, so that tests can see the exact payload. */
public class EchoFunction {

  private final ObjectMapper json = new ObjectMapper();

  public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
    String received = new String(event.readAllBytes(), StandardCharsets.UTF_8);
    ObjectNode answer = json.createObjectNode().put("statusCode", 200).put("body", received);
    answer.putObject("headers").put("content-type", "application/json");
    response.write(json.writeValueAsBytes(answer));
  }
}

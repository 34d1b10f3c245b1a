package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** $connect and $disconnect: records the raw event; refuses a handshake whose query says {@code refuse}. */
public class WsConnectionFunction {

  private final ObjectMapper json = new ObjectMapper();

  public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
    String received = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    Recorder.record("WsConnection", received);
    JsonNode event = json.readTree(received);
    boolean refuse = event.path("queryStringParameters").has("refuse");
    out.write(json.writeValueAsBytes(json.createObjectNode().put("statusCode", refuse ? 403 : 200)));
  }
}

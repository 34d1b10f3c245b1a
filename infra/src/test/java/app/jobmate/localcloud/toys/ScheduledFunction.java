package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Records every event a schedule sends it, raw. */
public class ScheduledFunction {

  public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
    Recorder.record(context.getFunctionName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    out.write("null".getBytes(StandardCharsets.UTF_8));
  }
}

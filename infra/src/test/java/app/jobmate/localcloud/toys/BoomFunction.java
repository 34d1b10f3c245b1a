package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Fails on purpose. */
public class BoomFunction implements RequestHandler<Map<String, Object>, String> {

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    throw new IllegalStateException("boom");
  }
}

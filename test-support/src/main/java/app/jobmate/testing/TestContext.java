package app.jobmate.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/** A Lambda context for function tests: a fresh request id, 30 s left (or as told), logs kept and echoed to stderr. */
public final class TestContext implements Context {

  private final String requestId = UUID.randomUUID().toString();
  private final IntSupplier remainingMillis;
  private final List<String> logged = new CopyOnWriteArrayList<>();

  public TestContext() {
    this(() -> 30_000);
  }

  public TestContext(IntSupplier remainingMillis) {
    this.remainingMillis = remainingMillis;
  }

  /** What the function logged, line by line. */
  public List<String> logged() {
    return List.copyOf(logged);
  }

  @Override public String getAwsRequestId() { return requestId; }
  @Override public String getLogGroupName() { return "/aws/lambda/jobmate-test"; }
  @Override public String getLogStreamName() { return "test"; }
  @Override public String getFunctionName() { return "jobmate-test"; }
  @Override public String getFunctionVersion() { return "$LATEST"; }
  @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-2:123456789012:function:jobmate-test"; }
  @Override public CognitoIdentity getIdentity() { return null; }
  @Override public ClientContext getClientContext() { return null; }
  @Override public int getRemainingTimeInMillis() { return remainingMillis.getAsInt(); }
  @Override public int getMemoryLimitInMB() { return 1024; }
  @Override public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override public void log(String message) {
        logged.add(message);
        System.err.println(message);
      }
      @Override public void log(byte[] message) { log(new String(message, StandardCharsets.UTF_8)); }
    };
  }
}

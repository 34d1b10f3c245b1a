package app.jobmate.lambda.adapter;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** A Lambda context for tests: a fixed request id, logs to stderr. */
final class NoContext implements Context {
  @Override public String getAwsRequestId() { return "ctx-1"; }
  @Override public String getLogGroupName() { return "test"; }
  @Override public String getLogStreamName() { return "test"; }
  @Override public String getFunctionName() { return "test"; }
  @Override public String getFunctionVersion() { return "$LATEST"; }
  @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-2:000000000000:function:test"; }
  @Override public CognitoIdentity getIdentity() { return null; }
  @Override public ClientContext getClientContext() { return null; }
  @Override public int getRemainingTimeInMillis() { return 3_000; }
  @Override public int getMemoryLimitInMB() { return 512; }
  @Override public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override public void log(String message) { System.err.println(message); }
      @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
    };
  }
}

package app.jobmate.localcloud.function;

import java.time.Duration;
import java.util.Map;

/**
 * One {@code AWS::Serverless::Function} as the local cloud runs it: its handler, limits and resolved
 * environment (template variables over the variables Lambda itself sets).
 *
 * @param concurrency reserved concurrency, or the local default when the template reserves none
 */
public record FunctionSpec(String logicalId, String name, String arn, String handler, int memoryMb,
    Duration timeout, int concurrency, Map<String, String> environment) {

  public FunctionSpec {
    environment = Map.copyOf(environment);
    if (concurrency < 1) {
      throw new IllegalArgumentException("function " + logicalId + " has no concurrency (ReservedConcurrentExecutions 0"
          + " throttles every invocation; the local cloud does not run such a function)");
    }
  }
}

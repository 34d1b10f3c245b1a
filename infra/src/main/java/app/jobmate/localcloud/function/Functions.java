package app.jobmate.localcloud.function;

import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The template's functions, each with its own environments, settings and limits. */
public final class Functions implements AutoCloseable {

  private final Map<String, LambdaFunction> byLogicalId;

  private Functions(Map<String, LambdaFunction> byLogicalId) {
    this.byLogicalId = byLogicalId;
  }

  /** Lets {@code observer} see every invocation of every function. */
  public void observe(InvocationObserver observer) {
    byLogicalId.values().forEach(function -> function.observe(observer));
  }

  /** A Lambda function ARN, bare, qualified or inside an API Gateway integration URI; the name is group 1. */
  private static final Pattern FUNCTION_ARN = Pattern.compile("arn:aws:lambda:[^:]+:[^:]+:function:([^:/]+)");

  /**
   * @param settingRewrite applied to each resolved environment value (the local cloud rewrites only
   *     execute-api URLs of its WebSocket API, see {@code ExecuteApiUrls})
   */
  public static Functions fromTemplate(Intrinsics intrinsics, int defaultConcurrency, UnaryOperator<String> settingRewrite,
      Consumer<String> log) {
    Map<String, LambdaFunction> functions = new LinkedHashMap<>();
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (resource.is("AWS::Serverless::Function") && intrinsics.isDeployed(resource)) {
        functions.put(resource.logicalId(), new LambdaFunction(spec(resource, intrinsics, defaultConcurrency, settingRewrite), log));
      }
    }
    return new Functions(functions);
  }

  static FunctionSpec spec(Template.Resource resource, Intrinsics intrinsics, int defaultConcurrency,
      UnaryOperator<String> settingRewrite) {
    ObjectNode properties = intrinsics.properties(resource);
    String runtime = properties.path("Runtime").asText("java21");
    if (!runtime.startsWith("java")) {
      throw new IllegalArgumentException("function " + resource.logicalId() + " has Runtime " + runtime
          + ": the local cloud runs Java functions only");
    }
    String handler = properties.path("Handler").asText(null);
    if (handler == null) {
      throw new IllegalArgumentException("function " + resource.logicalId() + " has no Handler");
    }
    String name = LocalResourceNames.functionName(resource, intrinsics);
    int memory = properties.path("MemorySize").asInt(128);
    Duration timeout = Duration.ofSeconds(properties.path("Timeout").asInt(3)); // SAM's default Timeout is 3 s
    JsonNode reserved = properties.get("ReservedConcurrentExecutions");
    int concurrency = reserved != null ? reserved.asInt() : defaultConcurrency;

    Map<String, String> environment = new LinkedHashMap<>();
    properties.path("Environment").path("Variables").properties()
        .forEach(e -> environment.put(e.getKey(),
            settingRewrite.apply(e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString())));
    // the variables Lambda sets in every environment (they cannot be overridden in a template)
    environment.put("AWS_REGION", Intrinsics.REGION);
    environment.put("AWS_DEFAULT_REGION", Intrinsics.REGION);
    environment.put("AWS_LAMBDA_FUNCTION_NAME", name);
    environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memory));
    environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + name);
    environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + runtime);
    return new FunctionSpec(resource.logicalId(), name, LocalResourceNames.functionArn(name), handler, memory, timeout,
        concurrency, environment);
  }

  public Optional<LambdaFunction> byLogicalId(String logicalId) {
    return Optional.ofNullable(byLogicalId.get(logicalId));
  }

  /** The function an ARN names, bare ({@code arn:aws:lambda:...:function:name}), qualified, or inside an integration URI. */
  public Optional<LambdaFunction> byArn(String arn) {
    Matcher matcher = FUNCTION_ARN.matcher(arn);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return byLogicalId.values().stream().filter(f -> f.spec().name().equals(matcher.group(1))).findFirst();
  }

  public LambdaFunction require(String logicalId) {
    return byLogicalId(logicalId).orElseThrow(() -> new IllegalArgumentException("no function " + logicalId));
  }

  public Collection<LambdaFunction> all() {
    return byLogicalId.values();
  }

  /** Builds one environment of every function now, so that first requests do not pay the cold start. */
  public void warmAll() throws FunctionError {
    for (LambdaFunction function : byLogicalId.values()) {
      function.warm();
    }
  }

  public int inFlight() {
    return byLogicalId.values().stream().mapToInt(LambdaFunction::inFlight).sum();
  }

  @Override
  public void close() {
    byLogicalId.values().forEach(LambdaFunction::close);
  }
}

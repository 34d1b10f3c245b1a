package app.jobmate.localcloud;

import app.jobmate.localcloud.dynamodb.LocalDynamoDb;
import app.jobmate.localcloud.dynamodb.StreamJournal;
import app.jobmate.localcloud.dynamodb.StreamMapping;
import app.jobmate.localcloud.events.LocalEventBridge;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.Functions;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.http.FrontDoor;
import app.jobmate.localcloud.http.HttpApi;
import app.jobmate.localcloud.http.ProblemErrorHandler;
import app.jobmate.localcloud.identity.LocalIdentity;
import app.jobmate.localcloud.identity.UserDirectory;
import app.jobmate.localcloud.mongo.LocalMongo;
import app.jobmate.localcloud.schedule.Schedules;
import app.jobmate.localcloud.sqs.LocalSqs;
import app.jobmate.localcloud.sqs.QueueMapping;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import app.jobmate.localcloud.web.Dashboard;
import app.jobmate.localcloud.identity.CognitoIssuerUrls;
import app.jobmate.localcloud.websocket.ExecuteApiUrls;
import app.jobmate.localcloud.websocket.WebSocketApiSpec;
import app.jobmate.localcloud.websocket.WebSocketGateway;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * The whole template running in this JVM: functions, HTTP API with JWT and Lambda authorizers,
 * WebSocket API with its management API, DynamoDB with streams, SQS, EventBridge with schedules,
 * MongoDB and the web dashboard, each on a loopback port. End-to-end tests start it
 * in-process; {@link Main} starts it from the command line.
 */
public final class LocalCloud implements AutoCloseable {

  /**
   * How to start: where to keep data, which port the HTTP API takes (0 for any), template parameter
   * values, a MongoDB URI to use instead of the embedded server, the concurrency of functions that
   * reserve none, whether to build every function before the first request, where logs go, the
   * clock schedules follow, the WebSocket API's idle timeout and connection limit, and the built
   * dashboard to serve ({@code web/dist} of the working directory unless set).
   */
  public record Options(Path dataDirectory, int port, Map<String, String> parameters, Optional<String> mongoUri,
      int defaultConcurrency, boolean warm, Consumer<String> log, Clock clock, WebSocketGateway.Limits webSocketLimits,
      Path webRoot) {

    public Options {
      parameters = Map.copyOf(parameters);
    }

    public static Options in(Path dataDirectory) {
      return new Options(dataDirectory, 0, Map.of(), Optional.ofNullable(System.getenv("MONGODB_URI")).filter(s -> !s.isBlank()),
          8, false, System.out::println, Clock.systemUTC(), WebSocketGateway.Limits.AWS, Path.of("web", "dist"));
    }

    public Options withPort(int newPort) {
      return new Options(dataDirectory, newPort, parameters, mongoUri, defaultConcurrency, warm, log, clock, webSocketLimits, webRoot);
    }

    public Options withParameter(String name, String value) {
      Map<String, String> changed = new HashMap<>(parameters);
      changed.put(name, value);
      return new Options(dataDirectory, port, changed, mongoUri, defaultConcurrency, warm, log, clock, webSocketLimits, webRoot);
    }

    public Options warmed() {
      return new Options(dataDirectory, port, parameters, mongoUri, defaultConcurrency, true, log, clock, webSocketLimits, webRoot);
    }

    public Options withLog(Consumer<String> newLog) {
      return new Options(dataDirectory, port, parameters, mongoUri, defaultConcurrency, warm, newLog, clock, webSocketLimits, webRoot);
    }

    /** The clock schedules follow (tests move it; it is never scaled). */
    public Options withClock(Clock newClock) {
      return new Options(dataDirectory, port, parameters, mongoUri, defaultConcurrency, warm, log, newClock, webSocketLimits, webRoot);
    }

    public Options withWebSocketLimits(WebSocketGateway.Limits limits) {
      return new Options(dataDirectory, port, parameters, mongoUri, defaultConcurrency, warm, log, clock, limits, webRoot);
    }

    public Options withWebRoot(Path root) {
      return new Options(dataDirectory, port, parameters, mongoUri, defaultConcurrency, warm, log, clock, webSocketLimits, root);
    }

    /** A MongoDB to use instead of the embedded server (the fault drills put a proxy in front of one). */
    public Options withMongoUri(String uri) {
      return new Options(dataDirectory, port, parameters, Optional.of(uri), defaultConcurrency, warm, log, clock, webSocketLimits,
          webRoot);
    }
  }

  /**
   * Where everything is: the HTTP API, the AWS service endpoints the SDK settings point at, MongoDB,
   * the issuer; the WebSocket API's URL and its management ({@code @connections}) endpoint with the
   * stage, when the template has a WebSocket API.
   */
  public record Endpoints(URI api, URI dynamoDb, URI sqs, URI eventBridge, String mongoUri, String issuer, String clientId,
      Optional<URI> webSocket, Optional<URI> connections) {
  }

  private final List<AutoCloseable> resources;
  private final Endpoints endpoints;
  private final Functions functions;
  private final LocalIdentity identity;
  private final LocalSqs sqs;
  private final LocalEventBridge eventBridge;
  private final LocalDynamoDb dynamoDb;
  private final List<QueueMapping> queueMappings;
  private final List<StreamMapping> streamMappings;
  private final AwsSdkSettings sdkSettings;
  private final Intrinsics intrinsics;
  private final Optional<WebSocketGateway> webSockets;
  private final Schedules schedules;
  private final Dashboard dashboard;

  private LocalCloud(Builder built) {
    this.resources = built.resources;
    this.endpoints = built.endpoints;
    this.functions = built.functions;
    this.identity = built.identity;
    this.sqs = built.sqs;
    this.eventBridge = built.eventBridge;
    this.dynamoDb = built.dynamoDb;
    this.queueMappings = built.queueMappings;
    this.streamMappings = built.streamMappings;
    this.sdkSettings = built.sdkSettings;
    this.intrinsics = built.intrinsics;
    this.webSockets = built.webSockets;
    this.schedules = built.schedules;
    this.dashboard = built.dashboard;
  }

  public static LocalCloud start(Path template, Options options) {
    Builder builder = new Builder();
    try {
      builder.start(template, options);
      return new LocalCloud(builder);
    } catch (RuntimeException | Error e) {
      try {
        builder.closeAll();
      } catch (RuntimeException stopping) {
        // what failed the start is the news; what failed on the way down comes with it
        e.addSuppressed(stopping);
      }
      throw e;
    }
  }

  /** What {@link #start} builds, in order; on failure whatever was started is stopped again. */
  private static final class Builder {
    final List<AutoCloseable> resources = new ArrayList<>();
    Endpoints endpoints;
    Functions functions;
    LocalIdentity identity;
    LocalSqs sqs;
    LocalEventBridge eventBridge;
    LocalDynamoDb dynamoDb;
    AwsSdkSettings sdkSettings;
    Intrinsics intrinsics;
    Optional<WebSocketGateway> webSockets = Optional.empty();
    Schedules schedules;
    Dashboard dashboard;
    final List<QueueMapping> queueMappings = new ArrayList<>();
    final List<StreamMapping> streamMappings = new ArrayList<>();

    void start(Path templatePath, Options options) {
      Path data = options.dataDirectory().toAbsolutePath();
      try {
        Files.createDirectories(data);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the data directory " + data, e);
      }
      JsonNode root = app.jobmate.localcloud.template.CloudFormationYaml.read(templatePath);

      // the API port first: a port chosen by the caller is free now, but any server started before
      // it (MongoDB, SQS, dynalite) could be handed the same port by the system
      ServiceEndpoints services = new ServiceEndpoints();
      LocalIdentityHolder local = new LocalIdentityHolder();
      Server server = new Server(threads());
      ServerWebSocketContainer webSocketContainer = ServerWebSocketContainer.ensure(server);
      FrontDoor door = new FrontDoor(local::handle, services::handle, webSocketContainer, options.log());
      jetty(server, options.port(), door, webSocketContainer, options.webSocketLimits(), options.log());
      resources.add(server::stop);
      URI api = URI.create("http://127.0.0.1:" + port(server, FrontDoor.API_CONNECTOR));
      URI servicesEndpoint = URI.create("http://127.0.0.1:" + port(server, FrontDoor.SERVICES_CONNECTOR));

      String mongoUri = options.mongoUri().orElseGet(() -> {
        LocalMongo mongo = LocalMongo.start(data);
        resources.add(mongo);
        return mongo.uri();
      });
      Map<String, String> parameters = new HashMap<>();
      if (root.path("Parameters").has("Stage")) {
        parameters.put("Stage", "local");
      }
      if (root.path("Parameters").has("MongoUri")) {
        parameters.put("MongoUri", mongoUri);
      }
      parameters.putAll(options.parameters());
      Template template = Template.of(root, parameters);

      sqs = LocalSqs.start(data, options.log());
      resources.add(sqs);

      intrinsics = new Intrinsics(template, new LocalResourceNames(sqs.endpoint(), api));
      sdkSettings = AwsSdkSettings.apply(servicesEndpoint, sqs.endpoint(), servicesEndpoint, api, servicesEndpoint);
      resources.add(sdkSettings);

      dynamoDb = LocalDynamoDb.start(intrinsics, data, options.log());
      resources.add(dynamoDb);
      sqs.createQueues(intrinsics);
      eventBridge = LocalEventBridge.fromTemplate(intrinsics, sqs, options.log());
      services.serve(dynamoDb, eventBridge);

      identity = LocalIdentity.fromTemplate(intrinsics, api, data, options.log());
      local.identity = identity;
      services.serve(identity.userPoolsApi());
      Set<String> webSocketApiIds = new HashSet<>();
      WebSocketApiSpec.declaredIn(intrinsics).forEach(r -> webSocketApiIds.add(LocalResourceNames.apiId(r)));
      ExecuteApiUrls executeApi = new ExecuteApiUrls(webSocketApiIds, api);
      CognitoIssuerUrls cognito = new CognitoIssuerUrls(identity);
      functions = Functions.fromTemplate(intrinsics, options.defaultConcurrency(),
          value -> cognito.apply(executeApi.apply(value)), options.log());
      resources.add(functions);
      webSockets = WebSocketApiSpec.fromTemplate(intrinsics, functions, options.log())
          .map(spec -> new WebSocketGateway(spec, options.webSocketLimits(), options.log()));
      webSockets.ifPresent(gateway -> resources.add(gateway)); // closed before the functions its $disconnect needs
      dashboard = Dashboard.of(options.webRoot(), new Dashboard.ClientSettings(identity.issuer().issuer(), identity.defaultClientId(),
          identity.issuer().userPoolId(), webSockets.isPresent(), UserDirectory.DEMO_PASSWORD,
          identity.users().users().stream().findFirst().map(UserDirectory.User::username).orElse("<username>")), api.getAuthority());
      door.serve(HttpApi.fromTemplate(intrinsics, functions, identity::localIssuerFor, identity.keysById(), options.log()), webSockets,
          dashboard);

      mappings(data, options.log());
      schedules = Schedules.fromTemplate(intrinsics, functions, sqs, options.clock(), options.log());
      resources.add(schedules);
      if (options.warm()) {
        try {
          functions.warmAll();
        } catch (FunctionError e) {
          throw new IllegalStateException("a function failed to start: " + e.getMessage(), e);
        }
      }
      queueMappings.forEach(QueueMapping::start);
      streamMappings.forEach(StreamMapping::start);
      schedules.start();
      endpoints = new Endpoints(api, servicesEndpoint, sqs.endpoint(), servicesEndpoint, mongoUri, identity.issuer().issuer(),
          identity.defaultClientId(),
          webSockets.map(g -> URI.create("ws://" + api.getAuthority() + WebSocketGateway.PATH)),
          webSockets.map(g -> api.resolve("/" + g.api().stage())));
    }

    private void mappings(Path data, Consumer<String> log) {
      for (LambdaFunction function : functions.all()) {
        Template.Resource resource = intrinsics.template().resource(function.spec().logicalId()).orElseThrow();
        ObjectNode properties = intrinsics.properties(resource);
        properties.path("Events").properties().forEach(entry -> {
          JsonNode settings = entry.getValue().path("Properties");
          if (!settings.path("Enabled").asBoolean(true)) {
            return;
          }
          String id = function.spec().logicalId() + "-" + entry.getKey();
          switch (entry.getValue().path("Type").asText()) {
            case "SQS" -> queueMappings.add(queueMapping(id, function, settings, log));
            case "DynamoDB" -> streamMappings.add(streamMapping(id, function, settings, data, log));
            default -> {
            }
          }
        });
      }
      // mappings stop before anything they use (functions, queues, tables) is closed
      resources.add(() -> streamMappings.forEach(StreamMapping::close));
      resources.add(() -> queueMappings.forEach(QueueMapping::close));
    }

    private QueueMapping queueMapping(String id, LambdaFunction function, JsonNode settings, Consumer<String> log) {
      String arn = settings.path("Queue").asText();
      String url = sqs.urlOfArn(arn);
      return new QueueMapping(id, function, new QueueMapping.Settings(url, arn,
          settings.path("BatchSize").asInt(10),
          Duration.ofSeconds(settings.path("MaximumBatchingWindowInSeconds").asInt(0)),
          settings.path("ScalingConfig").path("MaximumConcurrency").asInt(2),
          reportsItemFailures(settings),
          Duration.ofSeconds(sqs.visibilityTimeoutSeconds(url))), sqs.client(), log);
    }

    private StreamMapping streamMapping(String id, LambdaFunction function, JsonNode settings, Path data, Consumer<String> log) {
      String streamArn = settings.path("Stream").asText();
      String table = streamArn.replaceFirst("^.*:table/", "").replaceFirst("/stream/.*$", "");
      StreamJournal journal = dynamoDb.journal(table).orElseThrow(() -> new IllegalArgumentException(
          "mapping " + id + " reads the stream of " + table + ", which has no StreamSpecification in the template"));
      Optional<Consumer<JsonNode>> onFailure = Optional.ofNullable(settings.path("DestinationConfig").path("OnFailure")
          .get("Destination")).map(JsonNode::asText).map(destination -> {
            String url = sqs.urlOfArn(destination);
            return document -> sqs.client().sendMessage(r -> r.queueUrl(url).messageBody(Json.text(document)));
          });
      StreamMapping.Settings mapping = new StreamMapping.Settings(
          settings.path("BatchSize").asInt(100),
          Duration.ofSeconds(settings.path("MaximumBatchingWindowInSeconds").asInt(0)),
          settings.path("StartingPosition").asText("LATEST").equals("TRIM_HORIZON"),
          settings.path("BisectBatchOnFunctionError").asBoolean(false),
          settings.path("MaximumRetryAttempts").asInt(-1),
          Duration.ofSeconds(settings.path("MaximumRecordAgeInSeconds").asInt(-1)),
          reportsItemFailures(settings),
          onFailure);
      return new StreamMapping(id, function, journal, mapping, data.resolve("streams").resolve("checkpoints").resolve(id + ".json"), log);
    }

    private static boolean reportsItemFailures(JsonNode settings) {
      for (JsonNode type : settings.path("FunctionResponseTypes")) {
        if (type.asText().equals("ReportBatchItemFailures")) {
          return true;
        }
      }
      return false;
    }

    private static QueuedThreadPool threads() {
      QueuedThreadPool threads = new QueuedThreadPool(64, 4);
      threads.setName("local-cloud-http");
      threads.setDaemon(true);
      return threads;
    }

    private static void jetty(Server server, int port, FrontDoor door, ServerWebSocketContainer webSockets,
        WebSocketGateway.Limits limits, Consumer<String> log) {
      ServerConnector api = new ServerConnector(server);
      api.setName(FrontDoor.API_CONNECTOR);
      api.setHost("127.0.0.1");
      api.setPort(port);
      ServerConnector services = new ServerConnector(server);
      services.setName(FrontDoor.SERVICES_CONNECTOR);
      services.setHost("127.0.0.1");
      services.setPort(0);
      server.addConnector(api);
      server.addConnector(services);
      server.setHandler(door);
      server.setErrorHandler(new ProblemErrorHandler(log)); // Jetty's own refusals as problem+json, not its HTML page
      webSockets.setIdleTimeout(limits.idleTimeout());
      webSockets.setMaxTextMessageSize(WebSocketGateway.MAX_MESSAGE_BYTES);
      webSockets.setMaxBinaryMessageSize(WebSocketGateway.MAX_MESSAGE_BYTES);
      webSockets.setMaxFrameSize(WebSocketGateway.MAX_FRAME_BYTES);
      try {
        server.start();
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the HTTP server on port " + port + ": " + e.getMessage(), e);
      }
    }

    private static int port(Server server, String connectorName) {
      for (var connector : server.getConnectors()) {
        if (connector.getName().equals(connectorName)) {
          return ((ServerConnector) connector).getLocalPort();
        }
      }
      throw new IllegalStateException("no connector " + connectorName);
    }

    void closeAll() {
      List<Throwable> failures = new ArrayList<>();
      for (int i = resources.size() - 1; i >= 0; i--) {
        try {
          resources.get(i).close();
        } catch (Exception e) {
          failures.add(e);
        }
      }
      resources.clear();
      if (!failures.isEmpty()) {
        IllegalStateException failure = new IllegalStateException("the local cloud did not stop cleanly");
        failures.forEach(failure::addSuppressed);
        throw failure;
      }
    }
  }

  /** The identity endpoints exist only after the template is read; until then /local/ answers nothing. */
  private static final class LocalIdentityHolder {
    volatile LocalIdentity identity;

    Optional<app.jobmate.localcloud.http.HttpExchange.Response> handle(app.jobmate.localcloud.http.HttpExchange.Request request) {
      LocalIdentity current = identity;
      return current == null ? Optional.empty() : current.handle(request);
    }
  }

  public Endpoints endpoints() {
    return endpoints;
  }

  public Functions functions() {
    return functions;
  }

  public LocalIdentity identity() {
    return identity;
  }

  public Map<String, String> sdkSettings() {
    return sdkSettings.applied();
  }

  /** The local URL of a queue of the template, by its logical id. */
  public String queueUrl(String logicalId) {
    Template.Resource queue = intrinsics.template().resource(logicalId)
        .orElseThrow(() -> new IllegalArgumentException("no resource " + logicalId));
    return sqs.urlOf(LocalResourceNames.queueName(queue, intrinsics));
  }

  /** The local name of a table of the template, by its logical id. */
  public String tableName(String logicalId) {
    return LocalResourceNames.tableName(intrinsics.template().resource(logicalId)
        .orElseThrow(() -> new IllegalArgumentException("no resource " + logicalId)), intrinsics);
  }

  public LocalSqs sqs() {
    return sqs;
  }

  public LocalEventBridge eventBridge() {
    return eventBridge;
  }

  public LocalDynamoDb dynamoDb() {
    return dynamoDb;
  }

  /** The WebSocket API, when the template has one. */
  public Optional<WebSocketGateway> webSockets() {
    return webSockets;
  }

  public Schedules schedules() {
    return schedules;
  }

  public Dashboard dashboard() {
    return dashboard;
  }

  /** The SQS event source mappings of a function, by its logical id (their faults can be rehearsed). */
  public List<QueueMapping> queueMappings(String functionLogicalId) {
    return queueMappings.stream().filter(m -> m.function().spec().logicalId().equals(functionLogicalId)).toList();
  }

  /** Every SQS event source mapping of the template. */
  public List<QueueMapping> queueMappings() {
    return List.copyOf(queueMappings);
  }

  /** The stream event source mappings of a function, by its logical id. */
  public List<StreamMapping> streamMappings(String functionLogicalId) {
    return streamMappings.stream().filter(m -> m.function().spec().logicalId().equals(functionLogicalId)).toList();
  }

  /**
   * Waits until every stream mapping has handled its stream, every mapped queue is empty (nothing
   * waiting, in flight or delayed) and no function is running, as seen twice in a row.
   */
  public void awaitDrained(Duration timeout) throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int quietChecks = 0;
    while (quietChecks < 2) {
      quietChecks = drained() ? quietChecks + 1 : 0;
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("the local cloud was still busy after " + timeout);
      }
      Thread.sleep(20);
    }
  }

  private boolean drained() {
    return functions.inFlight() == 0
        && streamMappings.stream().allMatch(StreamMapping::drained)
        && queueMappings.stream().noneMatch(QueueMapping::busy)
        && queueMappings.stream().allMatch(m -> sqs.backlog(m.queueUrl()) == 0);
  }

  /** Stops mappings (each finishes its batch in hand), servers, dynalite and MongoDB, in that order. */
  @Override
  public void close() {
    Builder closing = new Builder();
    closing.resources.addAll(resources);
    resources.clear();
    closing.closeAll();
  }
}

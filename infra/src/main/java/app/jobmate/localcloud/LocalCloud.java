package app.jobmate.localcloud;

import app.jobmate.localcloud.dynamodb.LocalDynamoDb;
import app.jobmate.localcloud.dynamodb.StreamMapping;
import app.jobmate.localcloud.events.LocalEventBridge;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.Functions;
import app.jobmate.localcloud.http.FrontDoor;
import app.jobmate.localcloud.http.HttpApi;
import app.jobmate.localcloud.http.LocalHttpServer;
import app.jobmate.localcloud.identity.CognitoIssuerUrls;
import app.jobmate.localcloud.identity.LocalIdentity;
import app.jobmate.localcloud.identity.UserDirectory;
import app.jobmate.localcloud.kms.LocalKms;
import app.jobmate.localcloud.mongo.LocalMongo;
import app.jobmate.localcloud.s3.LocalS3;
import app.jobmate.localcloud.schedule.Schedules;
import app.jobmate.localcloud.sqs.LocalSqs;
import app.jobmate.localcloud.sqs.QueueMapping;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import app.jobmate.localcloud.web.Dashboard;
import app.jobmate.localcloud.websocket.ExecuteApiUrls;
import app.jobmate.localcloud.websocket.WebSocketApiSpec;
import app.jobmate.localcloud.websocket.WebSocketGateway;
import com.fasterxml.jackson.databind.JsonNode;
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
  private final LocalS3 s3;
  private final EventSourceMappings mappings;
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
    this.s3 = built.s3;
    this.mappings = built.mappings;
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
    LocalS3 s3;
    AwsSdkSettings sdkSettings;
    Intrinsics intrinsics;
    Optional<WebSocketGateway> webSockets = Optional.empty();
    Schedules schedules;
    Dashboard dashboard;
    EventSourceMappings mappings;

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
      LocalHttpServer server = LocalHttpServer.create();
      FrontDoor door = new FrontDoor(local::handle, services::handle, server.webSockets(), options.log());
      server.start(options.port(), door, options.webSocketLimits(), options.log());
      resources.add(server);
      URI api = server.api();
      URI servicesEndpoint = server.services();

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
      s3 = LocalS3.start(intrinsics, data, api, options.log());
      resources.add(s3);
      sdkSettings = AwsSdkSettings.apply(servicesEndpoint, sqs.endpoint(), servicesEndpoint, api, servicesEndpoint,
          servicesEndpoint, s3.endpoint(), servicesEndpoint);
      resources.add(sdkSettings);

      dynamoDb = LocalDynamoDb.start(intrinsics, data, options.log());
      resources.add(dynamoDb);
      sqs.createQueues(intrinsics);
      eventBridge = LocalEventBridge.fromTemplate(intrinsics, sqs, options.log());
      services.serve(dynamoDb, eventBridge);

      identity = LocalIdentity.fromTemplate(intrinsics, api, data, options.log());
      local.identity = identity;
      services.serve(identity.userPoolsApi());
      services.serve(LocalKms.open(data, options.log()));
      // texts (SNS's Publish to a phone number) are captured: GET /local/text-messages lists them
      app.jobmate.localcloud.sns.LocalSns sns = app.jobmate.localcloud.sns.LocalSns.open(data, options.log());
      services.serve(sns);
      local.sns = sns;
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

      mappings = new EventSourceMappings(intrinsics, functions, sqs, dynamoDb, data, options.log());
      resources.add(mappings); // stopped before anything they use (functions, queues, tables) is closed
      schedules = Schedules.fromTemplate(intrinsics, functions, sqs, options.clock(), options.log());
      resources.add(schedules);
      if (options.warm()) {
        try {
          functions.warmAll();
        } catch (FunctionError e) {
          throw new IllegalStateException("a function failed to start: " + e.getMessage(), e);
        }
      }
      mappings.start();
      schedules.start();
      endpoints = new Endpoints(api, servicesEndpoint, sqs.endpoint(), servicesEndpoint, mongoUri, identity.issuer().issuer(),
          identity.defaultClientId(),
          webSockets.map(g -> URI.create("ws://" + api.getAuthority() + WebSocketGateway.PATH)),
          webSockets.map(g -> api.resolve("/" + g.api().stage())));
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
    volatile app.jobmate.localcloud.sns.LocalSns sns;

    Optional<app.jobmate.localcloud.http.HttpExchange.Response> handle(app.jobmate.localcloud.http.HttpExchange.Request request) {
      LocalIdentity current = identity;
      app.jobmate.localcloud.sns.LocalSns texts = sns;
      Optional<app.jobmate.localcloud.http.HttpExchange.Response> answer =
          current == null ? Optional.empty() : current.handle(request);
      return answer.isPresent() || texts == null ? answer : texts.handleLocal(request);
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

  /** S3 (S3Proxy) with the template's buckets. */
  public LocalS3 s3() {
    return s3;
  }

  /** The local name of a bucket of the template, by its logical id. */
  public String bucketName(String logicalId) {
    return LocalResourceNames.bucketName(intrinsics.template().resource(logicalId)
        .orElseThrow(() -> new IllegalArgumentException("no resource " + logicalId)), intrinsics);
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
    return mappings.queues().stream().filter(m -> m.function().spec().logicalId().equals(functionLogicalId)).toList();
  }

  /** Every SQS event source mapping of the template. */
  public List<QueueMapping> queueMappings() {
    return List.copyOf(mappings.queues());
  }

  /** The stream event source mappings of a function, by its logical id. */
  public List<StreamMapping> streamMappings(String functionLogicalId) {
    return mappings.streams().stream().filter(m -> m.function().spec().logicalId().equals(functionLogicalId)).toList();
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
        && mappings.streams().stream().allMatch(StreamMapping::drained)
        && mappings.queues().stream().noneMatch(QueueMapping::busy)
        && mappings.queues().stream().allMatch(m -> sqs.backlog(m.queueUrl()) == 0);
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

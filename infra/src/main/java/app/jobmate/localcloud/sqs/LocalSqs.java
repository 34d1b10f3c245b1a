package app.jobmate.localcloud.sqs;

import static app.jobmate.localcloud.template.Intrinsics.ACCOUNT_ID;
import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.FreePort;
import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.NodeAddress;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.InternalMessage;
import org.elasticmq.msg.LookupQueue;
import org.elasticmq.msg.RestoreMessages;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS on this machine: an embedded ElasticMQ on a free loopback port, with the template's queues
 * (dead-letter queues first, so that redrive policies find their target). ElasticMQ moves a message
 * to the dead-letter queue once it has been received more than {@code maxReceiveCount} times, as SQS does.
 *
 * <p>Messages survive restarts: a {@link MessageJournal} listening to ElasticMQ's queue events keeps
 * them in {@code sqs/messages.mv} under the data directory, and they are put back into their queues
 * once the template's queues exist. ElasticMQ's own {@code messages-storage} (its SQL persistence) is
 * not used because it keeps one JDBC connection pool per JVM, set by the first server started, so two
 * local clouds in one JVM (as in the tests) would share one database.
 */
public final class LocalSqs implements AutoCloseable {

  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(10);
  /** MVStore's error codes for a file that is damaged (not locked, not unwritable). */
  private static final Set<Integer> DAMAGE = Set.of(DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_UNSUPPORTED_FORMAT,
      DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND);

  private final SQSRestServer server;
  private final ActorSystem actors;
  private final ActorRef queueManager;
  private final MVStore store;
  private final Consumer<String> log;
  private final URI endpoint;
  private final SqsClient client;
  private final Map<String, String> urlsByName = new HashMap<>();

  private LocalSqs(SQSRestServer server, ActorSystem actors, ActorRef queueManager, MVStore store, Consumer<String> log,
      URI endpoint) {
    this.server = server;
    this.actors = actors;
    this.queueManager = queueManager;
    this.store = store;
    this.log = log;
    this.endpoint = endpoint;
    this.client = SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(REGION))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /** Starts ElasticMQ with its messages journaled under {@code dataDirectory}; {@link #createQueues} restores them. */
  public static LocalSqs start(Path dataDirectory, Consumer<String> log) {
    Path file = dataDirectory.resolve("sqs").resolve("messages.mv");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file.getParent(), e);
    }
    MVStore store = openStore(file, log);
    ActorSystem actors = ActorSystem.create("elasticmq");
    try {
      ActorRef journal = actors.actorOf(MessageJournal.props(store, log), "message-journal");
      ActorRef queueManager = actors.actorOf(Props.create(QueueManagerActor.class, new NowProvider(),
          SQSRestServerBuilder.sqsLimits(), Option.apply(journal)), "queue-manager");
      RuntimeException last = null;
      for (int attempt = 0; attempt < 5; attempt++) {
        int port = FreePort.pick();
        try {
          SQSRestServer server = SQSRestServerBuilder.withActorSystem(actors)
              .withQueueManagerActor(queueManager)
              .withInterface("127.0.0.1")
              .withPort(port)
              .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
              .withAWSRegion(REGION)
              .withAWSAccountId(ACCOUNT_ID)
              .start();
          server.waitUntilStarted();
          return new LocalSqs(server, actors, queueManager, store, log, URI.create("http://127.0.0.1:" + port));
        } catch (RuntimeException e) {
          last = e; // the port was taken between probing and binding: try another
        }
      }
      throw new IllegalStateException("ElasticMQ did not start", last);
    } catch (RuntimeException e) {
      terminate(actors);
      store.close();
      throw e;
    }
  }

  /** The message store; a damaged one is set aside (kept for a look, never deleted) and the queues start empty. */
  private static MVStore openStore(Path file, Consumer<String> log) {
    try {
      return new MVStore.Builder().fileName(file.toString()).open();
    } catch (MVStoreException e) {
      if (!DAMAGE.contains(e.getErrorCode())) {
        throw e; // locked by another local cloud, say: setting it aside would lose that one's messages
      }
      Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
      try {
        Files.move(file, aside);
      } catch (IOException moving) {
        e.addSuppressed(moving);
        throw e;
      }
      log.accept("SQS: the message store " + file + " is unreadable (" + e.getMessage() + "); it is set aside as "
          + aside.getFileName() + " and the queues start empty");
      return new MVStore.Builder().fileName(file.toString()).open();
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The local cloud's own client (the functions build theirs from the standard endpoint settings). */
  public SqsClient client() {
    return client;
  }

  public void createQueues(Intrinsics intrinsics) {
    Map<String, ObjectNode> declared = new LinkedHashMap<>();
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (resource.is("AWS::SQS::Queue") && intrinsics.isDeployed(resource)) {
        declared.put(LocalResourceNames.queueName(resource, intrinsics), intrinsics.properties(resource));
      }
    }
    List<String> created = new ArrayList<>();
    for (String name : declared.keySet()) {
      create(name, declared, created, new ArrayList<>());
    }
    restoreMessages();
  }

  /** Puts the journaled messages back into their queues; those of queues no longer in the template go, as the queues did. */
  private void restoreMessages() {
    for (String queue : List.copyOf(store.getMapNames())) {
      MVMap<String, byte[]> stored = MessageJournal.queue(store, queue);
      if (!urlsByName.containsKey(queue)) {
        log.accept("SQS: queue " + queue + " is no longer in the template; its " + stored.size() + " stored message(s) are dropped");
        store.removeMap(stored);
        continue;
      }
      List<InternalMessage> messages;
      try {
        messages = readable(queue, stored);
      } catch (MVStoreException e) {
        log.accept("SQS: the stored messages of queue " + queue + " cannot be read back (" + e.getMessage() + "); the queue starts without them");
        continue;
      }
      if (!messages.isEmpty()) {
        Option<?> queueActor = (Option<?>) ask(queueManager, new LookupQueue(queue));
        ask((ActorRef) queueActor.get(), new RestoreMessages(CollectionConverters.asScala(messages).toList()));
      }
    }
    store.commit();
  }

  /** The queue's stored messages; one that cannot be read is dropped with a log line, and the others come back. */
  private List<InternalMessage> readable(String queue, MVMap<String, byte[]> stored) {
    List<InternalMessage> messages = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : List.copyOf(stored.entrySet())) {
      try {
        messages.add(StoredMessage.decode(entry.getValue()));
      } catch (RuntimeException e) {
        log.accept("SQS: stored message " + entry.getKey() + " of queue " + queue + " is unreadable and is dropped (" + e.getMessage() + ")");
        stored.remove(entry.getKey());
      }
    }
    return messages;
  }

  private static Object ask(ActorRef actor, Object message) {
    try {
      return Patterns.ask(actor, message, ASK_TIMEOUT).toCompletableFuture().get(ASK_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("ElasticMQ did not answer " + message, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while restoring SQS messages", e);
    }
  }

  private void create(String name, Map<String, ObjectNode> declared, List<String> created, List<String> path) {
    if (created.contains(name)) {
      return;
    }
    if (path.contains(name)) {
      throw new IllegalArgumentException("queues redrive into each other: " + path);
    }
    path.add(name);
    ObjectNode properties = declared.get(name);
    JsonNode redrive = properties.path("RedrivePolicy");
    if (redrive.has("deadLetterTargetArn")) {
      String target = LocalResourceNames.nameInArn(redrive.get("deadLetterTargetArn").asText());
      if (declared.containsKey(target)) {
        create(target, declared, created, path);
      }
    }
    Map<String, String> attributes = new HashMap<>();
    copy(properties, "VisibilityTimeout", attributes);
    copy(properties, "MessageRetentionPeriod", attributes);
    copy(properties, "DelaySeconds", attributes);
    copy(properties, "ReceiveMessageWaitTimeSeconds", attributes);
    copy(properties, "MaximumMessageSize", attributes);
    copy(properties, "FifoQueue", attributes);
    copy(properties, "ContentBasedDeduplication", attributes);
    if (!redrive.isMissingNode()) {
      attributes.put("RedrivePolicy", redrive.isTextual() ? redrive.asText() : Json.text(redrive));
    }
    String url = client.createQueue(r -> r.queueName(name).attributesWithStrings(attributes)).queueUrl();
    urlsByName.put(name, url);
    created.add(name);
  }

  private static void copy(JsonNode properties, String name, Map<String, String> attributes) {
    JsonNode value = properties.get(name);
    if (value != null) {
      attributes.put(name, value.asText());
    }
  }

  public String urlOf(String queueName) {
    String url = urlsByName.get(queueName);
    if (url == null) {
      throw new IllegalArgumentException("no local queue " + queueName);
    }
    return url;
  }

  public String urlOfArn(String arn) {
    return urlOf(LocalResourceNames.nameInArn(arn));
  }

  public int visibilityTimeoutSeconds(String url) {
    return Integer.parseInt(client.getQueueAttributes(r -> r.queueUrl(url)
        .attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT)).attributes().get(QueueAttributeName.VISIBILITY_TIMEOUT));
  }

  /** Messages waiting, in flight or delayed: zero when the queue is drained. */
  public long backlog(String url) {
    Map<QueueAttributeName, String> attributes = client.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
    return attributes.values().stream().mapToLong(Long::parseLong).sum();
  }

  @Override
  public void close() {
    client.close();
    server.stopAndWait();
    terminate(actors);
    store.close(); // commits what the journal wrote last
  }

  private static void terminate(ActorSystem actors) {
    actors.terminate();
    try {
      actors.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("ElasticMQ's actors did not stop", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

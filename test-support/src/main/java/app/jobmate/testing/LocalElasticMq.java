package app.jobmate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * An embedded ElasticMQ (the local cloud's SQS) on a free loopback port, and an SDK client on it.
 * Register one on a static field with {@code @RegisterExtension} to run it for a test class, or
 * {@link #start} one in a try-with-resources block. Tests create their own queues.
 */
public final class LocalElasticMq extends LocalServer<SqsClient> {

  private SQSRestServer server;

  private LocalElasticMq() {
  }

  /** A server started before the test class and stopped after it. */
  public static LocalElasticMq perClass() {
    return new LocalElasticMq();
  }

  /** A server started now; the caller closes it. */
  public static LocalElasticMq start() {
    LocalElasticMq local = new LocalElasticMq();
    local.open();
    return local;
  }

  @Override
  SqsClient startServer() {
    int port = freePort();
    server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port)
        .withServerAddress(new NodeAddress("http", "127.0.0.1", port, "")).start();
    server.waitUntilStarted();
    return SqsClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Override
  void stopServer() {
    if (server != null) {
      server.stopAndWait();
      server = null;
    }
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port for ElasticMQ", e);
    }
  }
}

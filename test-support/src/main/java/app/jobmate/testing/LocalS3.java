package app.jobmate.testing;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * S3Proxy (the local cloud's S3) in memory on a free loopback port, checking SigV4 signatures and
 * presigned POST policies against {@code local}/{@code local}, with one bucket {@link #BUCKET}, and
 * an SDK client on it. Register one with {@code @RegisterExtension}, or {@link #start} one.
 */
public final class LocalS3 extends LocalServer<S3Client> {

  public static final String BUCKET = "receipts";
  public static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

  private S3Proxy proxy;
  private URI endpoint;

  private LocalS3() {
  }

  public static LocalS3 perClass() {
    return new LocalS3();
  }

  public static LocalS3 start() {
    LocalS3 local = new LocalS3();
    local.open();
    return local;
  }

  public URI endpoint() {
    return endpoint;
  }

  /** A presigner for this server, as a function builds one (region and credentials from the client's). */
  public S3Presigner presigner() {
    return S3Presigner.builder().endpointOverride(endpoint).region(Region.EU_WEST_2).credentialsProvider(CREDENTIALS).build();
  }

  @Override
  S3Client startServer() {
    endpoint = URI.create("http://127.0.0.1:" + freePort());
    TransientNio2BlobStore store = new TransientNio2BlobStore();
    store.createContainer(BUCKET);
    proxy = S3Proxy.builder().blobStore(store).endpoint(endpoint).awsAuthentication(AuthenticationType.AWS_V4, "local", "local")
        .build();
    try {
      proxy.start();
      // S3Proxy starts Jetty on its own thread: wait for it, but never for ever (a test run must fail, not hang)
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy did not start within 30 s (" + proxy.getState() + ")");
        }
        Thread.sleep(5);
      }
    } catch (Exception e) {
      try {
        proxy.stop();
      } catch (Exception stopping) {
        e.addSuppressed(stopping);
      }
      throw new IllegalStateException("S3Proxy did not start", e);
    }
    return S3Client.builder().endpointOverride(endpoint).region(Region.EU_WEST_2).credentialsProvider(CREDENTIALS)
        .httpClient(UrlConnectionHttpClient.create()).build();
  }

  private static int freePort() {
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("no free loopback port for S3", e);
    }
  }

  @Override
  void stopServer() {
    if (proxy != null) {
      try {
        proxy.stop();
      } catch (Exception e) {
        throw new IllegalStateException("S3Proxy did not stop", e);
      }
      proxy = null;
    }
  }
}

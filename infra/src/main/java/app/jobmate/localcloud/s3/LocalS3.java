package app.jobmate.localcloud.s3;

import app.jobmate.localcloud.FreePort;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * S3 on this machine: S3Proxy in this JVM on a loopback port, keeping objects under
 * {@code <data>/s3}, checking every request's SigV4 signature (headers or presigned query) against
 * the local credentials and enforcing presigned POST policies (expiration, conditions,
 * {@code content-length-range}, the signature over the policy), with the template's buckets
 * created at start ({@code docs/decisions/local-s3.md}).
 */
public final class LocalS3 implements AutoCloseable {

  /** The access key and secret the local cloud gives every SDK client (AwsSdkSettings). */
  public static final String ACCESS_KEY = "local";
  public static final String SECRET_KEY = "local";

  private final S3Proxy proxy;
  private final URI endpoint;
  private final List<String> buckets;

  private LocalS3(S3Proxy proxy, URI endpoint, List<String> buckets) {
    this.proxy = proxy;
    this.endpoint = endpoint;
    this.buckets = buckets;
  }

  /**
   * Starts S3 on {@code <dataDirectory>/s3} with every {@code AWS::S3::Bucket} of the template, and CORS
   * for the origins the template's buckets allow plus {@code dashboard} (the local dashboard's origin).
   */
  public static LocalS3 start(Intrinsics intrinsics, Path dataDirectory, URI dashboard, Consumer<String> log) {
    Path root = dataDirectory.resolve("s3");
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + root, e);
    }
    BlobStore store = new FilesystemNio2BlobStore(root.toString());
    List<String> buckets = intrinsics.template().allResources().values().stream()
        .filter(r -> r.type().equals("AWS::S3::Bucket") && intrinsics.isDeployed(r))
        .map(r -> LocalResourceNames.bucketName(r, intrinsics))
        .toList();
    for (String bucket : buckets) {
      if (!store.containerExists(bucket)) {
        store.createContainer(bucket);
      }
    }
    URI endpoint = URI.create("http://127.0.0.1:" + FreePort.pick());
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(store)
        .endpoint(endpoint)
        .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
        .corsRules(cors(intrinsics, dashboard))
        .build();
    try {
      proxy.start();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3 did not start within 30 s (" + proxy.getState() + ")");
        }
        Thread.sleep(5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopQuietly(proxy);
      throw new IllegalStateException("interrupted while starting S3", e);
    } catch (Exception e) {
      stopQuietly(proxy);
      throw new IllegalStateException("S3 did not start on " + endpoint + ": " + e.getMessage(), e);
    }
    log.accept("s3: " + endpoint + " (S3Proxy, objects in " + root + "), buckets " + buckets);
    return new LocalS3(proxy, endpoint, buckets);
  }

  /**
   * S3Proxy's CORS is one rule for every bucket: the union of the template's buckets' rules, with the
   * local dashboard's origin added (it is served from the API's port, another origin than S3's).
   * Without any rule in the template, CORS stays off, as S3 answers a bucket without one.
   */
  static CrossOriginResourceSharing cors(Intrinsics intrinsics, URI dashboard) {
    java.util.Set<String> origins = new java.util.LinkedHashSet<>();
    java.util.Set<String> methods = new java.util.LinkedHashSet<>();
    java.util.Set<String> headers = new java.util.LinkedHashSet<>();
    intrinsics.template().allResources().values().stream()
        .filter(r -> r.type().equals("AWS::S3::Bucket") && intrinsics.isDeployed(r))
        .forEach(bucket -> intrinsics.resolve(bucket.properties().path("CorsConfiguration").path("CorsRules")).forEach(rule -> {
          rule.path("AllowedOrigins").forEach(o -> origins.add(o.asText()));
          rule.path("AllowedMethods").forEach(m -> methods.add(m.asText()));
          rule.path("AllowedHeaders").forEach(h -> headers.add(h.asText()));
        }));
    if (methods.isEmpty()) {
      return CrossOriginResourceSharing.disabled();
    }
    origins.add(dashboard.getScheme() + "://" + dashboard.getAuthority());
    return new CrossOriginResourceSharing(List.copyOf(origins), List.copyOf(methods), List.copyOf(headers), List.of(),
        "false");
  }

  private static void stopQuietly(S3Proxy proxy) {
    try {
      proxy.stop();
    } catch (Exception ignored) {
      // the start's failure is the news
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The local names of the template's buckets. */
  public List<String> buckets() {
    return buckets;
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}

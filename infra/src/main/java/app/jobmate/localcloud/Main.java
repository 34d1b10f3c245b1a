package app.jobmate.localcloud;

import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./jobmate start}: runs the template in this JVM until Ctrl-C.
 * Arguments: template path (default {@code infra/template.yaml}), data directory (default
 * {@code .local}), HTTP port (default 3000).
 */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) throws InterruptedException {
    Path template = Path.of(args.length > 0 ? args[0] : "infra/template.yaml");
    Path data = Path.of(args.length > 1 ? args[1] : ".local");
    int port = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
    if (!Files.isRegularFile(template)) {
      System.err.println("local cloud: no template at " + template.toAbsolutePath());
      System.exit(2);
    }
    long started = System.nanoTime();
    LocalCloud cloud = LocalCloud.start(template, LocalCloud.Options.in(data).withPort(port).warmed());
    Duration startup = Duration.ofNanos(System.nanoTime() - started);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("local cloud: stopping");
      cloud.close();
      System.out.println("local cloud: stopped");
      stopped.countDown();
    }, "local-cloud-shutdown"));

    LocalCloud.Endpoints endpoints = cloud.endpoints();
    System.out.printf("""
        Jobmate local cloud ready in %d ms (template %s, data in %s)
          HTTP API     %s
          DynamoDB     %s   EventBridge %s   SQS %s
          MongoDB      %s
          issuer       %s   (client id %s)
        Sign in (every demo password is %s):
          curl -s -X POST %s/local/sign-in -H 'content-type: application/json' \\
               -d '{"username":"olivia@acme.example","password":"%s"}'
        Demo users:
        """, startup.toMillis(), template, data.toAbsolutePath(), endpoints.api(), endpoints.dynamoDb(),
        endpoints.eventBridge(), endpoints.sqs(), endpoints.mongoUri(), endpoints.issuer(), endpoints.clientId(),
        UserDirectory.DEMO_PASSWORD, endpoints.api(), UserDirectory.DEMO_PASSWORD);
    for (UserDirectory.User user : cloud.identity().users().users()) {
      System.out.printf("  %-26s %-14s %-8s %s (%s)%n", user.username(), user.name(), String.join(",", user.groups()),
          user.tenantName(), user.tenantId());
    }
    endpoints.webSocket().ifPresent(url -> System.out.printf("""
        WebSocket    %s   (management API for PostToConnection: %s/@connections/<connectionId>)
        """, url, endpoints.connections().orElseThrow()));
    System.out.println("Dashboard    " + endpoints.api() + "/  " + cloud.dashboard().root()
        .map(root -> "(" + root + ")").orElse("(no web/dist: a help page)") + "   settings: " + endpoints.api() + "/config.json");
    System.out.println("S3           " + cloud.s3().endpoint() + "   buckets " + String.join(", ", cloud.s3().buckets()));
    for (String schedule : cloud.schedules().summary()) {
      System.out.println("Schedule     " + schedule);
    }
    long seeding = System.nanoTime();
    int commands = DemoData.seedOnce(cloud, data, Clock.systemUTC());
    if (commands > 0) {
      System.out.printf("Demo data    %d commands entered through the API in %d ms (first start only; delete %s to start afresh)%n",
          commands, Duration.ofNanos(System.nanoTime() - seeding).toMillis(), data);
    }
    System.out.println("Ctrl-C stops everything.");
    stopped.await();
  }
}

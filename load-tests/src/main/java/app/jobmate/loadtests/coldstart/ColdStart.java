package app.jobmate.loadtests.coldstart;

import app.jobmate.dynalite.Dynalite;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Cold starts of the quote command function, each in a fresh JVM running the deployable jar
 * against dynalite, and what reading an old schema version through the upcasters costs. Prints medians.
 * Run: {@code ./jobmate -q -pl load-tests -am package -DskipTests && ./jobmate -q -pl load-tests exec:java
 * -Dexec.mainClass=app.jobmate.loadtests.coldstart.ColdStart -Dexec.args=9}.
 */
public final class ColdStart {

  private static final String FUNCTION = "app.jobmate.commands.adapter.lambda.QuoteCommandFunction";
  /** The JVM flags of Lambda's java21 runtime (tiered compilation stopped at C1 for fast starts). */
  private static final List<String> LAMBDA_JVM = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
      "-Xshare:auto", "-Xmx900m");

  private ColdStart() {
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path root = repositoryRoot();
    Path lambdaJar = root.resolve("command-handlers/target/lambda/command-handlers.jar");
    if (!Files.isRegularFile(lambdaJar)) {
      throw new IllegalStateException(lambdaJar + " is missing: build it with ./jobmate -q -pl load-tests -am package -DskipTests");
    }
    String probeClasspath = String.join(java.io.File.pathSeparator, lambdaJar.toString(), location(ColdStartProbe.class),
        location(LambdaEventSerializers.class));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    try (Dynalite dynalite = Dynalite.startInMemory()) {
      createTables(dynalite);
      Map<String, String> env = new HashMap<>(System.getenv());
      env.putAll(Map.of("EVENTS_TABLE", "events", "TENANTS_TABLE", "tenants", "AWS_REGION", "eu-west-2",
          "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
          "AWS_ENDPOINT_URL_DYNAMODB", dynalite.endpoint().toString()));

      List<Map<String, Long>> function = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Path event = draftEvent();
        function.add(probe(java, probeClasspath, env, List.of("function", event.toString(), FUNCTION)));
      }
      List<Map<String, Long>> upcast = new ArrayList<>();
      List<Map<String, Long>> jackson = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        upcast.add(probe(java, probeClasspath, env, List.of("upcast")));
        jackson.add(probe(java, probeClasspath, env, List.of("jackson")));
      }

      System.out.printf("%nQuote command function, cold start (fresh JVM to first response), %d runs, JDK %s%n", runs,
          System.getProperty("java.version"));
      System.out.printf("| figure | median ms | min | max |%n|---|---|---|---|%n");
      for (String key : List.of("wall", "main", "init", "invoke", "total")) {
        row(key, function, key);
      }
      System.out.printf("%nWhat reading an old schema version costs: the first read of an event in a fresh JVM%n");
      System.out.printf("| path | median ms to read (after main) | median total since JVM start |%n|---|---|---|%n");
      System.out.printf("| v1 payload through the upcaster chain | %d | %d |%n", median(upcast, "read"), median(upcast, "total"));
      System.out.printf("| v2 payload with Jackson alone | %d | %d |%n", median(jackson, "read"), median(jackson, "total"));
      System.out.printf("%nDeployable jar %s: %.1f MB%n", lambdaJar.getFileName(), Files.size(lambdaJar) / 1e6);
    }
  }

  private static Map<String, Long> probe(String java, String classpath, Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(LAMBDA_JVM);
    command.addAll(List.of("-cp", classpath, ColdStartProbe.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    long spawned = System.nanoTime();
    Process process = builder.start();
    String probeLine = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        output.append(line).append('\n');
        if (line.startsWith("PROBE ")) {
          probeLine = line;
        }
      }
    }
    int exit = process.waitFor();
    long wall = (System.nanoTime() - spawned) / 1_000_000;
    if (exit != 0 || probeLine == null || (probeLine.contains("status=") && !probeLine.contains("status=201"))) {
      throw new IllegalStateException("probe " + args + " failed (exit " + exit + "):\n" + output);
    }
    Map<String, Long> figures = new HashMap<>();
    for (String part : probeLine.substring(6).split(" ")) {
      String[] kv = part.split("=", 2);
      if (kv[1].matches("\\d+")) {
        figures.put(kv[0], Long.parseLong(kv[1]));
      }
    }
    figures.put("wall", wall);
    return figures;
  }


  private static Path draftEvent() throws IOException {
    String template;
    try (var in = ColdStart.class.getResourceAsStream("/coldstart/draft-quote-event.json")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = Files.createTempFile("draft-quote", ".json");
    Files.writeString(file, template.replace("QUOTE_ID", app.jobmate.commands.core.UuidV7.at(java.time.Instant.now()).toString()));
    file.toFile().deleteOnExit();
    return file;
  }

  private static void createTables(Dynalite dynalite) {
    try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(dynalite.endpoint()).region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create()).build()) {
      dynamoDb.createTable(t -> t.tableName("events").billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(attribute("stream", ScalarAttributeType.S), attribute("commit", ScalarAttributeType.N))
          .keySchema(key("stream", KeyType.HASH), key("commit", KeyType.RANGE)));
      dynamoDb.createTable(t -> t.tableName("tenants").billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(attribute("tenantId", ScalarAttributeType.S)).keySchema(key("tenantId", KeyType.HASH)));
      enterCustomer(dynamoDb);
    }
  }

  /** The customer the probe's draft is for (quotes are drafted only for customers in the book), in the events table. */
  private static void enterCustomer(DynamoDbClient dynamoDb) {
    new app.jobmate.commands.customers.CustomerService(
        new app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore(dynamoDb, "events"),
        new app.jobmate.lambda.adapter.memory.InMemoryPersonalDataKeys())
        .create(app.jobmate.events.values.TenantId.of("t-acme"),
            app.jobmate.events.values.CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c001"),
            app.jobmate.events.customers.CustomerKind.COMPANY,
            new app.jobmate.events.customers.CustomerProfile("Cold Start Lettings Ltd", null, List.of(), List.of(),
                List.of(), null, null), null, Map.of(),
            new app.jobmate.commands.core.CommandContext(java.util.UUID.randomUUID().toString(), "cold-start",
                new app.jobmate.events.Actor(app.jobmate.events.values.UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"),
                    List.of(app.jobmate.events.Role.OWNER)), null, null, java.time.Instant.now(),
                java.util.OptionalLong.empty()));
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static void row(String label, List<Map<String, Long>> runs, String key) {
    List<Long> values = runs.stream().map(r -> r.get(key)).sorted().toList();
    System.out.printf("| %s | %d | %d | %d |%n", label, median(runs, key), values.getFirst(), values.getLast());
  }

  private static long median(List<Map<String, Long>> runs, String key) {
    List<Long> values = runs.stream().map(r -> r.get(key)).sorted().toList();
    return values.get(values.size() / 2);
  }



  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("jobmate")) && Files.isDirectory(dir.resolve("command-handlers"))) {
        return dir;
      }
    }
    throw new IllegalStateException("run from inside the Jobmate repository");
  }
}

package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerStatus;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A customer through the local cloud: created over HTTP with its personal data sealed in the store,
 * opened into the read model with its search keys, erased, and gone from the read model, from a
 * rebuild of it, from the store's plain text and from every log line of the run.
 */
class CustomersEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String NAME = "Zoë Quennell-Fairbrother";

  @Test
  void a_customer_is_sealed_in_the_store_opened_in_the_read_model_and_after_erasure_gone_everywhere_even_after_a_rebuild()
      throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    LocalCloud.Options options = LocalCloud.Options.in(Files.createTempDirectory("jobmate-customers"))
        .withLog(line -> {
          log.add(line);
          System.out.println(line);
        });
    try (LocalCloud cloud = LocalCloud.start(TEMPLATE, options);
         MongoClient mongo = MongoClients.create(cloud.endpoints().mongoUri());
         DynamoDbClient dynamoDb = Clients.dynamoDb()) {
      MongoReadModels readModels = new MongoReadModels(mongo.getDatabase("jobmate"), ReadSides.ALL);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String id = UuidV7.at(Instant.now()).toString();
      DocumentId document = DocumentId.of(TenantId.of("t-acme"), id);

      command(cloud, owner, "POST", "/customers", """
          {"customerId": "%s", "kind": "person", "name": "%s", "emails": ["zoe.qf@example.co.uk"],
           "phones": ["07700 900321"], "sites": [{"siteId": "%s",
             "address": {"lines": ["7 Quarry Row"], "town": "Leeds", "postcode": "ls7 3qq"}, "accessNotes": "Gate code 2468"}]}
          """.formatted(id, NAME, UuidV7.at(Instant.now())), 201);
      cloud.awaitDrained(PATIENCE);

      Customer created = readModels.findActive(CustomerProjection.NAME, Customer.class, document).orElseThrow().document();
      assertThat(created.name()).isEqualTo(NAME);
      assertThat(created.nameKeys()).contains("zoe quennell-fairbrother");
      assertThat(created.phoneKeys()).contains("07700900321", "447700900321");
      assertThat(created.postcodeKeys()).containsExactly("ls73qq");
      String store = dynamoDb.scan(r -> r.tableName(cloud.tableName("EventsTable"))).items().toString();
      assertThat(store).contains(id).doesNotContain("Quennell", "Quarry", "900321", "Gate code");

      long erasing = System.nanoTime();
      command(cloud, owner, "POST", "/customers/" + id + "/erase", "{}", 200);
      long answered = System.nanoTime();
      cloud.awaitDrained(PATIENCE);
      // the cost of an erasure: one key item overwritten, one commit appended, one document rewritten
      System.out.printf("erasure: answered in %d ms, read model blank within %d ms%n", (answered - erasing) / 1_000_000,
          (System.nanoTime() - erasing) / 1_000_000);

      Customer erased = readModels.findActive(CustomerProjection.NAME, Customer.class, document).orElseThrow().document();
      assertThat(erased.status()).isEqualTo(CustomerStatus.ERASED);
      assertThat(erased.name()).isEqualTo(Customer.ERASED_NAME);
      assertThat(erased.toString()).doesNotContain("Quennell", "Quarry", "900321", "Gate code", "ls73qq");
      command(cloud, owner, "PUT", "/customers/" + id, """
          {"kind": "person", "name": "%s"}""".formatted(NAME), 409);

      byte[] rebuilt = cloud.functions().require("RebuildProjectionFunction")
          .invoke("{\"projection\": \"customer\"}".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(2));
      assertThat(new String(rebuilt, StandardCharsets.UTF_8)).contains("customer");
      Customer afterRebuild = readModels.findActive(CustomerProjection.NAME, Customer.class, document).orElseThrow()
          .document();
      assertThat(afterRebuild.status()).isEqualTo(CustomerStatus.ERASED);
      assertThat(afterRebuild.toString()).doesNotContain("Quennell", "Quarry", "900321", "Gate code");
      assertThat(mongo.getDatabase("jobmate").listCollectionNames().into(new java.util.ArrayList<>()).stream()
          .filter(name -> name.startsWith(CustomerProjection.NAME))
          .flatMap(name -> mongo.getDatabase("jobmate").getCollection(name).find().into(new java.util.ArrayList<>()).stream())
          .map(Object::toString).toList()).allSatisfy(doc -> assertThat(doc).doesNotContain("Quennell", "Quarry"));

      assertThat(log).isNotEmpty().noneMatch(line -> line.contains("Quennell") || line.contains("Quarry")
          || line.contains("900321"));
    }
  }
}

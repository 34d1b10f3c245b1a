package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
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
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A customer through the local cloud: created over HTTP with its personal data sealed in the store,
 * opened into the read model with its search keys, found by the search (name, email, phone and
 * postcode, whatever the case and accents) and on its page, erased, and gone from the read model,
 * from the search, from its page, from a rebuild, from the store's plain text and from every log
 * line of the run.
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
      String site = created.sites().getFirst().siteId();
      for (String search : List.of("name=" + encoded("zoe quenn"), "name=" + encoded("ZOË"), "name=quennell-fa",
          "email=" + encoded("ZOE.QF@Example"), "phone=" + encoded("07700 900321"), "phone=" + encoded("+44 7700 900"),
          "postcode=" + encoded("ls7 3q"), "postcode=LS73QQ&status=active&name=zo")) {
        assertThat(customerIds(cloud, owner, search)).as(search).containsExactly(id);
      }
      assertThat(customerIds(cloud, owner, "name=" + encoded("zoë x"))).isEmpty();
      HttpResponse<String> page = get(cloud, owner, "/customers/" + id);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode shown = Json.parse(page.body());
      assertThat(shown.get("name").asText()).isEqualTo(NAME);
      assertThat(shown.get("phones").get(0).asText()).isEqualTo("+447700900321");
      assertThat(shown.get("sites").get(0).get("siteId").asText()).isEqualTo(site);
      assertThat(shown.get("sites").get(0).get("address").get("postcode").asText()).isEqualTo("LS7 3QQ");
      assertThat(get(cloud, Http.signIn(cloud, "ben@brightside.example"), "/customers/" + id).statusCode())
          .as("another tenant's customer").isEqualTo(404);

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
      for (String search : List.of("name=" + encoded("zoë"), "name=quennell", "email=zoe.qf", "phone=07700900321",
          "phone=" + encoded("+447700900321"), "postcode=ls73qq")) {
        assertThat(customerIds(cloud, owner, search)).as("after erasure: " + search).doesNotContain(id);
      }
      HttpResponse<String> gone = get(cloud, owner, "/customers/" + id);
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).contains("customer.not-found").doesNotContain("Quennell", "Quarry", "900321");
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

      assertThat(customerIds(cloud, owner, "name=quennell")).as("search after the rebuild").isEmpty();

      assertThat(log).isNotEmpty().noneMatch(line -> line.contains("Quennell") || line.contains("Quarry")
          || line.contains("900321"));
    }
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The ids of every customer a search of the list finds (one page of at most 100). */
  private static List<String> customerIds(LocalCloud cloud, String token, String query) {
    HttpResponse<String> answer = get(cloud, token, "/customers?limit=100&" + query);
    assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    Json.parse(answer.body()).get("items").forEach(item -> ids.add(item.get("customerId").asText()));
    return ids;
  }
}

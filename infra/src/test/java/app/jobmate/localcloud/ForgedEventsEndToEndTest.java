package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.draftBody;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static app.jobmate.localcloud.QuotesEndToEndTest.newQuoteId;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * The bus is a doorbell, end to end on Jobmate's template: a well-formed {@code QuoteWithdrawn}
 * for Acme's issued quote, at the next version, put on the local bus by someone other than the
 * relay (the local bus enforces no bus policy, as AWS would), reaches the projector and the quote
 * expiry index like any event, and changes neither: both read the quote's stream from the events
 * table, which says issued. The real withdrawal that follows, at the same version, is applied.
 */
class ForgedEventsEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void a_forged_withdrawal_on_the_bus_changes_neither_the_read_model_nor_the_expiry_index_and_the_real_one_is_applied()
      throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    try (LocalCloud cloud = LocalCloud.start(TEMPLATE, LocalCloud.Options.in(Files.createTempDirectory("jobmate-e2e"))
        .withLog(line -> {
          log.add(line);
          System.out.println(line);
        }));
         DynamoDbClient dynamoDb = Clients.dynamoDb(); EventBridgeClient bus = Clients.eventBridge()) {
      String token = Http.signIn(cloud, "olivia@acme.example");
      String quote = newQuoteId();
      command(cloud, token, "POST", "/quotes", draftBody(cloud, token, quote), 201);
      long issued = command(cloud, token, "POST", "/quotes/" + quote + "/issue", "{}", 200).get("version").asLong();
      cloud.awaitDrained(PATIENCE);
      JsonNode detailBefore = detail(cloud, token, quote, issued);
      String expiries = cloud.tableName("QuoteExpiriesTable");
      Map<String, AttributeValue> indexBefore = indexItem(dynamoDb, expiries, quote);
      assertThat(indexBefore).containsKey("due");

      EventEnvelope forged = new EventEnvelope(UUID.randomUUID().toString(), "QuoteWithdrawn", 1, TenantId.of("t-acme"),
          "quote", quote, issued + 1, Instant.now(), UUID.randomUUID().toString(), null, null,
          new Actor(UserId.of("u-forger"), List.of(Role.OWNER)),
          EventCodec.standard().encode(new QuoteWithdrawn(QuoteId.of(quote), Instant.now(), "forged")));
      PutEventsResponse put = bus.putEvents(r -> r.entries(e -> e.eventBusName("jobmate-local").source("jobmate.quotes")
          .detailType("QuoteWithdrawn").detail(json(forged))));
      assertThat(put.failedEntryCount()).as("the local bus enforces no bus policy").isZero();
      cloud.awaitDrained(PATIENCE);

      JsonNode detailAfter = detail(cloud, token, quote, issued);
      assertThat(detailAfter).isEqualTo(detailBefore);
      assertThat(detailAfter.path("state").asText()).isEqualToIgnoringCase("issued");
      assertThat(detailAfter.path("version").asLong()).isEqualTo(issued);
      JsonNode listed = listed(cloud, token, quote);
      assertThat(listed.path("state").asText()).isEqualToIgnoringCase("issued");
      assertThat(listed.path("version").asLong()).isEqualTo(issued);
      assertThat(indexItem(dynamoDb, expiries, quote)).isEqualTo(indexBefore);
      assertThat(log).as("each consumer that took it warned of it")
          .anySatisfy(line -> assertThat(line).contains("[QuoteProjectorFunction]", "WARN", forged.eventId(),
              "ends at version " + issued))
          .anySatisfy(line -> assertThat(line).contains("[QuoteExpiryIndexFunction]", "WARN", forged.eventId()));

      long withdrawn = command(cloud, token, "POST", "/quotes/" + quote + "/withdraw",
          "{\"reason\": \"The customer moved house\"}", 200).get("version").asLong();
      assertThat(withdrawn).as("the version the forgery claimed").isEqualTo(issued + 1);
      cloud.awaitDrained(PATIENCE);

      JsonNode real = detail(cloud, token, quote, withdrawn);
      assertThat(real.path("state").asText()).isEqualToIgnoringCase("withdrawn");
      assertThat(real.path("version").asLong()).isEqualTo(withdrawn);
      assertThat(real.toString()).contains("The customer moved house").doesNotContain("forged");
      assertThat(listed(cloud, token, quote).path("state").asText()).isEqualToIgnoringCase("withdrawn");
      assertThat(indexItem(dynamoDb, expiries, quote)).as("closed: it has left the index").doesNotContainKey("due")
          .containsEntry("version", AttributeValue.fromN(Long.toString(withdrawn)));
    }
  }

  private static JsonNode detail(LocalCloud cloud, String token, String quote, long minVersion) {
    HttpResponse<String> response = get(cloud, token, "/quotes/" + quote + "?minVersion=" + minVersion);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("x-read-model-behind")).isEmpty();
    return Json.parse(response.body());
  }

  private static JsonNode listed(LocalCloud cloud, String token, String quote) {
    HttpResponse<String> response = get(cloud, token, "/quotes?limit=100");
    assertThat(response.statusCode()).isEqualTo(200);
    for (JsonNode item : Json.parse(response.body()).path("items")) {
      if (item.path("quoteId").asText().equals(quote)) {
        return item;
      }
    }
    throw new AssertionError("quote " + quote + " is not in the list: " + response.body());
  }

  private static Map<String, AttributeValue> indexItem(DynamoDbClient dynamoDb, String table, String quote) {
    return dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
        .key(Map.of("quote", AttributeValue.fromS("t-acme#" + quote)))).item();
  }

  private static String json(EventEnvelope envelope) {
    try {
      return EventJson.mapper().writeValueAsString(envelope);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

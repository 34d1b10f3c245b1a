package app.jobmate.localcloud;

import app.jobmate.commands.core.UuidV7;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.events.LocalEventBridge;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Jobmate's own template on the local cloud, end to end: a command over HTTP, its commit on the
 * events table's stream, the relay, the bus and its rules, the projector's queue, the read model,
 * the query API. Each test starts its own local cloud (one per JVM at a time), from the template
 * as deployed or from a copy with one thing changed.
 */
class QuotesEndToEndTest {

  static final Path TEMPLATE = Path.of("template.yaml");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String OWNER = "olivia@acme.example";

  @Test
  void a_quote_drafted_and_issued_over_http_is_read_back_from_the_query_api_at_its_version() throws Exception {
    try (LocalCloud cloud = start(TEMPLATE)) {
      String token = Http.signIn(cloud, OWNER);
      String quote = newQuoteId();

      JsonNode drafted = command(cloud, token, "POST", "/quotes", draftBody(cloud, token, quote), 201);
      JsonNode issued = command(cloud, token, "POST", "/quotes/" + quote + "/issue", "{}", 200);
      long version = issued.get("version").asLong();
      assertThat(version).isGreaterThan(drafted.get("version").asLong());

      HttpResponse<String> detail = get(cloud, token, "/quotes/" + quote + "?minVersion=" + version);

      assertThat(detail.statusCode()).isEqualTo(200);
      assertThat(detail.headers().firstValue("x-read-model-behind")).isEmpty();
      JsonNode quoteDetail = Json.parse(detail.body());
      assertThat(quoteDetail.toString()).contains("\"version\":" + version);
      assertThat(quoteDetail.toString()).containsIgnoringCase("issued");
      // 3 × £120.00 at 20%: £432.00
      assertThat(quoteDetail.toString()).contains("43200");

      HttpResponse<String> list = get(cloud, token, "/quotes?minVersion=" + quote + ":" + version);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains(quote);

      String staff = Http.signIn(cloud, "sam@acme.example");
      assertThat(get(cloud, staff, "/quotes/" + quote).statusCode()).as("staff see no prices").isEqualTo(403);
      String otherTenant = Http.signIn(cloud, "ben@brightside.example");
      assertThat(get(cloud, otherTenant, "/quotes/" + quote).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void the_templates_rule_decides_which_events_ring_and_the_store_decides_what_is_applied() throws Exception {
    // the same topology with the projection's rule narrowed to issues: a draft never rings
    Path narrowed = copyOfTemplate(template -> template.replace(
        "        source: [jobmate.quotes]\n      Targets:\n        - Id: quote-projections",
        "        source: [jobmate.quotes]\n        detail-type: [QuoteIssued]\n      Targets:\n"
            + "        - Id: quote-projections"));
    try (LocalCloud cloud = start(narrowed)) {
      String token = Http.signIn(cloud, OWNER);
      String quote = newQuoteId();
      long drafted = command(cloud, token, "POST", "/quotes", draftBody(cloud, token, quote), 201).get("version").asLong();
      cloud.awaitDrained(PATIENCE);

      HttpResponse<String> draft = get(cloud, token, "/quotes/" + quote + "?minVersion=" + drafted);

      assertThat(draft.statusCode()).as("nothing rang for the draft").isEqualTo(404);
      assertThat(draft.headers().firstValue("x-read-model-behind")).contains("true");

      long issued = command(cloud, token, "POST", "/quotes/" + quote + "/issue", "{}", 200).get("version").asLong();
      cloud.awaitDrained(PATIENCE);
      HttpResponse<String> detail = get(cloud, token, "/quotes/" + quote + "?minVersion=" + issued);

      assertThat(detail.statusCode()).isEqualTo(200);
      assertThat(detail.headers().firstValue("x-read-model-behind")).isEmpty();
      assertThat(Json.parse(detail.body()).toString()).as("the draft's lines, read from the store with the issue")
          .contains("\"version\":" + issued, "Tiling");
    }
  }

  @Test
  void a_poison_message_ends_in_its_dead_letter_queue_after_max_receive_count_and_nothing_else_stalls() throws Exception {
    // as deployed, but the queue hides a message for 1 s instead of 180 s, so five receives take seconds
    Path quick = copyOfTemplate(template -> template.replace(
        "      QueueName: !Sub jobmate-${Stage}-quote-projections\n      VisibilityTimeout: 180",
        "      QueueName: !Sub jobmate-${Stage}-quote-projections\n      VisibilityTimeout: 1"));
    try (LocalCloud cloud = start(quick); SqsClient sqs = Clients.sqs()) {
      String poison = "{\"version\":\"0\",\"detail-type\":\"QuoteIssued\",\"detail\":\"" + UUID.randomUUID() + "\"}";
      sqs.sendMessage(r -> r.queueUrl(cloud.queueUrl("QuoteProjectionQueue")).messageBody(poison));

      String token = Http.signIn(cloud, OWNER);
      String quote = newQuoteId();
      command(cloud, token, "POST", "/quotes", draftBody(cloud, token, quote), 201);
      long issued = command(cloud, token, "POST", "/quotes/" + quote + "/issue", "{}", 200).get("version").asLong();
      HttpResponse<String> detail = get(cloud, token, "/quotes/" + quote + "?minVersion=" + issued);
      assertThat(detail.headers().firstValue("x-read-model-behind")).as("the good events went through").isEmpty();

      Message dead = Poll.value("the poison message is in the DLQ", PATIENCE,
          () -> sqs.receiveMessage(r -> r.queueUrl(cloud.queueUrl("QuoteProjectionDeadLetters")).waitTimeSeconds(1)
              .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages(),
          messages -> !messages.isEmpty()).getFirst();
      assertThat(dead.body()).isEqualTo(poison);
      assertThat(Integer.parseInt(dead.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)))
          .as("received maxReceiveCount (5) times first").isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void a_relay_that_cannot_publish_is_retried_from_the_stream_and_nothing_is_lost() throws Exception {
    try (LocalCloud cloud = start(TEMPLATE)) {
      AtomicInteger relayInvocations = new AtomicInteger();
      cloud.functions().observe((function, event, start, end, answered) -> {
        if (function.equals("OutboxRelayFunction")) {
          relayInvocations.incrementAndGet();
        }
      });
      // a permission taken away for a moment: the relay fails the record, the mapping delivers it again
      cloud.eventBridge().failNextCalls(new LocalEventBridge.Outage(2, 400, "AccessDeniedException",
          "User is not authorized to perform: events:PutEvents on resource: jobmate-local"));
      String token = Http.signIn(cloud, OWNER);
      String quote = newQuoteId();

      long drafted = command(cloud, token, "POST", "/quotes", draftBody(cloud, token, quote), 201).get("version").asLong();

      HttpResponse<String> detail = Poll.value("the draft reached the read model", PATIENCE,
          () -> get(cloud, token, "/quotes/" + quote + "?minVersion=" + drafted),
          response -> response.statusCode() == 200 && response.headers().firstValue("x-read-model-behind").isEmpty());
      assertThat(Json.parse(detail.body()).toString()).contains("\"version\":" + drafted);
      assertThat(relayInvocations.get()).as("the record was delivered to the relay again after each failure")
          .isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void a_quote_is_only_for_a_customer_in_the_book_and_shows_its_name_as_the_book_has_it_now() throws Exception {
    try (LocalCloud cloud = start(TEMPLATE)) {
      String token = Http.signIn(cloud, OWNER);
      String customer = UuidV7.at(Instant.now()).toString();
      String site = UuidV7.at(Instant.now()).toString();
      String other = UuidV7.at(Instant.now()).toString();
      command(cloud, token, "POST", "/customers", """
          {"customerId": "%s", "kind": "company", "name": "Canal Wharf Lettings Ltd",
           "sites": [{"siteId": "%s", "address": {"lines": ["Block A, Canal Wharf"], "town": "Leeds", "postcode": "LS11 5QN"}}]}
          """.formatted(customer, site), 201);
      command(cloud, token, "POST", "/customers", """
          {"customerId": "%s", "kind": "person", "name": "Pat Other"}""".formatted(other), 201);

      JsonNode unknown = command(cloud, token, "POST", "/quotes", forCustomer(newQuoteId(), UuidV7.at(Instant.now())
          .toString(), null), 422);
      assertThat(unknown.get("code").asText()).isEqualTo("quote.customer-not-found");
      assertThat(unknown.at("/errors/0/field").asText()).isEqualTo("customerId");
      JsonNode foreignSite = command(cloud, token, "POST", "/quotes", forCustomer(newQuoteId(), other, site), 422);
      assertThat(foreignSite.get("code").asText()).isEqualTo("quote.site-not-found");
      assertThat(foreignSite.at("/errors/0/field").asText()).isEqualTo("siteId");

      String quote = newQuoteId();
      long drafted = command(cloud, token, "POST", "/quotes", forCustomer(quote, customer, site), 201)
          .get("version").asLong();
      cloud.awaitDrained(PATIENCE);
      JsonNode listed = Json.parse(get(cloud, token, "/quotes?minVersion=" + quote + ":" + drafted).body());
      assertThat(listed.at("/items/0/quoteId").asText()).isEqualTo(quote);
      assertThat(listed.at("/items/0/customerName").asText()).isEqualTo("Canal Wharf Lettings Ltd");

      command(cloud, token, "PUT", "/customers/" + customer, """
          {"kind": "company", "name": "Canal Wharf Homes Ltd"}""", 200);
      cloud.awaitDrained(PATIENCE);
      assertThat(Json.parse(get(cloud, token, "/quotes").body()).at("/items/0/customerName").asText())
          .as("the list follows a rename").isEqualTo("Canal Wharf Homes Ltd");
      assertThat(Json.parse(get(cloud, token, "/quotes/" + quote).body()).get("customerName").asText())
          .isEqualTo("Canal Wharf Homes Ltd");

      command(cloud, token, "POST", "/customers/" + customer + "/erase", "{}", 200);
      cloud.awaitDrained(PATIENCE);
      HttpResponse<String> page = get(cloud, token, "/quotes/" + quote);
      assertThat(Json.parse(page.body()).get("customerName").asText()).isEqualTo("Erased customer");
      assertThat(page.body()).doesNotContain("Canal Wharf");
      assertThat(command(cloud, token, "PUT", "/quotes/" + quote, """
          {"customerId": "%s", "title": "Refit"}""".formatted(customer), 422).get("code").asText())
          .isEqualTo("quote.customer-erased");
    }
  }

  private static String forCustomer(String quote, String customer, String site) {
    return """
        {"quoteId": "%s", "customerId": "%s", %s"title": "Stairwell repaint"}
        """.formatted(quote, customer, site == null ? "" : "\"siteId\": \"" + site + "\", ");
  }

  static LocalCloud start(Path template) throws IOException {
    return LocalCloud.start(template, LocalCloud.Options.in(Files.createTempDirectory("jobmate-e2e")));
  }

  static Path copyOfTemplate(UnaryOperator<String> change) throws IOException {
    String original = Files.readString(TEMPLATE);
    String changed = change.apply(original);
    assertThat(changed).as("the test's change applies to the template").isNotEqualTo(original);
    Path copy = Files.createTempDirectory("jobmate-template").resolve("template.yaml");
    Files.writeString(copy, changed);
    return copy;
  }

  static String newQuoteId() {
    return UuidV7.at(Instant.now()).toString();
  }

  /** A draft for the test customer, entered in the caller's business first if it is not yet. */
  static String draftBody(LocalCloud cloud, String token, String quote) {
    String customer = TestCustomers.inBook(cloud, token);
    return """
        {"quoteId": "%s", "customerId": "%s", "title": "Bathroom refit, 9 Hill Street",
         "lines": [{"lineId": "%s", "description": "Tiling (m²)", "quantity": 3, "unitPrice": 12000,
                    "vatCode": "standard"}]}
        """.formatted(quote, customer, UuidV7.at(Instant.now()));
  }

  static JsonNode command(LocalCloud cloud, String token, String method, String path, String body, int expectedStatus) {
    HttpResponse<String> response = Http.send(Http.to(cloud, path).header("authorization", "Bearer " + token)
        .header("content-type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
    return Json.parse(response.body());
  }

  static HttpResponse<String> get(LocalCloud cloud, String token, String path) {
    return Http.send(Http.to(cloud, path).header("authorization", "Bearer " + token).GET());
  }
}

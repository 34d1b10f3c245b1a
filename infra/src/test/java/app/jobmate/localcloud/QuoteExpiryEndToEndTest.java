package app.jobmate.localcloud;

import app.jobmate.commands.core.UuidV7;
import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static app.jobmate.localcloud.QuotesEndToEndTest.newQuoteId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Quotes expire by themselves, end to end on Jobmate's template: quotes issued over HTTP reach the
 * expiry index through the relay, the bus, the expiry rule and its queue; the local cloud's clock
 * (which its schedules follow) is moved to five past midnight in London after a quote's last valid
 * day, the template's ScheduleV2 runs the sweep with that scheduled time, and the sweep sends
 * ExpireQuote as the system. The command function keeps the real clock: quotes are issued today,
 * valid until today, and expire on the cloud's tomorrow.
 */
class QuoteExpiryEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void the_night_after_its_last_valid_day_a_quote_expires_and_one_valid_longer_does_not() throws Exception {
    MovableClock clock = new MovableClock(Instant.now());
    try (LocalCloud cloud = LocalCloud.start(TEMPLATE, LocalCloud.Options.in(Files.createTempDirectory("jobmate-e2e"))
        .withClock(clock)); DynamoDbClient dynamoDb = Clients.dynamoDb()) {
      String token = Http.signIn(cloud, "olivia@acme.example");
      LocalDate today = LocalDate.now(LONDON);
      String lastDayToday = newQuoteId();
      String validTomorrow = newQuoteId();
      command(cloud, token, "POST", "/quotes", draftBody(cloud, token, lastDayToday, today), 201);
      long issued = command(cloud, token, "POST", "/quotes/" + lastDayToday + "/issue", "{}", 200).get("version").asLong();
      command(cloud, token, "POST", "/quotes", draftBody(cloud, token, validTomorrow, today.plusDays(1)), 201);
      command(cloud, token, "POST", "/quotes/" + validTomorrow + "/issue", "{}", 200);
      cloud.awaitDrained(PATIENCE);
      String expiries = cloud.tableName("QuoteExpiriesTable");
      assertThat(indexItem(dynamoDb, expiries, lastDayToday)).containsEntry("due",
          AttributeValue.fromS(today.plusDays(1) + "#t-acme#" + lastDayToday));

      clock.moveTo(today.plusDays(1).atTime(0, 5).atZone(LONDON).toInstant().minusSeconds(2));

      String events = cloud.tableName("EventsTable");
      Map<String, AttributeValue> expiry = Poll.value("the sweep expired the quote", PATIENCE,
          () -> lastCommit(dynamoDb, events, lastDayToday), commit -> commit.get("events").s().contains("QuoteExpired"));
      assertThat(expiry.get("commandId").s()).isEqualTo("quote-expiry:" + today.plusDays(1) + ":" + lastDayToday);
      assertThat(expiry.get("actor").s()).contains("system:quote-expiry");
      assertThat(expiry.get("events").s()).contains("\"validUntil\":\"" + today + "\"");

      cloud.awaitDrained(PATIENCE);
      long expiredAt = Long.parseLong(expiry.get("lastVersion").n());
      assertThat(expiredAt).isEqualTo(issued + 1);
      HttpResponse<String> detail = get(cloud, token, "/quotes/" + lastDayToday + "?minVersion=" + expiredAt);
      assertThat(detail.statusCode()).isEqualTo(200);
      assertThat(Json.parse(detail.body()).toString()).containsIgnoringCase("expired");
      assertThat(indexItem(dynamoDb, expiries, lastDayToday)).as("it has left the index").doesNotContainKey("due");
      JsonNode refused = command(cloud, token, "POST", "/quotes/" + lastDayToday + "/accept", "{}", 409);
      assertThat(refused.path("code").asText()).isEqualTo("quote.not-open");

      assertThat(lastCommit(dynamoDb, events, validTomorrow).get("events").s()).contains("QuoteIssued")
          .doesNotContain("QuoteExpired");
      assertThat(indexItem(dynamoDb, expiries, validTomorrow)).containsEntry("due",
          AttributeValue.fromS(today.plusDays(2) + "#t-acme#" + validTomorrow));
    }
  }

  private static String draftBody(LocalCloud cloud, String token, String quote, LocalDate validUntil) {
    String customer = TestCustomers.inBook(cloud, token);
    return """
        {"quoteId": "%s", "customerId": "%s", "title": "Boiler service, 3 Mill Lane", "validUntil": "%s",
         "lines": [{"lineId": "%s", "description": "Annual boiler service", "quantity": 1, "unitPrice": 9500,
                    "vatCode": "standard"}]}
        """.formatted(quote, customer, validUntil, UuidV7.at(Instant.now()));
  }

  private static Map<String, AttributeValue> indexItem(DynamoDbClient dynamoDb, String table, String quote) {
    return dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
        .key(Map.of("quote", AttributeValue.fromS("t-acme#" + quote)))).item();
  }

  private static Map<String, AttributeValue> lastCommit(DynamoDbClient dynamoDb, String table, String quote) {
    List<Map<String, AttributeValue>> commits = dynamoDb.query(r -> r.tableName(table).consistentRead(true)
        .keyConditionExpression("#stream = :stream")
        .expressionAttributeNames(Map.of("#stream", "stream"))
        .expressionAttributeValues(Map.of(":stream", AttributeValue.fromS("t-acme#quote#" + quote)))).items();
    return commits.getLast();
  }
}

package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.draftBody;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static app.jobmate.localcloud.QuotesEndToEndTest.newQuoteId;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.adapter.dynamodb.DynamoDbPendingConversions;
import app.jobmate.commands.conversion.JobIds;
import app.jobmate.commands.conversion.PendingConversions.Pending;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.jobs.AcceptedQuote;
import app.jobmate.commands.jobs.JobCommand.OpenJobFromQuote;
import app.jobmate.commands.jobs.JobService;
import app.jobmate.commands.core.UuidV7;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Jobs end to end on Jobmate's template: an accepted quote converted over HTTP (twice: one job), a
 * task on it (and one on a job that does not exist refused), the job list and the job's page with its
 * task (joined from the tasks' read model), staff seeing only a job with a task of theirs and no
 * prices, the job's life; and the conversion sweep, run by the
 * template's schedule, completing a conversion cut short between the job's append and the quote's.
 */
class JobsEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String CUSTOMER = "0193a5b2-7c41-7d2e-9f3a-00000000c001";

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static String acceptedQuote(LocalCloud cloud, String token) {
    String quote = newQuoteId();
    command(cloud, token, "POST", "/quotes", draftBody(cloud, token, quote), 201);
    command(cloud, token, "POST", "/quotes/" + quote + "/issue", "{}", 200);
    command(cloud, token, "POST", "/quotes/" + quote + "/accept", "{\"optionalLinesTaken\": []}", 200);
    return quote;
  }

  private static JsonNode convert(LocalCloud cloud, String token, String quote, int status) {
    return command(cloud, token, "POST", "/quotes/" + quote + "/convert-to-job", "{}", status);
  }

  @Test
  void an_accepted_quote_becomes_one_job_whose_list_page_tasks_and_life_are_read_back() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String quote = acceptedQuote(cloud, owner);
      command(cloud, owner, "POST", "/quotes/" + newQuoteId() + "/convert-to-job", "{}", 404);

      JsonNode first = convert(cloud, owner, quote, 201);
      JsonNode again = convert(cloud, owner, quote, 200);

      String job = first.get("streamId").asText();
      assertThat(again.get("streamId").asText()).as("converting twice gives the same job").isEqualTo(job);
      assertThat(job).isEqualTo(JobIds.fromQuote(QuoteId.of(quote)).toString());
      String task = UuidV7.at(Instant.now()).toString();
      String sam = sub(cloud, "sam@acme.example");
      command(cloud, owner, "POST", "/tasks", """
          {"taskId": "%s", "title": "Fit the boiler", "jobId": "%s", "assignee": "%s"}""".formatted(task, job, sam), 201);
      JsonNode noSuchJob = command(cloud, owner, "POST", "/tasks", """
          {"taskId": "%s", "title": "Lost", "jobId": "%s"}""".formatted(UuidV7.at(Instant.now()), newQuoteId()), 422);
      assertThat(noSuchJob.get("code").asText()).isEqualTo("task.job-not-found");
      cloud.awaitDrained(PATIENCE);

      HttpResponse<String> list = get(cloud, owner, "/jobs?status=open&minVersion=" + job + ":1");
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      assertThat(list.body()).contains(job, "Q-0000");
      HttpResponse<String> page = get(cloud, owner, "/jobs/" + job);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode detail = Json.parse(page.body());
      assertThat(detail.get("tasks")).extracting(t -> t.get("taskId").asText()).containsExactly(task);
      assertThat(detail.get("agreedValue").get("gross").asLong()).isEqualTo(43_200);
      assertThat(detail.get("links").get("quote").asText()).isEqualTo("/quotes/" + quote);
      String number = Json.parse(get(cloud, owner, "/quotes/" + quote).body()).get("displayNumber").asText();
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      HttpResponse<String> sales = get(cloud, owner, "/exports/quotes.csv?format=xero&from=" + today + "&to=" + today);
      assertThat(sales.statusCode()).as(sales.body()).isEqualTo(200);
      assertThat(sales.body()).as("the accepted quote as a draft sales invoice, one line at 20%")
          .contains("Hill Street Lettings,,,,,,,,,," + number + ",\"Bathroom refit, 9 Hill Street\",")
          .contains(",360.00,,200,20% (VAT on Income),72.00,");

      String samToken = Http.signIn(cloud, "sam@acme.example");
      HttpResponse<String> staffPage = get(cloud, samToken, "/jobs/" + job);
      assertThat(staffPage.statusCode()).as("a job with a task of theirs").isEqualTo(200);
      assertThat(staffPage.body()).doesNotContain("43200");
      assertThat(get(cloud, samToken, "/jobs").statusCode()).as("staff do not list jobs").isEqualTo(403);
      assertThat(get(cloud, Http.signIn(cloud, "ben@brightside.example"), "/jobs/" + job).statusCode()).isEqualTo(404);

      command(cloud, owner, "POST", "/jobs/" + job + "/schedule", "{\"day\": \"2026-12-20\"}", 200);
      command(cloud, owner, "POST", "/jobs/" + job + "/start", "{}", 200);
      command(cloud, owner, "POST", "/jobs/" + job + "/complete", "{}", 200);
      long reopened = command(cloud, owner, "POST", "/jobs/" + job + "/reopen", "{\"reason\": \"A drip\"}", 200)
          .get("version").asLong();
      JsonNode afterLife = Json.parse(get(cloud, owner, "/jobs/" + job + "?minVersion=" + reopened).body());
      assertThat(afterLife.get("status").asText()).isEqualTo("in-progress");
      assertThat(afterLife.get("scheduledFor").asText()).isEqualTo("2026-12-20");
      assertThat(afterLife.get("version").asLong()).isEqualTo(reopened);

      String issuedOnly = newQuoteId();
      command(cloud, owner, "POST", "/quotes", draftBody(cloud, owner, issuedOnly), 201);
      command(cloud, owner, "POST", "/quotes/" + issuedOnly + "/issue", "{}", 200);
      assertThat(convert(cloud, owner, issuedOnly, 409).get("code").asText()).isEqualTo("quote.not-accepted");
    }
  }

  @Test
  void the_sweep_completes_a_conversion_cut_short_between_the_jobs_append_and_the_quotes() throws Exception {
    MovableClock clock = new MovableClock(Instant.now());
    try (LocalCloud cloud = LocalCloud.start(TEMPLATE, LocalCloud.Options.in(Files.createTempDirectory("jobmate-e2e"))
        .withClock(clock)); DynamoDbClient dynamoDb = Clients.dynamoDb()) {
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String quote = acceptedQuote(cloud, owner);
      TenantId acme = TenantId.of("t-acme");
      JobId job = JobIds.fromQuote(QuoteId.of(quote));
      // the process's first steps, then the crash: the intent and the job's stream, no QuoteConvertedToJob
      Instant before = Instant.now().minus(Duration.ofMinutes(2));
      new DynamoDbPendingConversions(dynamoDb, cloud.tableName("PendingConversionsTable"))
          .record(new Pending(acme, QuoteId.of(quote), job, before));
      AcceptedQuote accepted = new AcceptedQuote(QuoteId.of(quote), QuoteNumber.of(1), 1, CustomerId.of(CUSTOMER), null,
          "Bathroom refit, 9 Hill Street", null, List.of(new QuoteLine(new LineId(java.util.UUID.randomUUID()), "Tiling",
              Quantity.of("3"), Money.ofPence(12_000), VatCode.STANDARD, null, false, false)),
          new QuoteTotals(Money.ofPence(36_000), Money.ZERO, Money.ofPence(36_000), List.of(), Money.ofPence(7_200),
              Money.ofPence(43_200), Money.ZERO));
      DynamoDbEventStore store = new DynamoDbEventStore(dynamoDb, cloud.tableName("EventsTable"));
      new JobService(new CommandService(store), new CustomerStandings(store))
          .handle(acme, new OpenJobFromQuote(job, accepted, before), new CommandContext("crashed-conversion", "hash",
              new Actor(UserId.of(sub(cloud, "olivia@acme.example")), List.of(Role.OWNER)), null, null, before,
              OptionalLong.empty()));
      String events = cloud.tableName("EventsTable");
      assertThat(lastCommit(dynamoDb, events, "t-acme#quote#" + quote).get("events").s()).contains("QuoteAccepted");

      clock.moveTo(clock.instant().plus(Duration.ofMinutes(6)));

      Map<String, AttributeValue> converted = Poll.value("the sweep marked the quote converted", PATIENCE,
          () -> lastCommit(dynamoDb, events, "t-acme#quote#" + quote),
          commit -> commit.get("events").s().contains("QuoteConvertedToJob"));
      assertThat(converted.get("actor").s()).contains("system:quote-conversion");
      assertThat(converted.get("events").s()).contains(job.toString());
      Poll.until("no conversion left in flight", PATIENCE,
          () -> dynamoDb.scan(r -> r.tableName(cloud.tableName("PendingConversionsTable"))).items().isEmpty());
      JsonNode again = convert(cloud, owner, quote, 200);
      assertThat(again.get("streamId").asText()).isEqualTo(job.toString());
    }
  }

  private static Map<String, AttributeValue> lastCommit(DynamoDbClient dynamoDb, String table, String stream) {
    return dynamoDb.query(r -> r.tableName(table).consistentRead(true).keyConditionExpression("#stream = :stream")
        .expressionAttributeNames(Map.of("#stream", "stream"))
        .expressionAttributeValues(Map.of(":stream", AttributeValue.fromS(stream)))).items().getLast();
  }
}

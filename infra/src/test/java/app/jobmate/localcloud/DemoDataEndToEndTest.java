package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The demo data of {@code ./jobmate start}: entered once through the real API, visible to each demo
 * user as their role allows, and entered again after a crash without writing anything twice.
 */
class DemoDataEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void the_demo_businesses_work_is_entered_once_through_the_api_and_a_second_run_writes_nothing() throws Exception {
    Path data = Files.createTempDirectory("jobmate-demo");
    try (LocalCloud cloud = LocalCloud.start(QuotesEndToEndTest.TEMPLATE, LocalCloud.Options.in(data))) {
      int commands = DemoData.seedOnce(cloud, data, Clock.systemUTC());
      assertThat(commands).isGreaterThan(30);
      cloud.awaitDrained(PATIENCE);

      String owner = Http.signIn(cloud, "olivia@acme.example");
      List<JsonNode> quotes = items(cloud, owner, "/quotes");
      assertThat(quotes).extracting(q -> q.get("state").asText()).containsExactlyInAnyOrder(
          "draft", "draft", "issued", "viewed", "accepted", "accepted", "declined", "withdrawn");
      assertThat(quotes).extracting(q -> q.path("displayNumber").asText(null)).filteredOn(n -> n != null)
          .containsExactlyInAnyOrder("Q-00001", "Q-00002", "Q-00003", "Q-00004", "Q-00005", "Q-00006");
      JsonNode boiler = Json.parse(QuotesEndToEndTest.get(cloud, owner, "/quotes/" + DemoData.id("quote boiler")).body());
      assertThat(boiler.get("state").asText()).isEqualTo("accepted");
      assertThat(boiler.get("lines")).hasSize(5);

      List<JsonNode> jobs = items(cloud, owner, "/jobs");
      assertThat(jobs).extracting(j -> j.get("title").asText()).containsExactlyInAnyOrder("Combi boiler replacement",
          "Annual gas safety checks, 12 flats");
      String boilerJob = jobs.stream().filter(j -> j.get("status").asText().equals("scheduled")).findFirst().orElseThrow()
          .get("jobId").asText();
      JsonNode boilerJobPage = Json.parse(QuotesEndToEndTest.get(cloud, owner, "/jobs/" + boilerJob).body());
      assertThat(boilerJobPage.get("tasks")).extracting(t -> t.get("title").asText()).containsExactlyInAnyOrder(
          "Fit new boiler and magnetic filter for Mrs Patel", "Powerflush the system for Mrs Patel");
      assertThat(boilerJobPage.get("notes")).hasSize(1);

      String sam = Http.signIn(cloud, "sam@acme.example");
      List<JsonNode> samsTasks = items(cloud, sam, "/tasks/mine");
      assertThat(samsTasks).extracting(t -> t.get("title").asText()).containsExactlyInAnyOrder(
          "Service boiler at 14 Elm Road", "Collect boiler and filter from the merchant",
          "Fit new boiler and magnetic filter for Mrs Patel", "Chase the gas safety certificates for Greenfield Lettings");
      JsonNode report = Json.parse(QuotesEndToEndTest.get(cloud, owner, "/reports/open-tasks-by-assignee").body());
      assertThat(report.at("/total/overdue").asInt()).as("the certificates are two days late").isEqualTo(1);
      assertThat(report.at("/total/inProgress").asInt()).isEqualTo(1);

      assertThat(items(cloud, owner, "/customers")).extracting(c -> c.get("name").asText()).containsExactlyInAnyOrder(
          "Priya Patel", "Gareth Hughes", "Old Bakery Café Ltd", "Siobhán O'Connor", "Greenfield Lettings Ltd", "Tom Lewis");
      assertThat(items(cloud, owner, "/customers?name=siobhan")).extracting(c -> c.get("customerId").asText())
          .containsExactly(DemoData.id("customer oconnor"));
      assertThat(items(cloud, owner, "/customers?postcode=ls11")).singleElement()
          .satisfies(c -> assertThat(c.get("sites")).hasSize(2));
      String otherBusiness = Http.signIn(cloud, "ben@brightside.example");
      // a month of expenses, each step of the life; staff see only their own
      assertThat(items(cloud, owner, "/expenses")).extracting(x -> x.get("status").asText()).containsExactlyInAnyOrder(
          "draft", "submitted", "submitted", "approved", "refused", "reimbursed",
          // mileage: Sam's paid back, Adam's submitted, Sophie's a draft
          "reimbursed", "submitted", "draft");
      assertThat(items(cloud, sam, "/expenses")).extracting(x -> x.get("supplier").asText())
          .containsExactlyInAnyOrder("City Plumbing Supplies", "Leeds City Council car park", "Mileage allowance");
      String vanTripsYear = app.jobmate.events.values.TaxYear.of(
          java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(20)).toString();
      JsonNode samsMileage = Json.parse(QuotesEndToEndTest.get(cloud, sam, "/mileage?taxYear=" + vanTripsYear).body());
      // a week of the diary: Sam's visits and the team meeting, Sophie's dentist in her own diary only
      java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
      JsonNode samsWeek = Json.parse(QuotesEndToEndTest.get(cloud, sam, "/diary?from=" + today + "&to="
          + today.plusDays(6)).body());
      assertThat(samsWeek.get("appointments")).extracting(a -> a.get("title").asText()).containsExactly(
          "Survey for the new boiler, Mrs Patel", "Fit the new boiler and magnetic filter", "Team meeting: the week ahead",
          "Powerflush the system for Mrs Patel");
      assertThat(samsWeek.toString()).doesNotContain("Dentist");
      // the van on two of Sam's visits: its own week (owners), and "with the van" in Sam's
      JsonNode vansWeek = Json.parse(QuotesEndToEndTest.get(cloud, owner, "/diary?resource=" + DemoData.id("resource van")
          + "&from=" + today + "&to=" + today.plusDays(6)).body());
      assertThat(vansWeek.get("appointments")).extracting(a -> a.get("title").asText()).containsExactly(
          "Fit the new boiler and magnetic filter", "Powerflush the system for Mrs Patel");
      assertThat(samsWeek.get("appointments").get(1).at("/resources/0/name").asText()).isEqualTo("Transit van");
      // job costing: the boiler job's copper (net, Acme being VAT registered) against its agreed value, at a profit
      JsonNode boilerCosting = Json.parse(QuotesEndToEndTest.get(cloud, owner, "/jobs/" + boilerJob + "/costing").body());
      assertThat(boilerCosting.get("expenses").findValuesAsText("supplier")).contains("City Plumbing Supplies");
      assertThat(boilerCosting.get("expensesCost").asLong()).isGreaterThanOrEqualTo(7_200);
      assertThat(boilerCosting.get("profit").asLong()).isPositive();
      assertThat(samsMileage.get("cheapMiles").asInt()).isEqualTo(48);
      assertThat(samsMileage.get("cheapMilesLeft").asInt()).isEqualTo(10_000 - 48);
      assertThat(items(cloud, otherBusiness, "/expenses")).extracting(x -> x.get("supplier").asText())
          .containsExactly("CEF Otley");
      assertThat(items(cloud, otherBusiness, "/quotes")).extracting(q -> q.get("title").asText())
          .containsExactlyInAnyOrder("Consumer unit upgrade", "Home EV charger");
      assertThat(items(cloud, otherBusiness, "/tasks")).hasSize(1);
      assertThat(items(cloud, otherBusiness, "/customers")).hasSize(2);
      // the businesses' settings: Brightside is not VAT registered, so its issued quote carries no VAT
      JsonNode consumerUnit = Json.parse(QuotesEndToEndTest.get(cloud, otherBusiness, "/quotes/"
          + DemoData.id("quote consumer unit")).body());
      assertThat(consumerUnit.at("/totals/vatTotal").asLong(-1)).isZero();
      assertThat(boiler.at("/totals/vatTotal").asLong()).isPositive();

      // availability: Sophie's week of holiday in a fortnight is on her profile
      String sophieId = cloud.identity().users().users().stream()
          .filter(u -> u.username().equals("sophie@acme.example")).findFirst().orElseThrow().sub();
      JsonNode sophie = Json.parse(QuotesEndToEndTest.get(cloud, owner, "/resources/staff/" + sophieId).body());
      assertThat(sophie.at("/absences/0/kind").asText()).isEqualTo("holiday");

      // a start that crashed before writing its marker enters everything again: the same ids and
      // Idempotency-Keys answer the first results and append nothing
      Map<String, Long> versions = versions(quotes);
      Files.delete(data.resolve("demo/seeded"));
      assertThat(DemoData.seedOnce(cloud, data, Clock.systemUTC())).isEqualTo(commands);
      cloud.awaitDrained(PATIENCE);
      assertThat(versions(items(cloud, owner, "/quotes"))).isEqualTo(versions);
      assertThat(items(cloud, sam, "/tasks/mine")).hasSize(4);
      assertThat(items(cloud, owner, "/jobs")).hasSize(2);

      assertThat(DemoData.seedOnce(cloud, data, Clock.systemUTC())).as("the marker says it is done").isZero();
    }
  }

  private static List<JsonNode> items(LocalCloud cloud, String token, String path) {
    HttpResponse<String> response = QuotesEndToEndTest.get(cloud, token, path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    Json.parse(response.body()).get("items").forEach(items::add);
    return items;
  }

  private static Map<String, Long> versions(List<JsonNode> quotes) {
    Map<String, Long> versions = new TreeMap<>();
    quotes.forEach(q -> versions.put(q.get("quoteId").asText(), q.get("version").asLong()));
    return versions;
  }
}

package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Job costing end to end on Jobmate's template, on the real clock: a job agreed at £2,500 + £500 VAT;
 * Sam at £18.50 and Sophie at £20.00 an hour from today; a visit by both and one by Sam earlier today
 * (completed), one by Sophie cancelled, one by Sam tomorrow (to come); £120 + £24 VAT of materials
 * approved and £60 refused (both paid by Sam); then Sam's rate raised from tomorrow, which re-prices nothing. The owner
 * reads it to the penny, net of VAT while the business is VAT registered and gross once it is not; staff
 * are refused; another business finds no such job. The scripted job with a rate change between two
 * completed visits and a clock-change day is costed to the penny in the projections' tests, where the
 * clock can be set (rates are only ever set from today on).
 */
class CostingEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static String newId() {
    return UuidV7.at(Instant.now()).toString();
  }

  private static String visit(String id, String jobId, LocalDateTime start, LocalDateTime end, String... members) {
    return """
        {"appointmentId": "%s", "kind": "job-visit", "start": "%s", "end": "%s", "members": ["%s"],
         "title": "Rewire the kitchen", "jobId": "%s"}""".formatted(id, start, end, String.join("\", \"", members),
        jobId);
  }

  private static long minutes(LocalDateTime start, LocalDateTime end) {
    return Duration.between(start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant()).toMinutes();
  }

  private static long cost(long minutes, long pencePerHour) {
    return (minutes * pencePerHour + 30) / 60;
  }

  @Test
  void the_owner_reads_a_jobs_costing_to_the_penny_and_staff_never_see_it() throws Exception {
    // the completed visits are earlier today (rates are set from today on): in the first minutes of a London day,
    // wait until there is room for them
    LocalDateTime now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.MINUTES);
    if (now.toLocalTime().toSecondOfDay() < 7 * 60) {
      Thread.sleep(Duration.between(LocalDateTime.now(LONDON), now.toLocalDate().atTime(0, 7)).toMillis() + 1_000);
      now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.MINUTES);
    }
    long unit = Math.min(16, (now.toLocalTime().toSecondOfDay() / 60 - 1) / 3);
    LocalDate today = now.toLocalDate();
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String samToken = Http.signIn(cloud, "sam@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String sam = sub(cloud, "sam@acme.example");
      String sophie = sub(cloud, "sophie@acme.example");
      command(cloud, owner, "PUT", "/settings", """
          {"vatRegistered": true, "vatNumber": "GB284193756", "vatRegisteredFrom": "2019-04-01"}""", 200);
      String customer = newId();
      command(cloud, owner, "POST", "/customers", """
          {"customerId": "%s", "kind": "person", "name": "Kitchen Customer"}""".formatted(customer), 201);
      String job = newId();
      command(cloud, owner, "POST", "/jobs", """
          {"jobId": "%s", "customerId": "%s", "title": "Rewire the kitchen", "agreedValue": {"net": 250000, "vat": 50000}}
          """.formatted(job, customer), 201);
      command(cloud, owner, "POST", "/resources/staff/" + sam + "/hourly-cost",
          "{\"hourlyCost\": 1850, \"effectiveFrom\": \"" + today + "\"}", 200);
      command(cloud, owner, "POST", "/resources/staff/" + sophie + "/hourly-cost",
          "{\"hourlyCost\": 2000, \"effectiveFrom\": \"" + today + "\"}", 200);

      LocalDateTime start1 = now.minusMinutes(3 * unit);
      LocalDateTime end1 = now.minusMinutes(2 * unit);
      LocalDateTime start2 = end1;
      LocalDateTime end2 = now.minusMinutes(unit);
      command(cloud, owner, "POST", "/appointments", visit(newId(), job, start1, end1, sam, sophie), 201);
      command(cloud, owner, "POST", "/appointments", visit(newId(), job, start2, end2, sam), 201);
      String cancelled = newId();
      command(cloud, owner, "POST", "/appointments", visit(cancelled, job, start2, end2, sophie), 201);
      command(cloud, owner, "POST", "/appointments/" + cancelled + "/cancel", "{\"reason\": \"Customer away\"}", 200);
      command(cloud, owner, "POST", "/appointments", visit(newId(), job, today.plusDays(1).atTime(9, 0),
          today.plusDays(1).atTime(10, 0), sam), 201);

      String bought = newId();
      command(cloud, samToken, "POST", "/expenses", """
          {"expenseId": "%s", "date": "%s", "supplier": "City Plumbing Supplies", "category": "materials",
           "net": 12000, "vatCode": "standard", "paidBy": "member", "member": "%s", "jobId": "%s"}"""
          .formatted(bought, today, sam, job), 201);
      command(cloud, samToken, "POST", "/expenses/" + bought + "/submit", "{}", 200);
      command(cloud, owner, "POST", "/expenses/" + bought + "/approve", "{}", 200);
      String refused = newId();
      command(cloud, samToken, "POST", "/expenses", """
          {"expenseId": "%s", "date": "%s", "supplier": "Screwfix", "category": "tools",
           "gross": 6000, "vatCode": "standard", "paidBy": "member", "member": "%s", "jobId": "%s"}"""
          .formatted(refused, today, sam, job), 201);
      command(cloud, samToken, "POST", "/expenses/" + refused + "/submit", "{}", 200);
      command(cloud, owner, "POST", "/expenses/" + refused + "/refuse", "{\"reason\": \"Not for this job\"}", 200);
      // a later rate never re-prices a visit already made
      command(cloud, owner, "POST", "/resources/staff/" + sam + "/hourly-cost",
          "{\"hourlyCost\": 2400, \"effectiveFrom\": \"" + today.plusDays(1) + "\"}", 200);
      cloud.awaitDrained(PATIENCE);

      long m1 = minutes(start1, end1);
      long m2 = minutes(start2, end2);
      long staff = cost(m1, 1850) + cost(m1, 2000) + cost(m2, 1850);
      HttpResponse<String> answer = get(cloud, owner, "/jobs/" + job + "/costing");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode costing = Json.parse(answer.body());
      assertThat(costing.get("vatRegistered").asBoolean()).isTrue();
      assertThat(costing.get("visits").size()).as("the cancelled visit and tomorrow's are not counted").isEqualTo(2);
      JsonNode firstVisit = costing.at("/visits/0/members");
      for (JsonNode member : firstVisit) {
        boolean isSam = member.get("member").asText().equals(sam);
        assertThat(member.get("hourlyCost").asLong()).isEqualTo(isSam ? 1850 : 2000);
        assertThat(member.get("cost").asLong()).isEqualTo(cost(m1, isSam ? 1850 : 2000));
      }
      assertThat(firstVisit.findValuesAsText("member")).containsExactlyInAnyOrder(sam, sophie);
      assertThat(costing.get("visitsToCome").asInt()).isEqualTo(1);
      assertThat(costing.get("staffMinutes").asLong()).isEqualTo(2 * m1 + m2);
      assertThat(costing.get("staffCost").asLong()).isEqualTo(staff);
      assertThat(costing.get("expensesCost").asLong()).as("the approved net; the refused one not").isEqualTo(12_000);
      assertThat(costing.get("value").asLong()).isEqualTo(250_000);
      assertThat(costing.get("profit").asLong()).isEqualTo(250_000 - staff - 12_000);
      assertThat(costing.get("margin").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(250_000 - staff - 12_000)
          .divide(BigDecimal.valueOf(250_000), 4, RoundingMode.HALF_UP));

      JsonNode report = Json.parse(get(cloud, owner, "/reports/job-costing?from=" + today + "&to=" + today).body());
      assertThat(report.get("jobs").findValuesAsText("jobId")).containsExactly(job);
      assertThat(report.at("/totals/profit").asLong()).isEqualTo(250_000 - staff - 12_000);

      command(cloud, owner, "PUT", "/settings", "{\"vatRegistered\": false}", 200);
      cloud.awaitDrained(PATIENCE);
      JsonNode gross = Json.parse(get(cloud, owner, "/jobs/" + job + "/costing").body());
      assertThat(gross.get("vatRegistered").asBoolean()).isFalse();
      assertThat(gross.get("value").asLong()).isEqualTo(300_000);
      assertThat(gross.get("expensesCost").asLong()).isEqualTo(14_400);
      assertThat(gross.get("profit").asLong()).isEqualTo(300_000 - staff - 14_400);

      HttpResponse<String> staffRead = get(cloud, samToken, "/jobs/" + job + "/costing");
      assertThat(staffRead.statusCode()).isEqualTo(403);
      assertThat(staffRead.body()).doesNotContain("1850").doesNotContain("250000");
      assertThat(get(cloud, samToken, "/reports/job-costing").statusCode()).isEqualTo(403);
      assertThat(get(cloud, ben, "/jobs/" + job + "/costing").statusCode()).isEqualTo(404);
    }
  }
}

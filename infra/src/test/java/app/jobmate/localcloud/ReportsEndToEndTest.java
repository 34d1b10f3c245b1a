package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import app.jobmate.projections.reports.exports.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The money reports end to end on Jobmate's template: a member of staff logs and submits what they
 * paid, the owner approves it (it is now owed to them and counted in the month's expenses and the VAT
 * quarter) and pays it back (paid this month, owed no more), and it is a row of the accountant's
 * QuickBooks export; staff are refused the reports and the export, and another
 * business sees none of it. Figures are compared before and after, so other expenses of the demo do
 * not matter.
 */
class ReportsEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static JsonNode report(LocalCloud cloud, String token, String path) {
    HttpResponse<String> answer = get(cloud, token, path);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    JsonNode json = Json.parse(answer.body());
    assertThat(json.get("behind").asBoolean()).as(path + " caught up").isFalse();
    return json;
  }

  private static long owedTo(JsonNode reimbursements, String member, String field) {
    for (JsonNode person : reimbursements.get("people")) {
      if (person.get("member").asText().equals(member)) {
        return person.get(field).asLong();
      }
    }
    return 0;
  }

  private static JsonNode thisMonth(JsonNode expenses) {
    JsonNode months = expenses.get("months");
    JsonNode last = months.get(months.size() - 1);
    assertThat(last.get("month").asText()).isEqualTo(YearMonth.now(LONDON).toString());
    return last;
  }

  @Test
  void an_expense_logged_approved_and_paid_back_moves_through_the_reports_of_its_business_only() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String samId = sub(cloud, "sam@acme.example");
      String expense = UuidV7.at(Instant.now()).toString();
      LocalDate today = LocalDate.now(LONDON);
      String vatPath = "/reports/vat?year=" + today.getYear();

      JsonNode owedBefore = report(cloud, owner, "/reports/reimbursements");
      JsonNode expensesBefore = report(cloud, owner, "/reports/expenses");
      JsonNode benBefore = report(cloud, ben, "/reports/expenses");

      command(cloud, sam, "POST", "/expenses", """
          {"expenseId": "%s", "date": "%s", "supplier": "City Plumbing Supplies", "category": "materials",
           "gross": 5400, "vatCode": "standard", "paidBy": "member", "member": "%s"}"""
          .formatted(expense, today, samId), 201);
      command(cloud, sam, "POST", "/expenses/" + expense + "/submit", "{}", 200);
      long approved = command(cloud, owner, "POST", "/expenses/" + expense + "/approve", "{}", 200)
          .get("version").asLong();

      String wait = "minVersion=" + expense + ":" + approved;
      JsonNode owed = report(cloud, owner, "/reports/reimbursements?" + wait);
      JsonNode expenses = report(cloud, owner, "/reports/expenses?" + wait);
      assertThat(owedTo(owed, samId, "owed") - owedTo(owedBefore, samId, "owed")).isEqualTo(5_400);
      assertThat(thisMonth(expenses).at("/total/net").asLong() - thisMonth(expensesBefore).at("/total/net").asLong())
          .isEqualTo(4_500);
      assertThat(thisMonth(expenses).at("/total/vat").asLong() - thisMonth(expensesBefore).at("/total/vat").asLong())
          .isEqualTo(900);
      JsonNode vat = report(cloud, owner, vatPath + "&" + wait);
      assertThat(vat.get("quarters").size()).isEqualTo(4);

      long reimbursed = command(cloud, owner, "POST", "/expenses/" + expense + "/reimburse", "{}", 200)
          .get("version").asLong();
      JsonNode paid = report(cloud, owner, "/reports/reimbursements?minVersion=" + expense + ":" + reimbursed);
      assertThat(owedTo(paid, samId, "owed")).isEqualTo(owedTo(owedBefore, samId, "owed"));
      assertThat(owedTo(paid, samId, "paidThisMonth") - owedTo(owedBefore, samId, "paidThisMonth")).isEqualTo(5_400);
      cloud.awaitDrained(PATIENCE);

      String csvPath = "/exports/expenses.csv?format=quickbooks&from=" + today + "&to=" + today;
      HttpResponse<String> csv = get(cloud, owner, csvPath);
      assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
      assertThat(csv.headers().firstValue("content-type")).hasValue("text/csv; charset=utf-8");
      assertThat(csv.body()).startsWith("Bill No.,Supplier,Bill Date,Due Date,")
          .contains(expense + ",City Plumbing Supplies," + Csv.ukDate(today) + "," + Csv.ukDate(today) + ",,,"
              + "Paid by a member of staff,Cost of sales,City Plumbing Supplies,45.00,20.0% S,9.00,GBP\r\n");
      assertThat(get(cloud, ben, csvPath).body()).doesNotContain(expense);

      for (String path : new String[] {"/reports/expenses", vatPath, "/reports/reimbursements", csvPath}) {
        assertThat(get(cloud, sam, path).statusCode()).as("staff: " + path).isEqualTo(403);
      }
      JsonNode benAfter = report(cloud, ben, "/reports/expenses");
      assertThat(benAfter.get("total")).as("another business's figures do not move").isEqualTo(benBefore.get("total"));
      assertThat(report(cloud, ben, "/reports/reimbursements").toString()).doesNotContain(samId);
    }
  }
}

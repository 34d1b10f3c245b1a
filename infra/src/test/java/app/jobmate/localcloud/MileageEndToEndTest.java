package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Mileage end to end on Jobmate's template: staff claim their journeys and the claims are priced from
 * their count of miles; the owner claims for a member; the expense shows its journeys and parts;
 * {@code GET /mileage} answers each person's count (staff only their own, another business nothing);
 * a refused claim's miles are released.
 */
class MileageEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static String claim(String id, String memberField, int passengers, int miles) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    return """
        {"expenseId": "%s", %s"vehicle": "car-or-van", "passengers": %d, "description": "Site visits",
         "journeys": [
           {"date": "%s", "from": "Depot, Leeds", "to": "4 Elm Road, Harrogate", "purpose": "Boiler service", "miles": %d},
           {"date": "%s", "from": "4 Elm Road, Harrogate", "to": "Depot, Leeds", "purpose": "Back to the depot", "miles": %d}]}"""
        .formatted(id, memberField, passengers, today.minusDays(1), miles, today, miles);
  }

  @Test
  void claims_are_priced_from_each_person_s_count_shown_with_their_journeys_and_a_refused_claim_releases_its_miles()
      throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String sophie = Http.signIn(cloud, "sophie@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String samId = sub(cloud, "sam@acme.example");
      String sophieId = sub(cloud, "sophie@acme.example");
      String first = UuidV7.at(Instant.now()).toString();
      String second = UuidV7.at(Instant.now()).toString();
      String sophies = UuidV7.at(Instant.now()).toString();

      command(cloud, sam, "POST", "/expenses/mileage", claim(first, "", 1, 20), 201);
      command(cloud, sam, "POST", "/expenses/mileage", claim(second, "", 0, 15), 201);
      assertThat(command(cloud, sam, "POST", "/expenses/mileage",
          claim(UuidV7.at(Instant.now()).toString(), "\"member\": \"" + sophieId + "\", ", 0, 5), 403)
          .get("code").asText()).isEqualTo("expense.forbidden");
      command(cloud, owner, "POST", "/expenses/mileage", claim(sophies, "\"member\": \"" + sophieId + "\", ", 0, 5),
          201);
      command(cloud, sam, "POST", "/expenses/" + first + "/submit", "{}", 200);
      long refused = command(cloud, owner, "POST", "/expenses/" + first + "/refuse",
          "{\"reason\": \"Claimed on the job sheet already\"}", 200).get("version").asLong();
      cloud.awaitDrained(PATIENCE);

      HttpResponse<String> page = get(cloud, sam, "/expenses/" + second);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode expense = Json.parse(page.body());
      assertThat(expense.get("category").asText()).isEqualTo("mileage");
      assertThat(expense.get("supplier").asText()).isEqualTo("Mileage allowance");
      assertThat(expense.at("/amounts/vatCode").asText()).isEqualTo("outside-scope");
      assertThat(expense.at("/amounts/gross").asLong()).isEqualTo(30 * 45);
      assertThat(expense.get("member").asText()).isEqualTo(samId);
      assertThat(expense.at("/mileage/vehicle").asText()).isEqualTo("car-or-van");
      assertThat(expense.at("/mileage/journeys/0/to").asText()).isEqualTo("4 Elm Road, Harrogate");
      assertThat(expense.at("/mileage/journeys/1/miles").asInt()).isEqualTo(15);
      assertThat(expense.at("/mileage/parts/0/cheapMiles").asInt()).isEqualTo(30);
      assertThat(expense.at("/mileage/parts/0/dearMiles").asInt()).isZero();
      JsonNode rows = Json.parse(get(cloud, sam, "/expenses?category=mileage").body()).get("items");
      assertThat(rows).hasSize(2);
      for (JsonNode row : rows) {
        assertThat(row.at("/mileage/parts/0/pence").asLong())
            .isEqualTo(row.get("expenseId").asText().equals(second) ? 30 * 45 : 40 * 45 + 40 * 5);
      }
      assertThat(get(cloud, owner, "/expenses/" + first + "?minVersion=" + refused).body()).contains("refused");

      JsonNode samsMiles = Json.parse(get(cloud, sam, "/mileage").body());
      assertThat(samsMiles.get("member").asText()).isEqualTo(samId);
      assertThat(samsMiles.get("miles").asInt()).as("the refused claim's 40 miles released").isEqualTo(30);
      assertThat(samsMiles.get("cheapMiles").asInt()).isEqualTo(30);
      assertThat(samsMiles.get("cheapMilesLeft").asInt()).isEqualTo(10_000 - 30);
      assertThat(samsMiles.get("claims").findValuesAsText("expenseId")).containsExactly(second);
      JsonNode sophiesMiles = Json.parse(get(cloud, owner, "/mileage?member=" + sophieId).body());
      assertThat(sophiesMiles.get("miles").asInt()).isEqualTo(10);
      assertThat(get(cloud, sophie, "/mileage?member=" + samId).statusCode()).isEqualTo(403);
      assertThat(Json.parse(get(cloud, ben, "/mileage?member=" + samId).body()).get("miles").asInt()).isZero();

      // the draft's journeys changed: priced again from Sam's count, the count read side following
      String longer = claim("x", "", 1, 100).replace("{\"expenseId\": \"x\", ", "{");
      assertThat(command(cloud, ben, "PUT", "/expenses/" + second + "/mileage", longer, 404).get("code").asText())
          .isEqualTo("expense.not-found");
      long changed = command(cloud, sam, "PUT", "/expenses/" + second + "/mileage", longer, 200).get("version").asLong();
      JsonNode after = Json.parse(get(cloud, sam, "/expenses/" + second + "?minVersion=" + changed).body());
      assertThat(after.at("/amounts/gross").asLong()).isEqualTo(200 * 45 + 200 * 5);
      assertThat(after.at("/mileage/passengers").asInt()).isEqualTo(1);
      assertThat(after.at("/mileage/journeys/0/miles").asInt()).isEqualTo(100);
      cloud.awaitDrained(PATIENCE);
      assertThat(Json.parse(get(cloud, sam, "/mileage").body()).get("miles").asInt()).isEqualTo(200);
      assertThat(command(cloud, sam, "PUT", "/expenses/" + first + "/mileage", longer, 409).get("code").asText())
          .as("a refused claim is not changed").isEqualTo("expense.not-draft");
    }
  }
}

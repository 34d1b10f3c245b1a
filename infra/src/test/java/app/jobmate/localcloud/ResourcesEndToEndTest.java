package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Equipment and vehicles end to end on Jobmate's template: an owner adds a van and a ladder tower, an
 * admin changes the van, the ladder tower is retired and restored; the list and pages answer owners
 * whole and staff with names and kinds only; another business finds none of them.
 */
class ResourcesEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void owners_keep_the_van_and_the_ladder_tower_and_staff_read_only_their_names_and_kinds() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String van = UuidV7.at(Instant.now()).toString();
      String tower = UuidV7.at(Instant.now()).toString();

      command(cloud, owner, "POST", "/resources", """
          {"resourceId": "%s", "kind": "vehicle", "name": "Transit van", "registration": "ab12 cde",
           "motDue": "2027-03-14", "busy": true}""".formatted(van), 201);
      command(cloud, owner, "POST", "/resources", """
          {"resourceId": "%s", "kind": "equipment", "name": "Ladder tower", "busy": true}""".formatted(tower), 201);
      assertThat(command(cloud, owner, "POST", "/resources", """
          {"resourceId": "%s", "kind": "equipment", "name": "Ladder", "registration": "AB12CDE", "busy": false}"""
          .formatted(UuidV7.at(Instant.now())), 422).get("code").asText()).isEqualTo("resource.vehicle-only");
      command(cloud, owner, "PUT", "/resources/" + van, """
          {"name": "Transit van", "registration": "AB12CDE", "motDue": "2027-03-14", "serviceDue": "2027-01-31",
           "notes": "Key in the office safe", "busy": true}""", 200);
      command(cloud, owner, "POST", "/resources/" + tower + "/retire", "{}", 200);
      command(cloud, sam, "POST", "/resources/" + tower + "/restore", "{}", 403);
      cloud.awaitDrained(PATIENCE);

      JsonNode owners = Json.parse(get(cloud, owner, "/resources").body());
      assertThat(owners.get("items").findValuesAsText("name")).containsExactly("Transit van");
      assertThat(owners.at("/items/0/registration").asText()).isEqualTo("AB12CDE");
      JsonNode withRetired = Json.parse(get(cloud, owner, "/resources?includeRetired=true").body());
      assertThat(withRetired.get("items").findValuesAsText("name")).containsExactly("Ladder tower", "Transit van");

      long restored = command(cloud, owner, "POST", "/resources/" + tower + "/restore", "{}", 200).get("version")
          .asLong();
      HttpResponse<String> towerPage = get(cloud, sam, "/resources/" + tower + "?minVersion=" + restored);
      assertThat(towerPage.statusCode()).as(towerPage.body()).isEqualTo(200);
      assertThat(Json.parse(towerPage.body()).get("kind").asText()).isEqualTo("equipment");

      HttpResponse<String> vanPage = get(cloud, owner, "/resources/" + van);
      assertThat(Json.parse(vanPage.body()).get("notes").asText()).isEqualTo("Key in the office safe");
      assertThat(Json.parse(vanPage.body()).get("serviceDue").asText()).isEqualTo("2027-01-31");
      String staffList = get(cloud, sam, "/resources?kind=vehicle").body();
      assertThat(Json.parse(staffList).get("items").findValuesAsText("name")).containsExactly("Transit van");
      assertThat(staffList).doesNotContain("AB12CDE").doesNotContain("2027-03-14");
      assertThat(get(cloud, sam, "/resources/" + van).body()).doesNotContain("Key in the office safe");

      assertThat(get(cloud, ben, "/resources/" + van).statusCode()).isEqualTo(404);
      assertThat(Json.parse(get(cloud, ben, "/resources").body()).get("items")).isEmpty();
      assertThat(command(cloud, ben, "POST", "/resources/" + van + "/retire", "{}", 404).get("code").asText())
          .isEqualTo("resource.not-found");
    }
  }

  @Test
  void an_owner_sets_a_member_s_hours_and_cost_and_the_member_reads_their_hours_without_it() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String sophie = Http.signIn(cloud, "sophie@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String samId = cloud.identity().users().users().stream().filter(u -> u.username().equals("sam@acme.example"))
          .findFirst().orElseThrow().sub();
      String benId = cloud.identity().users().users().stream().filter(u -> u.username().equals("ben@brightside.example"))
          .findFirst().orElseThrow().sub();
      String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();

      command(cloud, owner, "PUT", "/resources/staff/" + samId, """
          {"skills": ["Gas Safe", "boilers"], "workingHours": {
            "monday": [{"start": "12:30", "end": "16:30"}, {"start": "08:00", "end": "12:00"}],
            "saturday": [{"start": "09:00", "end": "12:00"}]}}""", 200);
      command(cloud, owner, "POST", "/resources/staff/" + samId + "/hourly-cost",
          "{\"hourlyCost\": 1850, \"effectiveFrom\": \"" + today + "\"}", 200);
      long version = command(cloud, owner, "POST", "/resources/staff/" + samId + "/hourly-cost",
          "{\"hourlyCost\": 2000, \"effectiveFrom\": \"2099-04-06\"}", 200).get("version").asLong();
      assertThat(command(cloud, owner, "POST", "/resources/staff/" + samId + "/hourly-cost",
          "{\"hourlyCost\": 1500, \"effectiveFrom\": \"2001-01-01\"}", 422).get("code").asText())
          .isEqualTo("resource.cost-in-the-past");
      assertThat(command(cloud, owner, "PUT", "/resources/staff/" + benId, """
          {"skills": [], "workingHours": {}}""", 422).get("code").asText()).isEqualTo("resource.member-not-in-team");
      command(cloud, sam, "PUT", "/resources/staff/" + samId, "{\"skills\": [], \"workingHours\": {}}", 403);

      HttpResponse<String> owners = get(cloud, owner, "/resources/staff/" + samId + "?minVersion=" + version);
      assertThat(owners.statusCode()).as(owners.body()).isEqualTo(200);
      JsonNode profile = Json.parse(owners.body());
      assertThat(profile.get("skills").toString()).isEqualTo("[\"boilers\",\"gas safe\"]");
      assertThat(profile.at("/workingHours/monday/0/start").asText()).isEqualTo("08:00");
      assertThat(profile.at("/hourlyCosts/0/pence").asLong()).isEqualTo(1850);
      assertThat(profile.at("/hourlyCosts/1/effectiveFrom").asText()).isEqualTo("2099-04-06");

      String own = get(cloud, sam, "/resources/staff/" + samId).body();
      assertThat(Json.parse(own).at("/workingHours/saturday/0/end").asText()).isEqualTo("12:00");
      assertThat(own).doesNotContain("1850").doesNotContain("hourlyCosts");
      assertThat(get(cloud, sophie, "/resources/staff/" + samId).statusCode()).isEqualTo(404);
      assertThat(get(cloud, ben, "/resources/staff/" + samId).statusCode()).isEqualTo(404);
    }
  }
}

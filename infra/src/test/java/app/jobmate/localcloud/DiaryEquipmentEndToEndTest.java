package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Busy equipment in the diary end to end on Jobmate's template (docs/decisions/diary-equipment.md): an owner
 * adds a van and dust sheets, books the van with Sam; booking it with Sophie over it is 409 naming the van and
 * leaves Sophie free; the dust sheets go on both; the van's week shows its visit (staff 403), Sam's diary shows
 * the van with him, and a move takes the van to the new day.
 */
class DiaryEquipmentEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static String visit(String id, LocalDate day, String from, String to, String member, String resources) {
    return """
        {"appointmentId": "%s", "kind": "job-visit", "start": "%sT%s", "end": "%sT%s", "members": ["%s"],
         "title": "Fit the new boiler", "resources": %s}""".formatted(id, day, from, day, to, member, resources);
  }

  private static String newId() {
    return UuidV7.at(Instant.now()).toString();
  }

  @Test
  void a_busy_van_is_booked_once_at_a_time_shown_in_its_own_week_and_with_its_people_and_moved_with_its_visit()
      throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String samId = sub(cloud, "sam@acme.example");
      String sophieId = sub(cloud, "sophie@acme.example");
      String van = newId();
      String sheets = newId();
      command(cloud, owner, "POST", "/resources", """
          {"resourceId": "%s", "kind": "vehicle", "name": "Transit van", "registration": "YK19 ACM", "busy": true}"""
          .formatted(van), 201);
      command(cloud, owner, "POST", "/resources", """
          {"resourceId": "%s", "kind": "equipment", "name": "Dust sheets", "busy": false}""".formatted(sheets), 201);
      LocalDate monday = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(1);
      String withSam = newId();
      String both = "[\"" + van + "\", \"" + sheets + "\"]";

      command(cloud, owner, "POST", "/appointments", visit(withSam, monday, "09:00", "11:30", samId, both), 201);
      JsonNode clash = command(cloud, owner, "POST", "/appointments",
          visit(newId(), monday, "11:00", "12:00", sophieId, "[\"" + van + "\"]"), 409);
      assertThat(clash.get("code").asText()).isEqualTo("appointment.clash");
      assertThat(clash.get("detail").asText()).contains("Transit van").contains(withSam);
      String withSophie = newId();
      command(cloud, owner, "POST", "/appointments",
          visit(withSophie, monday, "10:00", "12:00", sophieId, "[\"" + sheets + "\"]"), 201);
      cloud.awaitDrained(PATIENCE);

      JsonNode vansWeek = Json.parse(get(cloud, owner, "/diary?resource=" + van + "&from=" + monday + "&to="
          + monday.plusDays(6)).body());
      assertThat(vansWeek.get("resource").asText()).isEqualTo(van);
      assertThat(vansWeek.get("appointments")).extracting(a -> a.get("appointmentId").asText()).containsExactly(withSam);
      assertThat(get(cloud, sam, "/diary?resource=" + van + "&from=" + monday).statusCode()).isEqualTo(403);
      JsonNode samsDay = Json.parse(get(cloud, sam, "/diary?from=" + monday).body()).get("appointments");
      assertThat(samsDay.get(0).at("/resources/0/name").asText()).isEqualTo("Transit van");
      assertThat(samsDay.get(0).at("/resources/0/registration").asText()).isEqualTo("YK19ACM");
      assertThat(samsDay.get(0).at("/resources/1/name").asText()).isEqualTo("Dust sheets");

      // moved to Tuesday, the van with it: Monday's van is free again
      LocalDate tuesday = monday.plusDays(1);
      command(cloud, owner, "POST", "/appointments/" + withSam + "/move", """
          {"start": "%sT09:00", "end": "%sT11:30", "members": ["%s"]}""".formatted(tuesday, tuesday, samId), 200);
      command(cloud, owner, "POST", "/appointments",
          visit(newId(), monday, "09:00", "10:00", sophieId, "[\"" + van + "\"]"), 201);
      cloud.awaitDrained(PATIENCE);
      JsonNode vansWeekAfter = Json.parse(get(cloud, owner, "/diary?resource=" + van + "&from=" + monday + "&to="
          + monday.plusDays(6)).body()).get("appointments");
      assertThat(vansWeekAfter).extracting(a -> a.get("start").asText())
          .containsExactly(monday + "T09:00", tuesday + "T09:00");
    }
  }
}

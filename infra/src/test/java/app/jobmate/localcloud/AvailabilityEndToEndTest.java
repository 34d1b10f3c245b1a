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
 * A member's absences end to end on Jobmate's template: an owner records a week's holiday and an afternoon's
 * training, an overlap is refused, one is cancelled; the profile shows those standing to the owner and the
 * member; staff record none, and another business's owner cannot name the member.
 */
class AvailabilityEndToEndTest {

  @Test
  void an_owner_records_and_cancels_a_member_s_absences_and_the_member_sees_those_standing() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String samId = cloud.identity().users().users().stream().filter(u -> u.username().equals("sam@acme.example"))
          .findFirst().orElseThrow().sub();
      String absences = "/resources/staff/" + samId + "/absences";
      String holiday = UuidV7.at(Instant.now()).toString();
      String training = UuidV7.at(Instant.now()).toString();

      command(cloud, owner, "POST", absences, """
          {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-08-09", "lastDay": "2027-08-13"}"""
          .formatted(holiday), 201);
      assertThat(command(cloud, owner, "POST", absences, """
          {"absenceId": "%s", "kind": "training", "start": "2027-08-13T13:00", "end": "2027-08-13T17:00"}"""
          .formatted(training), 409).get("code").asText()).isEqualTo("resource.absence-overlaps");
      command(cloud, owner, "POST", absences, """
          {"absenceId": "%s", "kind": "training", "start": "2027-09-01T13:00", "end": "2027-09-01T17:00"}"""
          .formatted(training), 201);
      assertThat(command(cloud, owner, "POST", absences, """
          {"absenceId": "%s", "kind": "sickness", "start": "2027-03-28T01:30", "end": "2027-03-28T09:00"}"""
          .formatted(UuidV7.at(Instant.now())), 422).get("code").asText()).isEqualTo("resource.time-does-not-exist");
      command(cloud, sam, "POST", absences, """
          {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-12-24", "lastDay": "2027-12-24"}"""
          .formatted(UuidV7.at(Instant.now())), 403);
      assertThat(command(cloud, ben, "POST", absences, """
          {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-12-24", "lastDay": "2027-12-24"}"""
          .formatted(UuidV7.at(Instant.now())), 422).get("code").asText()).isEqualTo("resource.member-not-in-team");
      long version = command(cloud, owner, "POST", absences + "/" + training + "/cancel", "{}", 200).get("version")
          .asLong();

      HttpResponse<String> owners = get(cloud, owner, "/resources/staff/" + samId + "?minVersion=" + version);
      assertThat(owners.statusCode()).as(owners.body()).isEqualTo(200);
      JsonNode away = Json.parse(owners.body()).get("absences");
      assertThat(away.findValuesAsText("absenceId")).containsExactly(holiday);
      assertThat(away.at("/0/start").asText()).isEqualTo("2027-08-09T00:00");
      assertThat(away.at("/0/endsAt").asText()).isEqualTo("2027-08-13T23:00:00Z");
      JsonNode own = Json.parse(get(cloud, sam, "/resources/staff/" + samId).body());
      assertThat(own.get("absences").findValuesAsText("kind")).containsExactly("holiday");
    }
  }

  @Test
  void a_member_s_availability_is_their_hours_less_their_absence_and_their_diary() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String sophie = Http.signIn(cloud, "sophie@acme.example");
      String samId = cloud.identity().users().users().stream().filter(u -> u.username().equals("sam@acme.example"))
          .findFirst().orElseThrow().sub();

      command(cloud, owner, "PUT", "/resources/staff/" + samId, """
          {"skills": ["boilers"], "workingHours": {"monday": [{"start": "08:00", "end": "16:30"}],
           "tuesday": [{"start": "08:00", "end": "16:30"}]}}""", 200);
      long version = command(cloud, owner, "POST", "/resources/staff/" + samId + "/absences", """
          {"absenceId": "%s", "kind": "holiday", "firstDay": "2027-09-07", "lastDay": "2027-09-07"}"""
          .formatted(UuidV7.at(Instant.now())), 201).get("version").asLong();
      command(cloud, owner, "POST", "/appointments", """
          {"appointmentId": "%s", "kind": "meeting", "start": "2027-09-06T10:00", "end": "2027-09-06T11:30",
           "members": ["%s"], "title": "Toolbox talk"}""".formatted(UuidV7.at(Instant.now()), samId), 201);
      cloud.awaitDrained(Duration.ofSeconds(60));

      HttpResponse<String> answer = get(cloud, owner, "/resources/staff/" + samId
          + "/availability?from=2027-09-06&to=2027-09-07&minVersion=" + version);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode days = Json.parse(answer.body()).get("days");
      assertThat(days.at("/0/bookedMinutes").asLong()).isEqualTo(90);
      assertThat(days.at("/0/freeMinutes").asLong()).isEqualTo(510 - 90);
      assertThat(days.at("/0/free/1/start").asText()).isEqualTo("2027-09-06T11:30");
      assertThat(days.at("/0/free/1/startsAt").asText()).isEqualTo("2027-09-06T10:30:00Z");
      assertThat(days.at("/1/absentMinutes").asLong()).isEqualTo(510);
      assertThat(get(cloud, sam, "/resources/staff/" + samId + "/availability?from=2027-09-06").statusCode())
          .isEqualTo(200);
      assertThat(get(cloud, sophie, "/resources/staff/" + samId + "/availability").statusCode()).isEqualTo(404);
    }
  }
}

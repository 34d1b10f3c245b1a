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
 * Texts end to end on Jobmate's template: a member of staff sets their mobile number and opts in; with
 * no open connection, their visit of today moved by the owner reaches them as a text, which the local
 * cloud captures (SNS's Publish, as the SDK sends it) and lists at {@code GET /local/text-messages}; a
 * member who did not opt in gets none, and the owner who moved it none.
 */
class TextMessagesEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  @Test
  void a_member_opted_in_and_not_connected_is_texted_when_the_owner_moves_their_visit_of_today() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String samId = sub(cloud, "sam@acme.example");
      String sophieId = sub(cloud, "sophie@acme.example");
      command(cloud, sam, "PUT", "/team/members/" + samId + "/text-messages", """
          {"mobile": "07700 900123", "optIn": true}""", 200);
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      String visit = UuidV7.at(Instant.now()).toString();
      command(cloud, owner, "POST", "/appointments", """
          {"appointmentId": "%s", "kind": "job-visit", "start": "%sT22:00", "end": "%sT22:30", "members": ["%s", "%s"],
           "title": "Boiler service"}""".formatted(visit, today, today, samId, sophieId), 201);

      command(cloud, owner, "POST", "/appointments/" + visit + "/move", """
          {"start": "%sT23:00", "end": "%sT23:30", "members": ["%s", "%s"]}""".formatted(today, today, samId, sophieId), 200);
      cloud.awaitDrained(PATIENCE);

      JsonNode texts = Poll.value("the text captured", PATIENCE, () -> {
        HttpResponse<String> answer = get(cloud, owner, "/local/text-messages");
        return Json.parse(answer.body()).get("textMessages");
      }, list -> list != null && !list.isEmpty());
      assertThat(texts).singleElement().satisfies(text -> {
        assertThat(text.get("phoneNumber").asText()).isEqualTo("+447700900123");
        assertThat(text.get("message").asText()).isEqualTo("Jobmate: your 22:00 visit (Boiler service) today was moved to 23:00.");
        assertThat(text.get("senderId").asText()).isEqualTo("Jobmate");
        assertThat(text.get("smsType").asText()).isEqualTo("Transactional");
      });
    }
  }
}

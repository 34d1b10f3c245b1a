package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The diary end to end on Jobmate's template: an owner books a visit for two of the team; booking one of
 * them again over it is 409 naming the clash and leaves the other free; an override is recorded and
 * shown; staff block out their own time and read only their own diary, with local times and instants
 * and no price; a visit moved and given to one of its two people shows at its new time; cancelling frees
 * the time. A member of staff connected over the WebSocket is told of the booking, the move and the
 * cancellation, the one taken off the moved visit that it is no longer theirs; another business is told
 * nothing.
 */
class DiaryEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static String appointment(String id, String kind, LocalDate day, String from, String to, String extra,
                                    String... members) {
    return """
        {"appointmentId": "%s", "kind": "%s", "start": "%sT%s", "end": "%sT%s", "members": ["%s"],
         "title": "Fit the new boiler", "notes": "Side gate"%s}"""
        .formatted(id, kind, day, from, day, to, String.join("\", \"", members), extra);
  }

  private static String newId() {
    return UuidV7.at(Instant.now()).toString();
  }

  @Test
  void a_visit_is_booked_without_clashes_shown_in_each_diary_and_freed_when_cancelled() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String sophie = Http.signIn(cloud, "sophie@acme.example");
      String ben = Http.signIn(cloud, "ben@brightside.example");
      String samId = sub(cloud, "sam@acme.example");
      String sophieId = sub(cloud, "sophie@acme.example");
      Listener samHears = Listener.connect(cloud, sam);
      Listener sophieHears = Listener.connect(cloud, sophie);
      Listener benHears = Listener.connect(cloud, ben);
      LocalDate monday = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(1);
      String visit = newId();
      String urgent = newId();

      command(cloud, owner, "POST", "/appointments",
          appointment(visit, "job-visit", monday, "09:00", "11:30", "", samId, sophieId), 201);
      JsonNode booked = samHears.await(visit, "appointment.booked");
      assertThat(booked.get("title").asText()).isEqualTo("Fit the new boiler");
      assertThat(booked.get("start").asText()).isEqualTo(monday + "T09:00");
      assertThat(booked.get("startsAt").asText()).isEqualTo(
          monday.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString());
      JsonNode clash = command(cloud, owner, "POST", "/appointments",
          appointment(newId(), "meeting", monday, "11:00", "12:00", "", sophieId, samId), 409);
      assertThat(clash.get("code").asText()).isEqualTo("appointment.clash");
      assertThat(clash.get("detail").asText()).contains(visit).contains("09:00 to 11:30");
      // touching is not a clash
      command(cloud, owner, "POST", "/appointments",
          appointment(newId(), "meeting", monday, "11:30", "12:00", "", samId), 201);
      command(cloud, owner, "POST", "/appointments", appointment(urgent, "job-visit", monday, "10:00", "10:30",
          ", \"override\": {\"reason\": \"Burst pipe at the school\"}", sophieId), 201);
      command(cloud, sam, "POST", "/appointments",
          appointment(newId(), "blocked", monday, "13:00", "14:00", "", samId), 201);
      assertThat(command(cloud, sam, "POST", "/appointments",
          appointment(newId(), "job-visit", monday, "15:00", "16:00", "", samId), 403).get("code").asText())
          .isEqualTo("appointment.staff-own-blocks-only");
      cloud.awaitDrained(PATIENCE);

      HttpResponse<String> samsDay = get(cloud, sam, "/diary?from=" + monday);
      assertThat(samsDay.statusCode()).as(samsDay.body()).isEqualTo(200);
      JsonNode samsAppointments = Json.parse(samsDay.body()).get("appointments");
      assertThat(samsAppointments).extracting(a -> a.get("start").asText().substring(11))
          .containsExactly("09:00", "11:30", "13:00");
      assertThat(samsAppointments.get(0).get("appointmentId").asText()).isEqualTo(visit);
      assertThat(samsAppointments.get(0).get("startsAt").asText()).isEqualTo(
          monday.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString());
      assertThat(samsDay.body()).doesNotContain("price").doesNotContain("pence");
      assertThat(get(cloud, sam, "/diary?member=" + sophieId + "&from=" + monday).statusCode()).isEqualTo(403);
      JsonNode sophiesWeek = Json.parse(get(cloud, owner, "/diary?member=" + sophieId + "&from=" + monday + "&to="
          + monday.plusDays(6)).body()).get("appointments");
      assertThat(sophiesWeek).extracting(a -> a.get("appointmentId").asText()).containsExactly(visit, urgent);
      assertThat(sophiesWeek.get(1).at("/override/reason").asText()).isEqualTo("Burst pipe at the school");
      assertThat(sophiesWeek.get(1).at("/override/clashes/0").asText()).isEqualTo(visit);
      assertThat(Json.parse(get(cloud, ben, "/diary?member=" + samId + "&from=" + monday).body())
          .get("appointments")).isEmpty();

      // moved to the afternoon of the next day, for Sam alone: the morning is free again for Sophie
      LocalDate tuesday = monday.plusDays(1);
      String moving = newId();
      command(cloud, owner, "POST", "/appointments",
          appointment(moving, "job-visit", tuesday, "09:00", "10:00", "", samId, sophieId), 201);
      samHears.await(moving, "appointment.booked");
      sophieHears.await(moving, "appointment.booked");
      assertThat(command(cloud, owner, "POST", "/appointments/" + moving + "/move", """
          {"start": "%sT09:30", "end": "%sT10:30", "members": ["%s"]}""".formatted(monday, monday, sophieId), 409)
          .get("code").asText()).isEqualTo("appointment.clash");
      command(cloud, owner, "POST", "/appointments/" + moving + "/move", """
          {"start": "%sT14:00", "end": "%sT15:00", "members": ["%s"]}""".formatted(tuesday, tuesday, samId), 200);
      JsonNode moved = samHears.await(moving, "appointment.moved");
      assertThat(moved.get("start").asText()).isEqualTo(tuesday + "T14:00");
      assertThat(sophieHears.await(moving, "appointment.unassigned").get("start").asText())
          .isEqualTo(tuesday + "T09:00");
      command(cloud, owner, "POST", "/appointments",
          appointment(newId(), "meeting", tuesday, "09:00", "10:00", "", sophieId), 201);
      cloud.awaitDrained(PATIENCE);
      JsonNode samsTuesday = Json.parse(get(cloud, sam, "/diary?from=" + tuesday).body()).get("appointments");
      assertThat(samsTuesday).singleElement().satisfies(a -> {
        assertThat(a.get("appointmentId").asText()).isEqualTo(moving);
        assertThat(a.get("start").asText()).isEqualTo(tuesday + "T14:00");
        assertThat(a.get("revision").asInt()).isEqualTo(2);
      });
      assertThat(Json.parse(get(cloud, sophie, "/diary?from=" + tuesday).body()).get("appointments"))
          .extracting(a -> a.get("appointmentId").asText()).doesNotContain(moving).hasSize(1);

      assertThat(command(cloud, ben, "POST", "/appointments/" + visit + "/cancel", "{}", 404).get("code").asText())
          .isEqualTo("appointment.not-found");
      command(cloud, owner, "POST", "/appointments/" + visit + "/cancel", "{\"reason\": \"Customer away\"}", 200);
      samHears.await(visit, "appointment.cancelled");
      command(cloud, owner, "POST", "/appointments",
          appointment(newId(), "meeting", monday, "09:00", "10:00", "", samId), 201);
      cloud.awaitDrained(PATIENCE);
      JsonNode after = Json.parse(get(cloud, sophie, "/diary?from=" + monday).body()).get("appointments");
      assertThat(after).extracting(a -> a.get("appointmentId").asText()).containsExactly(urgent);
      assertThat(benHears.messages).as("another business hears nothing of Acme's diary").isEmpty();
    }
  }

  /** A staff member's WebSocket, keeping every message; {@link #await} finds one about an appointment. */
  static final class Listener implements WebSocket.Listener {
    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    static Listener connect(LocalCloud cloud, String token) {
      Listener listener = new Listener();
      HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create(cloud.endpoints().webSocket().orElseThrow() + "?token=" + token), listener).join();
      return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(Json.parse(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    JsonNode await(String appointmentId, String type) {
      return Poll.value("told " + type + " about " + appointmentId, PATIENCE,
          () -> messages.stream().filter(m -> m.path("appointmentId").asText().equals(appointmentId)
              && m.path("type").asText().equals(type)).findFirst().orElse(null),
          message -> message != null);
    }
  }
}

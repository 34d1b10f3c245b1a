package app.jobmate.localcloud;

import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/**
 * A recurring series end to end on Jobmate's template: an owner sets up a weekly series of Monday visits
 * for Sam; the Monday Sam already has a visit at that time is not booked and is answered as clashed, the
 * others are booked as appointments and shown in Sam's diary at 09:00 London time; a single appointment
 * over an occurrence is 409; Sam, connected over the WebSocket, is told of the occurrences booked.
 */
class SeriesEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static String sub(LocalCloud cloud, String username) {
    return cloud.identity().users().users().stream().filter(u -> u.username().equals(username)).findFirst()
        .map(UserDirectory.User::sub).orElseThrow();
  }

  private static String newId() {
    return UuidV7.at(Instant.now()).toString();
  }

  @Test
  void a_weekly_series_books_its_free_mondays_lists_the_one_that_clashes_and_shows_in_the_diary() throws Exception {
    try (LocalCloud cloud = QuotesEndToEndTest.start(TEMPLATE)) {
      DemoData.recordTeams(cloud);
      String owner = Http.signIn(cloud, "olivia@acme.example");
      String sam = Http.signIn(cloud, "sam@acme.example");
      String samId = sub(cloud, "sam@acme.example");
      DiaryEndToEndTest.Listener samHears = DiaryEndToEndTest.Listener.connect(cloud, sam);
      LocalDate today = LocalDate.now(LONDON);
      LocalDate first = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      LocalDate second = first.plusWeeks(1);
      String busy = newId();
      command(cloud, owner, "POST", "/appointments", """
          {"appointmentId": "%s", "kind": "job-visit", "start": "%sT09:30", "end": "%sT10:00", "members": ["%s"],
           "title": "Emergency call-out"}""".formatted(busy, second, second, samId), 201);
      String series = newId();

      JsonNode booked = command(cloud, owner, "POST", "/appointment-series", """
          {"seriesId": "%s", "kind": "meeting", "members": ["%s"], "title": "Monday planning",
           "rule": {"frequency": "weekly", "every": 1, "weekdays": ["monday"], "from": "%s", "count": 4,
                    "startTime": "09:00", "minutes": 60}}""".formatted(series, samId, first), 201);

      assertThat(booked.get("booked")).extracting(JsonNode::asText)
          .containsExactly(first.toString(), first.plusWeeks(2).toString(), first.plusWeeks(3).toString());
      assertThat(booked.get("clashed")).extracting(JsonNode::asText).containsExactly(second.toString());
      String firstOccurrence = SeriesId.of(series).appointmentOn(first).toString();
      JsonNode told = samHears.await(firstOccurrence, "appointment.booked");
      assertThat(told.get("start").asText()).isEqualTo(first + "T09:00");
      JsonNode clash = command(cloud, owner, "POST", "/appointments", """
          {"appointmentId": "%s", "kind": "job-visit", "start": "%sT09:30", "end": "%sT11:00", "members": ["%s"],
           "title": "Boiler service"}""".formatted(newId(), first, first, samId), 409);
      assertThat(clash.get("code").asText()).isEqualTo("appointment.clash");
      assertThat(clash.get("detail").asText()).contains(firstOccurrence);
      cloud.awaitDrained(PATIENCE);

      HttpResponse<String> samsDiary = get(cloud, sam, "/diary?from=" + first + "&to=" + first.plusWeeks(3));
      assertThat(samsDiary.statusCode()).as(samsDiary.body()).isEqualTo(200);
      JsonNode appointments = Json.parse(samsDiary.body()).get("appointments");
      assertThat(appointments).extracting(a -> a.get("appointmentId").asText()).containsExactly(firstOccurrence, busy,
          SeriesId.of(series).appointmentOn(first.plusWeeks(2)).toString(),
          SeriesId.of(series).appointmentOn(first.plusWeeks(3)).toString());
      assertThat(appointments.get(0).get("startsAt").asText())
          .isEqualTo(first.atTime(9, 0).atZone(LONDON).toInstant().toString());
    }
  }
}

package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.DiaryBookings;
import app.jobmate.commands.diary.series.SeriesBookings;
import app.jobmate.commands.diary.series.SeriesCommand.EndSeries;
import app.jobmate.commands.jobs.JobStandings;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Role;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.events.diary.SeriesRule;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.lambda.http.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The recurring series' commands (docs/api.md, the diary; docs/decisions/recurring-series.md):
 * {@code POST /appointment-series} sets a series up and books its occurrences to twelve weeks ahead, each
 * as an appointment on its members' schedules; 201 with the days booked, the days that clashed (not booked)
 * and those whose start the clock skips. Who may set one up follows the single appointments' rule (staff
 * only blocked time for themselves).
 */
public final class SeriesCommandFunction extends HttpApiFunction {

  private static final String END = "POST /appointment-series/{seriesId}/end";
  private static final Reader<String> REASON = Reader.text(ClashOverride.MAX_REASON);

  private final SeriesBookings series;
  private final TeamRecord members;
  private final Clock clock;

  /** Wired from the function's settings: {@code EVENTS_TABLE} (the series, appointments, schedules and team). */
  public SeriesCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
  }

  private SeriesCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")), Clock.systemUTC());
  }

  private SeriesCommandFunction(EventStore events, Clock clock) {
    this(events, new TeamRecord(events), clock);
  }

  public SeriesCommandFunction(EventStore events, TeamDirectory team, Clock clock) {
    this.series = new SeriesBookings(events, new DiaryBookings(events, team, new JobStandings(events)));
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    boolean end = request.routeKey().equals(END);
    if (!end && !request.routeKey().equals("POST /appointment-series")) {
      throw new ProblemException(Problem.notFound(null, "no series command at " + request.routeKey()));
    }
    CommandRequests.Opened opened = CommandRequests.open(request, members, "use the diary", Role.OWNER, Role.ADMIN,
        Role.STAFF);
    Principal principal = opened.principal();
    Fields body = opened.body();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, QuoteCommandFunction.LONDON);
    if (end) {
      return end(request, body, principal, now, today);
    }
    SeriesRequests.Schedule schedule = SeriesRequests.schedule(body, today);
    body.throwIfInvalid();
    try {
      CommandContext context = CommandRequests.context(request, principal, now, OptionalLong.empty());
      SeriesBookings.Outcome outcome = series.schedule(principal.tenantId(), schedule.command(principal.actor()), context,
          today);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("seriesId", outcome.seriesId().toString());
      answer.put("from", outcome.from().toString());
      answer.put("to", outcome.to().toString());
      answer.put("booked", outcome.booked().stream().map(LocalDate::toString).toList());
      answer.put("clashed", outcome.clashed().stream().map(LocalDate::toString).toList());
      answer.put("timeDoesNotExist", outcome.timeDoesNotExist().stream().map(LocalDate::toString).toList());
      return HttpResponse.ofJson(201, answer).withHeader("location", "/appointment-series/" + outcome.seriesId());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /**
   * Ends a series before a day ("this and following"): 200 with the days whose occurrence was cancelled;
   * a day before today is 422 naming {@code from}.
   */
  private HttpResponse end(HttpRequest request, Fields body, Principal principal, Instant now, LocalDate today) {
    body.allowOnly("from", "reason");
    SeriesId seriesId = CommandRequests.pathId(request, "seriesId", SeriesId::of);
    LocalDate from = body.required("from", Reader.date(SeriesRule.FIRST_DAY, SeriesRule.LAST_DAY));
    String reason = body.optional("reason", REASON);
    body.throwIfInvalid();
    try {
      CommandContext context = CommandRequests.context(request, principal, now, OptionalLong.empty());
      SeriesBookings.Ended ended = series.end(principal.tenantId(),
          new EndSeries(seriesId, from, reason, principal.actor(), now), context, today);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("seriesId", ended.seriesId().toString());
      answer.put("from", ended.from().toString());
      answer.put("cancelled", ended.cancelled().stream().map(LocalDate::toString).toList());
      return HttpResponse.ofJson(200, answer);
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }
}

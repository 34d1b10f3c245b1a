package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.DiaryBookings;
import app.jobmate.commands.jobs.JobStandings;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The diary's commands (docs/api.md, the diary): {@code POST /appointments} books an appointment,
 * reserving its time on the schedule of each member it books (409 {@code appointment.clash} naming the
 * clash otherwise; docs/decisions/diary-booking.md), and {@code POST /appointments/{appointmentId}/cancel}
 * cancels one, releasing that time, and {@code POST /appointments/{appointmentId}/move} moves one to another
 * time or other members (or both), reserving the new time before releasing the old. Both may name
 * equipment and vehicles ({@code resources}): a busy one is reserved like a member
 * (docs/decisions/diary-equipment.md). Anyone signed in with a role may call them; what each may book is a
 * rule of the appointment decider (staff block out only their own time).
 */
public final class DiaryCommandFunction extends HttpApiFunction {

  private static final String PRIMING_APPOINTMENT = "00000000-0000-7000-8000-000000000000";

  private final DiaryBookings diary;
  private final TeamRecord members;
  private final Clock clock;

  /** Wired from the function's settings: {@code EVENTS_TABLE} (the appointments, the schedules and the team's record). */
  public DiaryCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("DiaryCommandFunction", this::prime);
  }

  private DiaryCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")), Clock.systemUTC());
  }

  private DiaryCommandFunction(EventStore events, Clock clock) {
    this(events, new TeamRecord(events), clock);
  }

  public DiaryCommandFunction(EventStore events, TeamDirectory team, Clock clock) {
    this.diary = new DiaryBookings(events, team, new JobStandings(events));
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  /**
   * Cancels an appointment that does not exist, in a tenant that does not exist: strict JSON, claims,
   * the event store read, the decider and problem+json all run, and nothing is written.
   */
  void prime() {
    HttpRequest request = CommandRequests.priming("POST /appointments/{appointmentId}/cancel",
        "/appointments/" + PRIMING_APPOINTMENT + "/cancel", Map.of("appointmentId", PRIMING_APPOINTMENT), "{}",
        "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 404 appointment.not-found is the answer priming is after
    }
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    CommandRequests.Opened opened = CommandRequests.open(request, members, "use the diary", Role.OWNER, Role.ADMIN, Role.STAFF);
    Principal principal = opened.principal();
    Fields body = opened.body();
    Instant now = clock.instant();
    try {
      Routed routed = route(request, body, principal, now);
      body.throwIfInvalid();
      CommandResult result = diary.handle(principal.tenantId(), routed.command().get(),
          CommandRequests.context(request, principal, now, routed.expectedVersion()));
      return CommandRequests.answer(result, routed.status(), routed.location());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** The command a route asks for, made once every field is valid. */
  private static Routed route(HttpRequest request, Fields body, Principal principal, Instant now) {
    return switch (request.routeKey()) {
      case "POST /appointments" -> {
        DiaryRequests.Book book = DiaryRequests.book(body, LocalDate.ofInstant(now, QuoteCommandFunction.LONDON));
        yield new Routed(() -> new BookAppointment(book.appointmentId(), book.booking(), book.overrideReason(),
            List.of(), principal.actor(), book.resources()), 201, book == null ? null : "/appointments/" + book.appointmentId(),
            OptionalLong.empty());
      }
      case "POST /appointments/{appointmentId}/cancel" -> {
        body.allowOnly("reason", CommandRequests.EXPECTED_VERSION);
        AppointmentId appointment = CommandRequests.pathId(request, "appointmentId", AppointmentId::of);
        String reason = body.optional("reason", DiaryRequests.REASON);
        OptionalLong expected = CommandRequests.expectedVersion(request, body);
        yield new Routed(() -> new CancelAppointment(appointment, reason, now, principal.actor()), 200, null, expected);
      }
      case "POST /appointments/{appointmentId}/move" -> {
        AppointmentId appointment = CommandRequests.pathId(request, "appointmentId", AppointmentId::of);
        DiaryRequests.Move move = DiaryRequests.move(body, LocalDate.ofInstant(now, QuoteCommandFunction.LONDON));
        OptionalLong expected = CommandRequests.expectedVersion(request, body);
        yield new Routed(() -> move.command(appointment, principal.actor()), 200, null, expected);
      }
      default -> throw new ProblemException(Problem.notFound(null, "no diary command at " + request.routeKey()));
    };
  }

  private record Routed(java.util.function.Supplier<AppointmentCommand> command, int status, String location,
                        OptionalLong expectedVersion) {
  }
}

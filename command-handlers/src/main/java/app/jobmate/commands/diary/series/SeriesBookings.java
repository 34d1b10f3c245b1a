package app.jobmate.commands.diary.series;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.DiaryBookings;
import app.jobmate.commands.diary.ScheduleDecider;
import app.jobmate.commands.diary.series.SeriesCommand.EndSeries;
import app.jobmate.commands.diary.series.SeriesCommand.RecordOccurrencesBooked;
import app.jobmate.commands.diary.series.SeriesCommand.ScheduleSeries;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.SeriesEvent;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.events.diary.SeriesRule.Occurrence;
import app.jobmate.events.values.TenantId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Setting up a recurring series and booking its occurrences up to the horizon
 * (docs/decisions/recurring-series.md): the series is recorded on its own stream, then each occurrence
 * from the series' horizon (or today) to {@link #HORIZON} ahead is booked as an appointment through
 * {@link DiaryBookings}, the same reservation process as any booking, so series and single appointments
 * never double-book anyone. An occurrence that would clash is not booked; a start the clock skips is not
 * either. What came of the window is then recorded on the series, which moves its horizon.
 *
 * <p>Each occurrence is booked under a command id of its own, derived from the series and the day, and
 * with an appointment id derived the same way, so booking a window again (a retry after a crash, or the
 * daily extension meeting a crashed one) replays what was booked and books the rest.
 */
public final class SeriesBookings {

  /** How far ahead a series' occurrences are booked: twelve weeks. */
  public static final Period HORIZON = Period.ofWeeks(12);

  private final EventStore store;
  private final CommandService commands;
  private final DiaryBookings diary;
  private final EventCodec codec = EventCodec.standard();

  public SeriesBookings(EventStore store, DiaryBookings diary) {
    this.store = store;
    this.commands = new CommandService(store);
    this.diary = diary;
  }

  public static StreamId seriesStream(TenantId tenant, SeriesId series) {
    return new StreamId(tenant, DiaryEvents.SERIES_STREAM, series.toString());
  }

  /** What booking a window came to: the days booked, clashed, and whose start the clock skips. */
  public record Outcome(SeriesId seriesId, LocalDate from, LocalDate to, List<LocalDate> booked, List<LocalDate> clashed,
                        List<LocalDate> timeDoesNotExist) {
  }

  /** Sets the series up and books its occurrences from {@code today} to the horizon. */
  public Outcome schedule(TenantId tenant, ScheduleSeries command, CommandContext context, LocalDate today) {
    SeriesDecider.permit(command);
    diary.checkBookable(tenant, command.members(), command.jobId());
    commands.handle(seriesStream(tenant, command.seriesId()), command, context, SeriesDecider.INSTANCE);
    return extend(tenant, command.seriesId(), context, today);
  }

  /**
   * Books the series' occurrences from its horizon (or {@code today}, whichever is later) to
   * {@link #HORIZON} after {@code today}, and records the outcome. Booked that far already: the last
   * window's outcome as recorded.
   */
  public Outcome extend(TenantId tenant, SeriesId seriesId, CommandContext context, LocalDate today) {
    StreamId stream = seriesStream(tenant, seriesId);
    SeriesState state = state(stream);
    if (!(state instanceof SeriesState.Scheduled scheduled)) {
      throw Rejection.notFound("series.not-found", "there is no series " + seriesId);
    }
    LocalDate from = latest(today, scheduled.bookedTo() != null ? scheduled.bookedTo() : scheduled.series().rule().from());
    LocalDate to = scheduled.endsFrom() != null && scheduled.endsFrom().isBefore(today.plus(HORIZON))
        ? scheduled.endsFrom() : today.plus(HORIZON);
    if (!to.isAfter(from)) { // booked that far already (a retry, or a second extension that day): as recorded
      SeriesOccurrencesBooked last = scheduled.lastBooked();
      return last == null ? new Outcome(seriesId, from, from, List.of(), List.of(), List.of())
          : new Outcome(seriesId, last.from(), last.to(), last.booked(), last.clashed(), last.timeDoesNotExist());
    }
    List<LocalDate> booked = new ArrayList<>();
    List<LocalDate> clashed = new ArrayList<>();
    List<LocalDate> missing = new ArrayList<>();
    scheduled.series().rule().occurrences(from, to).forEach(occurrence -> {
      if (!occurrence.exists()) {
        missing.add(occurrence.day());
      } else if (book(tenant, scheduled, occurrence, context)) {
        booked.add(occurrence.day());
      } else {
        clashed.add(occurrence.day());
      }
    });
    commands.handle(stream, new RecordOccurrencesBooked(seriesId, from, to, booked, clashed, missing,
        context.receivedAt()), occurrenceContext(context, seriesId, "booked-to:" + to), SeriesDecider.INSTANCE);
    return new Outcome(seriesId, from, to, booked, clashed, missing);
  }

  /** What ending a series came to: the days whose occurrence was cancelled (booked, moved or not). */
  public record Ended(SeriesId seriesId, LocalDate from, List<LocalDate> cancelled) {
  }

  /**
   * Ends the series before {@code command.from()} ("this and following"): the end is recorded first, so no
   * later window books past it, then each occurrence from that day to the horizon is cancelled through its
   * own appointment (moved ones too; never booked or cancelled already: nothing), each under a command id of
   * the series' own, so a retry after a crash cancels the rest. A day before today is refused (422 naming
   * {@code from}): what is past is the record.
   */
  public Ended end(TenantId tenant, EndSeries command, CommandContext context, LocalDate today) {
    if (command.from().isBefore(today)) {
      throw Rejection.unprocessable("series.end-in-the-past", "a series is ended from today or later, not "
          + command.from(), "from");
    }
    StreamId stream = seriesStream(tenant, command.seriesId());
    commands.handle(stream, command, context, SeriesDecider.INSTANCE);
    SeriesState.Scheduled scheduled = (SeriesState.Scheduled) state(stream);
    LocalDate bookedTo = scheduled.bookedTo();
    List<LocalDate> cancelled = new ArrayList<>();
    if (bookedTo != null && bookedTo.isAfter(command.from())) {
      scheduled.series().rule().occurrences(command.from(), bookedTo).filter(Occurrence::exists).forEach(occurrence -> {
        CancelAppointment cancel = new CancelAppointment(command.seriesId().appointmentOn(occurrence.day()),
            command.reason(), command.now(), command.actor());
        try {
          if (!diary.handle(tenant, cancel, occurrenceContext(context, command.seriesId(), "end:" + occurrence.day()))
              .events().isEmpty()) {
            cancelled.add(occurrence.day());
          }
        } catch (Rejection refused) {
          if (!refused.code().equals("appointment.not-found")) { // a clashed occurrence was never booked
            throw refused;
          }
        }
      });
    }
    return new Ended(command.seriesId(), command.from(), cancelled);
  }

  /** Books one occurrence; false when it would clash with time already reserved. */
  private boolean book(TenantId tenant, SeriesState.Scheduled scheduled, Occurrence occurrence, CommandContext context) {
    SeriesId seriesId = scheduled.series().seriesId();
    BookAppointment booking = new BookAppointment(seriesId.appointmentOn(occurrence.day()),
        scheduled.series().bookingOf(occurrence), scheduled.series().overrideReason(), List.of(),
        authorityOf(scheduled.series()));
    try {
      diary.handle(tenant, booking, occurrenceContext(context, seriesId, "occurrence:" + occurrence.day()));
      return true;
    } catch (Rejection refused) {
      return switch (refused.code()) {
        case ScheduleDecider.CLASH, "appointment.retry-with-new-key" -> false;
        case "appointment.already-exists" -> true; // booked before, then moved or cancelled: an exception of the series
        default -> throw refused;
      };
    }
  }

  /**
   * Whom an occurrence is booked as: the series' creator, with the role that let them set it up. Only
   * an owner or admin may set up anything but a block of their own time without override
   * ({@link SeriesDecider#permit}), so that role follows from the series; the horizon's daily extension
   * books on that authority, its own actor in the envelope.
   */
  static Actor authorityOf(SeriesScheduled series) {
    boolean ownBlock = series.kind() == AppointmentKind.BLOCKED && series.members().equals(List.of(series.scheduledBy()))
        && series.overrideReason() == null;
    return new Actor(series.scheduledBy(), List.of(ownBlock ? Role.STAFF : Role.ADMIN));
  }

  /** A command id of the series' own, the same whichever request books the occurrence. */
  private static CommandContext occurrenceContext(CommandContext context, SeriesId seriesId, String step) {
    String id = "series:" + seriesId + ":" + step;
    return new CommandContext(id, "sha256:" + id, context.actor(), context.correlationId(), context.commandId(),
        context.receivedAt(), OptionalLong.empty());
  }

  private SeriesState state(StreamId stream) {
    SeriesState state = SeriesDecider.INSTANCE.initialState();
    for (Commit commit : store.read(stream)) {
      for (var envelope : commit.events()) {
        state = SeriesDecider.INSTANCE.evolve(state, (SeriesEvent) codec.decode(envelope));
      }
    }
    return state;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

package app.jobmate.events;

import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.BookedResource;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.diary.ScheduleEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.diary.SeriesEvent;
import app.jobmate.events.diary.SeriesEvent.SeriesEnded;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.events.diary.SeriesRule;
import app.jobmate.events.resources.Registration;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every diary event: Sam and Priya booked to fit a boiler on Monday 7
 * December 2026, 09:00 to 11:30 (GMT), over a clash an owner overrode. {@link #minimalLike} switches over
 * the sealed events without a default, so a new event does not compile until it has its examples here.
 */
public final class DiaryEventExamples {

  public static final AppointmentId VISIT = AppointmentId.of("0193b2a0-4444-7abc-8def-0123456789ab");
  public static final UserId SAM = UserId.of("a1b2c3d4-e5f6-4711-8899-aabbccddee01");
  public static final UserId PRIYA = UserId.of("a1b2c3d4-e5f6-4711-8899-aabbccddee02");
  public static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  public static final SeriesId MONDAYS = SeriesId.of("0193b2a0-6666-7abc-8def-0123456789ab");
  public static final ResourceId VAN = ResourceId.of("0193b2a0-6666-7abc-8def-0123456789ab");
  public static final ResourceId DUST_SHEETS = ResourceId.of("0193b2a0-6666-7abc-8def-0123456789ac");

  private DiaryEventExamples() {
  }

  public static Booking visit() {
    return new Booking(AppointmentKind.JOB_VISIT, LocalDateTime.parse("2026-12-07T09:00"),
        LocalDateTime.parse("2026-12-07T11:30"), Instant.parse("2026-12-07T09:00:00Z"),
        Instant.parse("2026-12-07T11:30:00Z"), List.of(SAM, PRIYA), JobId.of("0193b2a0-3333-7abc-8def-0123456789ab"),
        "Fit the new boiler", "Side gate; the dog is friendly.", List.of(
            new BookedResource(VAN, ResourceKind.VEHICLE, "Transit van", Registration.of("AB12 CDE"), true),
            new BookedResource(DUST_SHEETS, ResourceKind.EQUIPMENT, "Dust sheets", null, false)));
  }

  /** Only what is required: blocked time for Sam, no job, no notes. */
  public static Booking blocked() {
    return new Booking(AppointmentKind.BLOCKED, LocalDateTime.parse("2026-12-07T13:00"),
        LocalDateTime.parse("2026-12-07T14:00"), Instant.parse("2026-12-07T13:00:00Z"),
        Instant.parse("2026-12-07T14:00:00Z"), List.of(SAM), null, "Dentist", null);
  }

  /** Sam's blocked time moved to the afternoon. */
  public static Booking blockedLater() {
    return blocked().movedTo(LocalDateTime.parse("2026-12-07T15:00"), LocalDateTime.parse("2026-12-07T16:00"),
        Instant.parse("2026-12-07T15:00:00Z"), Instant.parse("2026-12-07T16:00:00Z"), List.of(SAM));
  }

  public static List<DomainEvent> all() {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(Arrays.asList(AppointmentEvent.class.getPermittedSubclasses()));
    types.addAll(Arrays.asList(ScheduleEvent.class.getPermittedSubclasses()));
    types.addAll(Arrays.asList(SeriesEvent.class.getPermittedSubclasses()));
    return types.stream()
        .<DomainEvent>map(type -> examples().filter(type::isInstance).findFirst()
            .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName())))
        .toList();
  }

  /** A further example of the same event, with only its required fields. */
  public static DomainEvent minimalLike(DomainEvent example) {
    if (example instanceof AppointmentEvent appointment) {
      return switch (appointment) {
        case AppointmentBooked e -> new AppointmentBooked(e.appointmentId(), blocked(), null, SAM);
        case AppointmentCancelled e -> new AppointmentCancelled(e.appointmentId(), blocked(), e.cancelledAt(), null, SAM);
        case AppointmentMoved e -> new AppointmentMoved(e.appointmentId(), 3, blockedLater(), blocked(), null, SAM);
      };
    }
    if (example instanceof SeriesEvent series) {
      return switch (series) {
        case SeriesScheduled e -> new SeriesScheduled(e.seriesId(), new SeriesRule(SeriesRule.Frequency.DAILY, 1, null,
            null, null, null, MONDAY, null, null, LocalTime.of(13, 0), 60), AppointmentKind.BLOCKED, List.of(SAM), null,
            "Lunch", null, null, SAM);
        case SeriesOccurrencesBooked e -> new SeriesOccurrencesBooked(e.seriesId(), MONDAY, MONDAY, null, null, null,
            e.bookedAt());
        case SeriesEnded e -> new SeriesEnded(e.seriesId(), e.from(), null, e.endedBy(), e.endedAt());
      };
    }
    return switch ((ScheduleEvent) example) {
      case TimeReserved e -> new TimeReserved(e.appointmentId(), null, SAM, MONDAY, blocked(), null, e.reservedAt());
      case TimeReleased e -> new TimeReleased(e.appointmentId(), null, null, VAN, MONDAY.plusDays(1), e.releasedAt());
    };
  }

  public static List<DomainEvent> fullAndMinimal() {
    List<DomainEvent> events = new ArrayList<>(all());
    all().stream().map(DiaryEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<DomainEvent> examples() {
    ClashOverride override = new ClashOverride("The customer can only do Monday morning",
        List.of(AppointmentId.of("0193b2a0-5555-7abc-8def-0123456789ab")));
    UserId owner = EventExamples.OWNER.userId();
    return Stream.of(
        new AppointmentBooked(VISIT, visit(), override, owner),
        new AppointmentCancelled(VISIT, visit(), Instant.parse("2026-12-06T15:00:00Z"), "The customer is away", owner),
        new AppointmentMoved(VISIT, 2, visit().movedTo(LocalDateTime.parse("2026-12-08T13:00"),
            LocalDateTime.parse("2026-12-08T15:30"), Instant.parse("2026-12-08T13:00:00Z"),
            Instant.parse("2026-12-08T15:30:00Z"), List.of(SAM)), visit(), override, owner),
        new TimeReserved(VISIT, 1, SAM, MONDAY, visit(), override, Instant.parse("2026-12-06T14:00:00Z")),
        new TimeReleased(VISIT, 1, SAM, MONDAY, Instant.parse("2026-12-06T15:00:00Z")),
        new SeriesScheduled(MONDAYS, new SeriesRule(SeriesRule.Frequency.MONTHLY, 1, null, null, SeriesRule.MonthWeek.LAST,
            SeriesRule.Weekday.FRIDAY, MONDAY, null, 12, LocalTime.of(9, 0), 150), AppointmentKind.JOB_VISIT,
            List.of(SAM, PRIYA), visit().jobId(), "Service the care home's boilers", "Sign in at reception.",
            "The customer insists on the last Friday", owner),
        new SeriesOccurrencesBooked(MONDAYS, MONDAY, LocalDate.of(2027, 3, 1), List.of(LocalDate.of(2026, 12, 25)),
            List.of(LocalDate.of(2027, 1, 29)), List.of(), Instant.parse("2026-12-06T15:00:00Z")),
        new SeriesEnded(MONDAYS, LocalDate.of(2027, 2, 1), "The care home changed contractor", owner,
            Instant.parse("2027-01-20T10:00:00Z")));
  }
}

package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.DiaryBookings;
import app.jobmate.commands.diary.series.SeriesBookings;
import app.jobmate.commands.diary.series.SeriesCommand.ScheduleSeries;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.events.diary.SeriesRule.Frequency;
import app.jobmate.events.diary.SeriesRule.Weekday;
import app.jobmate.events.diary.SeriesRule;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A series and single appointments racing for the same member and time on the real conditional puts
 * (dynalite): the series' occurrence is booked through the same per-day schedule as any appointment, so
 * of a series and many single bookings of that time made at once exactly one holds it, every round.
 */
class DynamoDbSeriesRaceTest {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  private static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private final UserId sam = new UserId(UUID.randomUUID().toString());
  private final EventStore store = new DynamoDbEventStore(dynamoDb.client(), TemplateTables.EVENTS.name());
  private final DiaryBookings diary = new DiaryBookings(store, new InMemoryTeamDirectory().with(tenant, sam),
      (t, job) -> app.jobmate.commands.tasks.TaskJobs.Standing.NONE);
  private final SeriesBookings series = new SeriesBookings(store, diary);

  @Test
  void of_a_series_and_eight_single_bookings_of_sams_time_made_at_once_exactly_one_holds_it_every_round() throws Exception {
    for (int round = 0; round < 6; round++) {
      LocalDate day = LocalDate.of(2027, 1, 4).plusWeeks(round);
      SeriesId seriesId = new SeriesId(UUID.randomUUID());
      SeriesRule once = new SeriesRule(Frequency.WEEKLY, 1, List.of(Weekday.of(day.getDayOfWeek())), null, null, null,
          day, null, 1, LocalTime.of(9, 0), 90);
      List<Callable<Boolean>> requests = new ArrayList<>();
      requests.add(() -> series.schedule(tenant, new ScheduleSeries(seriesId, once, AppointmentKind.MEETING, List.of(sam),
          null, "Planning", null, null, OWNER), context(), day.minusDays(7)).booked().contains(day));
      List<AppointmentId> singles = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        AppointmentId id = new AppointmentId(UUID.randomUUID());
        singles.add(id);
        // every one of them shares 10:00 to 10:15 with the others and with the series' 09:00 to 10:30
        Booking booking = booking(day.atTime(9, 30 + i * 3), day.atTime(10, 15 + i * 2));
        requests.add(() -> {
          try {
            diary.handle(tenant, new BookAppointment(id, booking, null, List.of(), OWNER), context());
            return true;
          } catch (Rejection clash) {
            assertThat(clash.code()).isEqualTo("appointment.clash");
            return false;
          }
        });
      }

      List<Boolean> won = raceAll(requests);

      assertThat(won.stream().filter(w -> w)).as("round " + round).hasSize(1);
      List<TimeReserved> standing = List.copyOf(diary.scheduleOf(tenant, sam, day).standing());
      assertThat(standing).as("round " + round).hasSize(1);
      AppointmentId holder = won.getFirst() ? seriesId.appointmentOn(day) : singles.get(won.subList(1, 9).indexOf(true));
      assertThat(standing.getFirst().appointmentId()).isEqualTo(holder);
    }
  }

  private static CommandContext context() {
    String key = UUID.randomUUID().toString();
    return new CommandContext(key, "sha256:" + key, OWNER, null, null, NOW, OptionalLong.empty());
  }

  private static List<Boolean> raceAll(List<Callable<Boolean>> requests) throws Exception {
    return AtOnce.run(requests);
  }

  private Booking booking(LocalDateTime start, LocalDateTime end) {
    return new Booking(AppointmentKind.JOB_VISIT, start, end, start.atZone(Booking.LONDON).toInstant(),
        end.atZone(Booking.LONDON).toInstant(), List.of(sam), null, "Visit", null);
  }
}

package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.DiaryBookings;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.LocalDynamoDb;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent bookings against the real conditional puts (dynalite, which has no transactions): each
 * (member, day) schedule appended at the version its clash check read is what lets exactly one of many
 * overlapping bookings win, and a loser leave nothing reserved, without a lock.
 */
class DynamoDbDiaryRaceTest {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  private static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private final UserId sam = new UserId(UUID.randomUUID().toString());
  private final UserId priya = new UserId(UUID.randomUUID().toString());
  private final UserId adam = new UserId(UUID.randomUUID().toString());
  private final EventStore store = new DynamoDbEventStore(dynamoDb.client(), TemplateTables.EVENTS.name());
  private final DiaryBookings diary = new DiaryBookings(store, new InMemoryTeamDirectory().with(tenant, sam, priya, adam),
      (t, job) -> app.jobmate.commands.tasks.TaskJobs.Standing.NONE);

  @Test
  void of_sixteen_people_booking_sam_for_overlapping_times_at_once_exactly_one_wins_every_time() throws Exception {
    for (int round = 0; round < 5; round++) {
      LocalDate day = LocalDate.of(2026, 12, 7).plusDays(round);
      List<Booking> bookings = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        // every one of them shares 10:00 to 10:15
        bookings.add(booking(day.atTime(9, i * 3), day.atTime(10, 15 + i * 2), sam));
      }

      List<AppointmentId> won = race(bookings);

      assertThat(won).as("round " + round).hasSize(1);
      assertThat(standing(sam, day)).extracting(TimeReserved::appointmentId).containsExactlyElementsOf(won);
    }
  }

  @Test
  void multi_person_multi_day_bookings_racing_each_other_never_double_book_anyone_and_losers_leave_nothing() throws Exception {
    LocalDate monday = LocalDate.of(2027, 1, 4);
    List<Booking> bookings = List.of(
        // Sam and Priya, Monday evening to Tuesday morning
        booking(monday.atTime(18, 0), monday.plusDays(1).atTime(10, 0), sam, priya),
        // Priya and Adam, Tuesday 09:00 to 12:00: clashes with the first over Priya
        booking(monday.plusDays(1).atTime(9, 0), monday.plusDays(1).atTime(12, 0), adam, priya),
        // Adam and Sam, Monday 17:00 to 19:00: clashes with the first over Sam
        booking(monday.atTime(17, 0), monday.atTime(19, 0), adam, sam),
        // Sam alone, Tuesday 08:00 to 09:00: clashes with the first
        booking(monday.plusDays(1).atTime(8, 0), monday.plusDays(1).atTime(9, 0), sam),
        // Adam alone, Tuesday 12:00 to 13:00: touches the second only
        booking(monday.plusDays(1).atTime(12, 0), monday.plusDays(1).atTime(13, 0), adam));
    for (int round = 0; round < 4; round++) {
      int shift = round * 7;
      List<Booking> shifted = bookings.stream().map(b -> booking(b.start().plusDays(shift), b.end().plusDays(shift),
          b.members().toArray(UserId[]::new))).toList();

      List<AppointmentId> won = race(shifted);

      // Adam's Tuesday lunchtime clashes with nothing (it only touches the second): it always wins
      assertThat(won).as("round " + round).extracting(asked::get).contains(shifted.get(4));
      List<TimeReserved> all = new ArrayList<>();
      for (UserId member : List.of(sam, priya, adam)) {
        for (int d = 0; d < 2; d++) {
          List<TimeReserved> day = standing(member, monday.plusDays(shift + d));
          for (int i = 0; i < day.size(); i++) {
            for (int j = i + 1; j < day.size(); j++) {
              assertThat(day.get(i).booking().overlaps(day.get(j).booking())).as("round %d: %s double-booked", round,
                  member).isFalse();
            }
          }
          all.addAll(day);
        }
      }
      // every reservation standing is a winner's, and each winner holds every one of its (member, day)s
      assertThat(all).extracting(TimeReserved::appointmentId).allSatisfy(id -> assertThat(won).contains(id));
      for (AppointmentId id : won) {
        assertThat(all.stream().filter(r -> r.appointmentId().equals(id)).count())
            .isEqualTo(DiaryBookings.slotsOf(asked.get(id)).size());
      }
    }
  }

  private final Map<AppointmentId, Booking> asked = new ConcurrentHashMap<>();

  private List<AppointmentId> race(List<Booking> bookings) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(bookings.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AppointmentId>> futures = new ArrayList<>();
    try {
      for (Booking booking : bookings) {
        AppointmentId id = new AppointmentId(UUID.randomUUID());
        asked.put(id, booking);
        futures.add(pool.submit(() -> {
          start.await();
          String key = UUID.randomUUID().toString();
          try {
            diary.handle(tenant, new BookAppointment(id, booking, null, List.of(), OWNER),
                new CommandContext(key, "sha256:" + key, OWNER, null, null, NOW, OptionalLong.empty()));
            return id;
          } catch (Rejection clash) {
            assertThat(clash.code()).isEqualTo("appointment.clash");
            return null;
          }
        }));
      }
      start.countDown();
      List<AppointmentId> won = new ArrayList<>();
      for (Future<AppointmentId> f : futures) {
        AppointmentId id = f.get();
        if (id != null) {
          won.add(id);
        }
      }
      return won;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<TimeReserved> standing(UserId member, LocalDate day) {
    return List.copyOf(diary.scheduleOf(tenant, member, day).standing().values());
  }

  private static Booking booking(LocalDateTime start, LocalDateTime end, UserId... members) {
    return new Booking(AppointmentKind.JOB_VISIT, start, end, start.atZone(Booking.LONDON).toInstant(),
        end.atZone(Booking.LONDON).toInstant(), List.of(members), null, "Visit", null);
  }
}

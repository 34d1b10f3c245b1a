package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.MoveAppointment;
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
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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

  @Test
  void a_move_racing_a_booking_for_the_same_time_exactly_one_wins_and_the_loser_leaves_nothing_reserved()
      throws Exception {
    int movesWon = 0;
    for (int round = 0; round < 8; round++) {
      LocalDate day = LocalDate.of(2027, 2, 1).plusDays(round);
      AppointmentId moving = book(booking(day.atTime(9, 0), day.atTime(10, 0), sam));
      AppointmentId booked = new AppointmentId(UUID.randomUUID());
      // the move onto 14:00 to 15:00 (and Priya), the booking 14:30 to 15:30 of Sam: they share 14:30 to 15:00
      Booking target = booking(day.atTime(14, 0), day.atTime(15, 0), sam, priya);

      List<Boolean> won = raceAll(List.of(
          () -> diary.handle(tenant, move(moving, target), context()),
          () -> diary.handle(tenant, new BookAppointment(booked, booking(day.atTime(14, 30), day.atTime(15, 30), sam),
              null, List.of(), OWNER), context())));

      assertThat(won).as("round " + round).containsExactlyInAnyOrder(true, false);
      if (won.getFirst()) {
        movesWon++;
        assertThat(standing(sam, day)).as("round " + round).singleElement().satisfies(r -> {
          assertThat(r.appointmentId()).isEqualTo(moving);
          assertThat(r.revisionNumber()).isEqualTo(2);
        });
        assertThat(standing(priya, day)).extracting(TimeReserved::appointmentId).containsExactly(moving);
      } else {
        assertThat(standing(sam, day)).as("round " + round).extracting(TimeReserved::appointmentId)
            .containsExactlyInAnyOrder(moving, booked);
        assertThat(standing(sam, day)).filteredOn(r -> r.appointmentId().equals(moving)).singleElement()
            .satisfies(r -> assertThat(r.revisionNumber()).isEqualTo(1));
        assertThat(standing(priya, day)).isEmpty();
      }
    }
    System.out.printf("move against booking: the move won %d of 8 rounds%n", movesWon);
  }

  @Test
  void a_move_within_its_day_onto_partly_its_own_time_succeeds_while_another_booking_of_that_day_is_made()
      throws Exception {
    LocalDate day = LocalDate.of(2027, 3, 1);
    AppointmentId moving = book(booking(day.atTime(9, 0), day.atTime(11, 0), sam));
    AppointmentId other = new AppointmentId(UUID.randomUUID());

    List<Boolean> won = raceAll(List.of(
        () -> diary.handle(tenant, move(moving, booking(day.atTime(10, 0), day.atTime(12, 0), sam)), context()),
        () -> diary.handle(tenant, new BookAppointment(other, booking(day.atTime(12, 0), day.atTime(13, 0), sam), null,
            List.of(), OWNER), context())));

    assertThat(won).containsExactly(true, true);
    assertThat(standing(sam, day)).extracting(r -> r.booking().start().toLocalTime().toString())
        .containsExactlyInAnyOrder("10:00", "12:00");
  }

  private AppointmentId book(Booking booking) {
    AppointmentId id = new AppointmentId(UUID.randomUUID());
    diary.handle(tenant, new BookAppointment(id, booking, null, List.of(), OWNER), context());
    return id;
  }

  private static MoveAppointment move(AppointmentId id, Booking to) {
    return new MoveAppointment(id, to.start(), to.end(), to.startsAt(), to.endsAt(), to.members(), null, 0, List.of(),
        OWNER);
  }

  private static CommandContext context() {
    String key = UUID.randomUUID().toString();
    return new CommandContext(key, "sha256:" + key, OWNER, null, null, NOW, OptionalLong.empty());
  }

  /** Runs the requests at once: for each, whether it succeeded (a clash is a refusal; anything else fails the test). */
  private static List<Boolean> raceAll(List<Callable<Object>> requests) throws Exception {
    List<Callable<Boolean>> contenders = new ArrayList<>();
    for (Callable<Object> request : requests) {
      contenders.add(() -> {
        try {
          request.call();
          return true;
        } catch (Rejection clash) {
          assertThat(clash.code()).isEqualTo("appointment.clash");
          return false;
        }
      });
    }
    return AtOnce.run(contenders);
  }

  private final Map<AppointmentId, Booking> asked = new ConcurrentHashMap<>();

  private List<AppointmentId> race(List<Booking> bookings) throws Exception {
    List<Callable<AppointmentId>> contenders = new ArrayList<>();
    for (Booking booking : bookings) {
      AppointmentId id = new AppointmentId(UUID.randomUUID());
      asked.put(id, booking);
      contenders.add(() -> {
        String key = UUID.randomUUID().toString();
        try {
          diary.handle(tenant, new BookAppointment(id, booking, null, List.of(), OWNER),
              new CommandContext(key, "sha256:" + key, OWNER, null, null, NOW, OptionalLong.empty()));
          return id;
        } catch (Rejection clash) {
          assertThat(clash.code()).isEqualTo("appointment.clash");
          return null;
        }
      });
    }
    return AtOnce.run(contenders).stream().filter(Objects::nonNull).toList();
  }

  private List<TimeReserved> standing(UserId member, LocalDate day) {
    return List.copyOf(diary.scheduleOf(tenant, member, day).standing());
  }

  private static Booking booking(LocalDateTime start, LocalDateTime end, UserId... members) {
    return new Booking(AppointmentKind.JOB_VISIT, start, end, start.atZone(Booking.LONDON).toInstant(),
        end.atZone(Booking.LONDON).toInstant(), List.of(members), null, "Visit", null);
  }
}

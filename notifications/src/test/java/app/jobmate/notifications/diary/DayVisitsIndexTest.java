package app.jobmate.notifications.diary;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.NOW;
import static app.jobmate.notifications.TestEvents.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.lambda.Contexts;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryConnections;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryFlushScheduler;
import app.jobmate.notifications.adapter.memory.InMemoryPendingNotices;
import app.jobmate.notifications.diary.visits.AppointmentStreams;
import app.jobmate.notifications.diary.visits.DayVisit;
import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.diary.visits.VisitKey;
import app.jobmate.notifications.push.Debounce;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.notifications.push.PushService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The day-visits index as the flush keeps it: through the debounce, on in-memory ports, whatever the bus does. */
class DayVisitsIndexTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Duration WINDOW = Duration.ofSeconds(2);
  private static final AppointmentId VISIT = AppointmentId.of("0193b2a0-4444-7abc-8def-0123456789ab");
  private static final StreamId SUBJECT = AppointmentStreams.of(ACME, VISIT);
  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");
  private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

  private final TestClock clock = new TestClock(NOW);
  private final InMemoryEventHistory store = new InMemoryEventHistory();
  private final AtomicReference<Runnable> whileAFlushReads = new AtomicReference<>();
  private final EventHistory history = (subject, fromVersion) -> {
    List<EventEnvelope> read = store.read(subject, fromVersion);
    Runnable meanwhile = whileAFlushReads.getAndSet(null);
    if (meanwhile != null) {
      meanwhile.run();
    }
    return read;
  };
  private final InMemoryPendingNotices pending = new InMemoryPendingNotices(clock, WINDOW.plusMinutes(1));
  private final InMemoryFlushScheduler flushes = new InMemoryFlushScheduler(clock, WINDOW);
  private final InMemoryDayVisits index = new InMemoryDayVisits();
  private final Debounce debounce = new Debounce(Contexts.notifying(new InMemoryDueTasks(), index), pending, flushes);
  private final PushService push = new PushService(Contexts.notifying(new InMemoryDueTasks(), index),
      new InMemoryConnectionRegistry(clock), history, pending, flushes, new InMemoryConnections(), EventCodec.standard());

  @Test
  void a_booked_visit_is_listed_for_each_member_on_its_day_once_its_flush_runs() {
    deliver(commit(booked(visit(FRIDAY, 9, ALICE, BOB))));
    assertThat(listedOn(FRIDAY)).as("before the window has passed").isEmpty();

    windowPasses();

    assertThat(listedOn(FRIDAY)).extracting(DayVisit::key).containsExactlyInAnyOrder(
        new VisitKey(FRIDAY, ACME, ALICE, VISIT), new VisitKey(FRIDAY, ACME, BOB, VISIT));
  }

  @Test
  void a_move_lists_the_visit_on_its_new_day_only_and_a_cancellation_takes_it_off() {
    Booking friday = visit(FRIDAY, 9, ALICE);
    Booking monday = visit(MONDAY, 14, BOB);
    deliver(commit(booked(friday)));
    windowPasses();

    deliver(commit(moved(2, monday, friday)));
    windowPasses();
    assertThat(listedOn(FRIDAY)).isEmpty();
    assertThat(listedOn(MONDAY)).extracting(DayVisit::member, DayVisit::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(BOB, 2L));

    deliver(commit(cancelled(monday)));
    windowPasses();
    assertThat(listedOn(MONDAY)).isEmpty();
  }

  @Test
  void duplicates_and_reordering_of_deliveries_leave_the_index_as_orderly_delivery_would() {
    List<List<Integer>> orders = List.of(List.of(0, 1, 2), List.of(2, 1, 0), List.of(1, 1, 2, 0, 2), List.of(2, 0, 0, 1));
    for (List<Integer> order : orders) {
      DayVisitsIndexTest fresh = new DayVisitsIndexTest();
      Booking first = visit(FRIDAY, 9, ALICE);
      Booking second = visit(MONDAY, 9, ALICE);
      Booking third = visit(FRIDAY, 15, BOB);
      List<Delivered> stream = fresh.commit(booked(first), moved(2, second, first), moved(3, third, second));
      for (int n = 0; n < order.size(); n++) {
        fresh.deliver(List.of(stream.get(order.get(n))));
        if (n % 2 == 1) {
          fresh.windowPasses();
        }
      }
      fresh.windowPasses();

      assertThat(fresh.listedOn(FRIDAY)).as("order " + order).extracting(DayVisit::member, DayVisit::start)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(BOB, FRIDAY.atTime(15, 0)));
      assertThat(fresh.listedOn(MONDAY)).as("order " + order).isEmpty();
    }
  }

  @Test
  void a_flush_that_read_an_older_stream_and_writes_last_cannot_undo_a_newer_one() {
    Booking friday = visit(FRIDAY, 9, ALICE);
    deliver(commit(booked(friday)));
    // while this flush reads (the visit on Friday), it is moved and another flush reads it and writes first
    whileAFlushReads.set(() -> {
      commit(moved(2, visit(MONDAY, 9, ALICE), friday));
      push.flush(SUBJECT);
    });

    windowPasses();

    assertThat(listedOn(FRIDAY)).as("the slow flush wrote Friday at version 1, after Monday at 2").isEmpty();
    assertThat(listedOn(MONDAY)).extracting(DayVisit::version).containsExactly(2L);
  }

  private static Booking visit(LocalDate day, int hour, UserId... members) {
    LocalDateTime start = day.atTime(hour, 0);
    return new Booking(AppointmentKind.JOB_VISIT, start, start.plusHours(1), start.atZone(LONDON).toInstant(),
        start.plusHours(1).atZone(LONDON).toInstant(), List.of(members), null, "Fit the new boiler", null);
  }

  private static AppointmentBooked booked(Booking booking) {
    return new AppointmentBooked(VISIT, booking, null, OWNER);
  }

  private static AppointmentMoved moved(int revision, Booking booking, Booking previous) {
    return new AppointmentMoved(VISIT, revision, booking, previous, null, OWNER);
  }

  private static AppointmentCancelled cancelled(Booking booking) {
    return new AppointmentCancelled(VISIT, booking, NOW, null, OWNER);
  }

  private List<DayVisit> listedOn(LocalDate day) {
    List<DayVisit> visits = new ArrayList<>();
    Optional<VisitKey> after = Optional.empty();
    do {
      DayVisits.Page page = index.onDay(day, after, 10);
      visits.addAll(page.visits());
      after = page.next();
    } while (after.isPresent());
    return visits;
  }

  private List<Delivered> commit(AppointmentEvent... events) {
    long version = store.read(SUBJECT, 1).size();
    List<Delivered> commit = new ArrayList<>();
    for (AppointmentEvent event : events) {
      commit.add(TestEvents.delivered(ACME, ++version, event, OWNER, Role.OWNER));
    }
    store.append(commit.stream().map(Delivered::envelope).toList());
    return commit;
  }

  private void deliver(List<Delivered> batch) {
    assertThat(debounce.changed(batch)).isEmpty();
  }

  private void windowPasses() {
    clock.advance(WINDOW);
    flushes.takeDue().forEach(push::flush);
  }
}

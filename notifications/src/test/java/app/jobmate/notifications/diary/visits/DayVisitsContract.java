package app.jobmate.notifications.diary.visits;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link DayVisits} does; run against each implementation. */
public abstract class DayVisitsContract {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final UserId SAM = UserId.of("u-sam");
  private static final UserId SOPHIE = UserId.of("u-sophie");

  private final LocalDate friday = LocalDate.of(2026, 11, 27);
  private final LocalDate monday = LocalDate.of(2026, 11, 30);
  // each test its own tenants, so that implementations sharing one table across tests stay apart
  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final TenantId globex = TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8));
  private final AppointmentId boiler = new AppointmentId(UUID.randomUUID());
  private final StreamId stream = AppointmentStreams.of(acme, boiler);

  protected abstract DayVisits dayVisits();

  @Test
  void a_placed_visit_is_listed_under_its_day_and_member_with_what_the_reminder_shows() {
    DayVisits index = dayVisits();
    DayVisit visit = visit(acme, boiler, friday, SAM, 9, 11, 1);

    index.place(new VisitPlacement(stream, 1, List.of(visit), Set.of()));

    assertThat(all(index, friday)).containsExactly(visit);
    assertThat(index.ofMember(friday, acme, SAM)).containsExactly(visit);
    assertThat(index.ofMember(friday, acme, SOPHIE)).isEmpty();
    assertThat(all(index, monday)).isEmpty();
  }

  @Test
  void a_later_placement_moves_the_visit_to_its_new_day_and_members_only() {
    DayVisits index = dayVisits();
    index.place(new VisitPlacement(stream, 1, List.of(visit(acme, boiler, friday, SAM, 9, 11, 1)), Set.of()));

    DayVisit moved = visit(acme, boiler, monday, SOPHIE, 14, 15, 2);
    index.place(new VisitPlacement(stream, 2, List.of(moved), Set.of(key(friday, SAM))));

    assertThat(all(index, friday)).isEmpty();
    assertThat(index.ofMember(friday, acme, SAM)).isEmpty();
    assertThat(all(index, monday)).containsExactly(moved);
  }

  @Test
  void a_placement_that_lists_nothing_takes_the_visit_off_every_place() {
    DayVisits index = dayVisits();
    index.place(new VisitPlacement(stream, 1,
        List.of(visit(acme, boiler, friday, SAM, 9, 11, 1), visit(acme, boiler, friday, SOPHIE, 9, 11, 1)), Set.of()));

    index.place(new VisitPlacement(stream, 2, List.of(), Set.of(key(friday, SAM), key(friday, SOPHIE))));

    assertThat(all(index, friday)).isEmpty();
    assertThat(index.ofMember(friday, acme, SOPHIE)).isEmpty();
  }

  @Test
  void a_placement_of_an_older_version_changes_nothing_even_on_a_place_the_visit_has_left() {
    DayVisits index = dayVisits();
    DayVisit moved = visit(acme, boiler, monday, SAM, 14, 15, 3);
    index.place(new VisitPlacement(stream, 3, List.of(moved), Set.of(key(friday, SAM))));

    // flushes that read the stream at versions 1 and 2 and write after the one that read version 3
    index.place(new VisitPlacement(stream, 1, List.of(visit(acme, boiler, friday, SAM, 9, 11, 1)), Set.of()));
    index.place(new VisitPlacement(stream, 2, List.of(), Set.of(key(friday, SAM), key(monday, SAM))));

    assertThat(all(index, friday)).as("not put back where it was").isEmpty();
    assertThat(all(index, monday)).containsExactly(moved);
  }

  @Test
  void placing_the_same_placement_again_changes_nothing() {
    DayVisits index = dayVisits();
    DayVisit visit = visit(acme, boiler, friday, SAM, 9, 11, 2);
    VisitPlacement placement = new VisitPlacement(stream, 2, List.of(visit), Set.of(key(monday, SAM)));

    index.place(placement);
    index.place(placement);

    assertThat(all(index, friday)).containsExactly(visit);
    assertThat(all(index, monday)).isEmpty();
  }

  @Test
  void concurrent_placements_of_one_appointment_leave_the_latest() throws Exception {
    DayVisits index = dayVisits();
    int flushes = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(flushes);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int version = 1; version <= flushes; version++) {
        // odd versions on friday, even ones on monday: the latest (8) is on monday
        VisitPlacement placement = version % 2 == 1
            ? new VisitPlacement(stream, version, List.of(visit(acme, boiler, friday, SAM, 9, 10, version)),
                Set.of(key(monday, SAM)))
            : new VisitPlacement(stream, version, List.of(visit(acme, boiler, monday, SAM, 9, 10, version)),
                Set.of(key(friday, SAM)));
        done.add(threads.submit(() -> {
          start.await();
          index.place(placement);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(all(index, friday)).isEmpty();
    assertThat(all(index, monday)).containsExactly(visit(acme, boiler, monday, SAM, 9, 10, flushes));
  }

  @Test
  void a_members_visits_come_in_start_order_and_never_another_members_or_tenants() {
    DayVisits index = dayVisits();
    AppointmentId afternoon = new AppointmentId(UUID.randomUUID());
    AppointmentId morning = new AppointmentId(UUID.randomUUID());
    AppointmentId sophies = new AppointmentId(UUID.randomUUID());
    AppointmentId theirs = new AppointmentId(UUID.randomUUID());
    DayVisit late = visit(acme, afternoon, friday, SAM, 14, 16, 1);
    DayVisit early = visit(acme, morning, friday, SAM, 8, 9, 1);
    index.place(new VisitPlacement(AppointmentStreams.of(acme, afternoon), 1, List.of(late), Set.of()));
    index.place(new VisitPlacement(AppointmentStreams.of(acme, morning), 1, List.of(early), Set.of()));
    index.place(new VisitPlacement(AppointmentStreams.of(acme, sophies), 1,
        List.of(visit(acme, sophies, friday, SOPHIE, 7, 8, 1)), Set.of()));
    index.place(new VisitPlacement(AppointmentStreams.of(globex, theirs), 1,
        List.of(visit(globex, theirs, friday, SAM, 6, 7, 1)), Set.of()));

    assertThat(index.ofMember(friday, acme, SAM)).containsExactly(early, late);
  }

  @Test
  void a_member_whose_id_begins_another_members_id_sees_only_their_own() {
    DayVisits index = dayVisits();
    UserId sam2 = UserId.of("u-sam#2");
    AppointmentId other = new AppointmentId(UUID.randomUUID());
    DayVisit sams = visit(acme, boiler, friday, SAM, 9, 10, 1);
    index.place(new VisitPlacement(stream, 1, List.of(sams), Set.of()));
    index.place(new VisitPlacement(AppointmentStreams.of(acme, other), 1, List.of(visit(acme, other, friday, sam2, 11,
        12, 1)), Set.of()));

    assertThat(index.ofMember(friday, acme, SAM)).containsExactly(sams);
    assertThat(index.ofMember(friday, acme, sam2)).extracting(DayVisit::appointment).containsExactly(other);
  }

  @Test
  void a_day_is_read_in_pages_that_hold_every_visit_once_across_tenants() {
    DayVisits index = dayVisits();
    List<DayVisit> placed = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      TenantId tenant = i % 2 == 0 ? acme : globex;
      AppointmentId id = new AppointmentId(UUID.randomUUID());
      DayVisit visit = visit(tenant, id, friday, i % 3 == 0 ? SOPHIE : SAM, 8 + i % 10, 9 + i % 10, 1);
      index.place(new VisitPlacement(AppointmentStreams.of(tenant, id), 1, List.of(visit), Set.of()));
      placed.add(visit);
      // some visits cancelled again, in between the others
      if (i % 5 == 0) {
        AppointmentId gone = new AppointmentId(UUID.randomUUID());
        StreamId goneStream = AppointmentStreams.of(acme, gone);
        index.place(new VisitPlacement(goneStream, 1, List.of(visit(acme, gone, friday, SAM, 9, 10, 1)), Set.of()));
        index.place(new VisitPlacement(goneStream, 2, List.of(),
            Set.of(new VisitKey(friday, acme, SAM, gone))));
      }
    }

    List<DayVisit> read = new ArrayList<>();
    Optional<VisitKey> after = Optional.empty();
    int pages = 0;
    do {
      DayVisits.Page page = index.onDay(friday, after, 5);
      assertThat(page.visits()).hasSizeLessThanOrEqualTo(5);
      read.addAll(ours(page.visits()));
      after = page.next();
      pages++;
    } while (after.isPresent() && pages < 1000);

    assertThat(read).containsExactlyInAnyOrderElementsOf(placed);
    assertThat(pages).isGreaterThanOrEqualTo(5);
  }

  @Test
  void the_same_appointment_id_in_two_tenants_is_two_entries() {
    DayVisits index = dayVisits();
    StreamId theirs = AppointmentStreams.of(globex, boiler);
    DayVisit ours = visit(acme, boiler, friday, SAM, 9, 10, 1);

    index.place(new VisitPlacement(stream, 1, List.of(ours), Set.of()));
    index.place(new VisitPlacement(theirs, 1, List.of(visit(globex, boiler, friday, SAM, 9, 10, 1)), Set.of()));
    index.place(new VisitPlacement(theirs, 2, List.of(), Set.of(new VisitKey(friday, globex, SAM, boiler))));

    assertThat(all(index, friday)).containsExactly(ours);
  }

  private VisitKey key(LocalDate day, UserId member) {
    return new VisitKey(day, acme, member, boiler);
  }

  static DayVisit visit(TenantId tenant, AppointmentId id, LocalDate day, UserId member, int fromHour, int toHour,
                        long version) {
    LocalDateTime start = day.atTime(fromHour, 0);
    LocalDateTime end = day.atTime(toHour, 30);
    return new DayVisit(day, tenant, member, id, AppointmentKind.JOB_VISIT, start, end,
        start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant(), "Boiler service at " + fromHour,
        new JobId(UUID.nameUUIDFromBytes(id.toString().getBytes())), version);
  }

  /** This test's visits listed on {@code day}, read page by page. */
  private List<DayVisit> all(DayVisits index, LocalDate day) {
    List<DayVisit> visits = new ArrayList<>();
    Optional<VisitKey> after = Optional.empty();
    do {
      DayVisits.Page page = index.onDay(day, after, 100);
      visits.addAll(ours(page.visits()));
      after = page.next();
    } while (after.isPresent());
    return visits;
  }

  private List<DayVisit> ours(List<DayVisit> visits) {
    return visits.stream().filter(v -> Set.of(acme, globex).contains(v.tenant())).toList();
  }
}

package app.jobmate.commands.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.ScheduleCommand.ReleaseTime;
import app.jobmate.commands.diary.ScheduleCommand.ReserveTime;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The overlap rule of a member's day schedule, checked on random days against a minute-by-minute
 * occupancy grid (plain randomised runs with fixed seeds, so a failure repeats): whatever the order of
 * reservations and releases, the standing reservations never share a minute, every reservation
 * refused shared one with a standing reservation, and every one accepted did not.
 */
class ScheduleOverlapPropertyTest {

  private static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  @Test
  void on_five_hundred_random_days_no_two_standing_reservations_share_a_minute_and_only_a_real_clash_is_refused() {
    for (long seed = 1; seed <= 500; seed++) {
      Random random = new Random(seed);
      Schedule schedule = Schedule.empty();
      List<AppointmentId> ids = new ArrayList<>();
      for (int step = 0; step < 40; step++) {
        if (!ids.isEmpty() && random.nextInt(5) == 0) {
          AppointmentId gone = ids.remove(random.nextInt(ids.size()));
          schedule = apply(schedule, ScheduleDecider.INSTANCE.decide(new ReleaseTime(gone, null, SAM, DAY, NOW), schedule));
          continue;
        }
        int start = random.nextInt(24 * 60 - 1);
        int end = start + 1 + random.nextInt(Math.min(240, 24 * 60 - start));
        Booking booking = minutes(start, end);
        boolean free = free(schedule, start, end);
        AppointmentId id = new AppointmentId(new UUID(seed, step));
        try {
          schedule = apply(schedule, ScheduleDecider.INSTANCE.decide(new ReserveTime(id, 1, SAM, DAY, booking, null, NOW),
              schedule));
          assertThat(free).as("seed %d step %d: %s accepted over a standing reservation", seed, step, booking).isTrue();
          ids.add(id);
        } catch (Rejection clash) {
          assertThat(clash.code()).isEqualTo(ScheduleDecider.CLASH);
          assertThat(free).as("seed %d step %d: %s refused though free", seed, step, booking).isFalse();
        }
        assertThat(noMinuteTwice(schedule)).as("seed %d step %d", seed, step).isTrue();
      }
    }
  }

  @Test
  void half_open_intervals_overlap_exactly_when_they_share_a_minute() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      int aStart = random.nextInt(100);
      int aEnd = aStart + 1 + random.nextInt(30);
      int bStart = random.nextInt(100);
      int bEnd = bStart + 1 + random.nextInt(30);
      boolean shareAMinute = false;
      for (int m = aStart; m < aEnd; m++) {
        shareAMinute |= m >= bStart && m < bEnd;
      }
      assertThat(minutes(aStart, aEnd).overlaps(minutes(bStart, bEnd))).as("[%d,%d) [%d,%d)", aStart, aEnd, bStart, bEnd)
          .isEqualTo(shareAMinute)
          .isEqualTo(minutes(bStart, bEnd).overlaps(minutes(aStart, aEnd)));
    }
  }

  private static Booking minutes(int start, int end) {
    LocalDateTime from = DAY.atStartOfDay().plusMinutes(start);
    LocalDateTime to = DAY.atStartOfDay().plusMinutes(end);
    return new Booking(AppointmentKind.JOB_VISIT, from, to, from.atZone(Booking.LONDON).toInstant(),
        to.atZone(Booking.LONDON).toInstant(), List.of(SAM), null, "Visit", null);
  }

  private static Schedule apply(Schedule schedule, List<ScheduleEvent> events) {
    for (ScheduleEvent event : events) {
      schedule = ScheduleDecider.INSTANCE.evolve(schedule, event);
    }
    return schedule;
  }

  private static boolean free(Schedule schedule, int start, int end) {
    boolean[] taken = grid(schedule);
    for (int m = start; m < end; m++) {
      if (taken[m]) {
        return false;
      }
    }
    return true;
  }

  private static boolean[] grid(Schedule schedule) {
    boolean[] taken = new boolean[24 * 60 + 1];
    for (TimeReserved r : schedule.standing()) {
      for (int m = minuteOf(r.booking().start()); m < minuteOf(r.booking().end()); m++) {
        taken[m] = true;
      }
    }
    return taken;
  }

  private static boolean noMinuteTwice(Schedule schedule) {
    int[] count = new int[24 * 60 + 1];
    for (TimeReserved r : schedule.standing()) {
      for (int m = minuteOf(r.booking().start()); m < minuteOf(r.booking().end()); m++) {
        if (++count[m] > 1) {
          return false;
        }
      }
    }
    return true;
  }

  private static int minuteOf(LocalDateTime time) {
    return (int) java.time.Duration.between(DAY.atStartOfDay(), time).toMinutes();
  }
}

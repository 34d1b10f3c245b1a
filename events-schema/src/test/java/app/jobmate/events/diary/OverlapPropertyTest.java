package app.jobmate.events.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The overlap rule of bookings as properties (jqwik): half-open intervals, symmetric, touching is not overlapping. */
class OverlapPropertyTest {

  private static final Instant ZERO = Instant.parse("2027-01-04T00:00:00Z");

  @Property(tries = 2000)
  void two_intervals_overlap_exactly_when_they_share_a_minute_and_either_way_round(
      @ForAll @IntRange(min = 0, max = 200) int aStart, @ForAll @IntRange(min = 1, max = 60) int aLength,
      @ForAll @IntRange(min = 0, max = 200) int bStart, @ForAll @IntRange(min = 1, max = 60) int bLength) {
    boolean shareAMinute = false;
    for (int minute = aStart; minute < aStart + aLength; minute++) {
      shareAMinute |= minute >= bStart && minute < bStart + bLength;
    }

    assertThat(overlaps(aStart, aStart + aLength, bStart, bStart + bLength)).isEqualTo(shareAMinute)
        .isEqualTo(overlaps(bStart, bStart + bLength, aStart, aStart + aLength));
  }

  @Property(tries = 500)
  void an_interval_ending_as_the_other_starts_does_not_overlap_it(
      @ForAll @IntRange(min = 0, max = 200) int start, @ForAll @IntRange(min = 1, max = 60) int first,
      @ForAll @IntRange(min = 1, max = 60) int second) {
    assertThat(overlaps(start, start + first, start + first, start + first + second)).isFalse();
    assertThat(overlaps(start + first, start + first + second, start, start + first)).isFalse();
  }

  @Property(tries = 500)
  void an_interval_always_overlaps_itself(@ForAll @IntRange(min = 0, max = 200) int start,
                                          @ForAll @IntRange(min = 1, max = 60) int length) {
    assertThat(overlaps(start, start + length, start, start + length)).isTrue();
  }

  private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
    return Booking.overlaps(ZERO.plusSeconds(60L * aStart), ZERO.plusSeconds(60L * aEnd), ZERO.plusSeconds(60L * bStart),
        ZERO.plusSeconds(60L * bEnd));
  }
}

package app.jobmate.loadtests.endtoend;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a sample, nearest rank. */
record Percentiles(long[] sorted) {

  static Percentiles of(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Percentiles(sorted);
  }

  long at(double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  double mean() {
    return Arrays.stream(sorted).average().orElse(0);
  }
}

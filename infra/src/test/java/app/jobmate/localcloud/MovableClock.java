package app.jobmate.localcloud;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs at the real rate from a chosen instant and can be moved forward, never scaled. */
final class MovableClock extends Clock {

  private record Anchor(Instant instant, long nanos) {
  }

  private volatile Anchor anchor;

  MovableClock(Instant start) {
    moveTo(start);
  }

  void moveTo(Instant instant) {
    anchor = new Anchor(instant, System.nanoTime());
  }

  @Override
  public Instant instant() {
    Anchor current = anchor;
    return current.instant().plus(Duration.ofNanos(System.nanoTime() - current.nanos()));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view in {@code zone} that still follows this clock as the test moves it. */
  @Override
  public Clock withZone(ZoneId zone) {
    Clock source = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return source.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }
    };
  }
}

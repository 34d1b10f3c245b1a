package app.jobmate.commands.diary.series;

import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import java.time.LocalDate;

/** Where a series stands: not set up, or set up and booked as its last window recorded (none yet: absent). */
public sealed interface SeriesState {

  record None() implements SeriesState {
  }

  /** {@code endsFrom}: the first day no longer in the series once it was ended (absent while it runs on). */
  record Scheduled(SeriesScheduled series, SeriesOccurrencesBooked lastBooked, LocalDate endsFrom) implements SeriesState {

    /** How far the series is booked: the end of its last window booked (absent when none was). */
    public LocalDate bookedTo() {
      return lastBooked == null ? null : lastBooked.to();
    }

    /** The series with its last window booked. */
    Scheduled booked(SeriesOccurrencesBooked window) {
      return new Scheduled(series, window, endsFrom);
    }

    /** The series ended before {@code day} (or before the day it already ended, if earlier). */
    Scheduled endingFrom(LocalDate day) {
      return new Scheduled(series, lastBooked, endsFrom != null && endsFrom.isBefore(day) ? endsFrom : day);
    }
  }
}

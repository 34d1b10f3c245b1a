package app.jobmate.commands.diary.series;

import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import java.time.LocalDate;

/** Where a series stands: not set up, or set up and booked as its last window recorded (none yet: absent). */
public sealed interface SeriesState {

  record None() implements SeriesState {
  }

  record Scheduled(SeriesScheduled series, SeriesOccurrencesBooked lastBooked) implements SeriesState {

    /** How far the series is booked: the end of its last window booked (absent when none was). */
    public LocalDate bookedTo() {
      return lastBooked == null ? null : lastBooked.to();
    }
  }
}

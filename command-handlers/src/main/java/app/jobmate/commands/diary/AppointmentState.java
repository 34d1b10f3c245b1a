package app.jobmate.commands.diary;

import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.values.UserId;

/** Where an appointment stands: not booked, booked (at a revision: 1 as booked, one more for each move), or cancelled. */
public sealed interface AppointmentState {

  record None() implements AppointmentState {
  }

  record Booked(Booking booking, ClashOverride override, UserId bookedBy, int revision) implements AppointmentState {
  }

  record Cancelled(Booking booking) implements AppointmentState {
  }
}

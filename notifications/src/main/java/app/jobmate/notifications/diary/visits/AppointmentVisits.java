package app.jobmate.notifications.diary.visits;

import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.diary.SeriesEvent.SeriesEnded;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.diary.DiarySummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An appointment's stream folded for the day-visits index: the appointment as it now stands, and
 * every (day, member) it ever booked — as booked, before and after each move, as cancelled — so that
 * it knows every place it may still be listed, whatever order the bus delivered the events in (a
 * flush reads the whole stream from the store).
 */
public record AppointmentVisits(StreamId stream, DiarySummary appointment, Set<VisitKey> everBooked) {

  public AppointmentVisits {
    if (stream == null || appointment == null || everBooked == null) {
      throw new IllegalArgumentException("stream, appointment and everBooked are required");
    }
    AppointmentStreams.require(stream);
    everBooked = Set.copyOf(everBooked);
  }

  public static AppointmentVisits empty(StreamId stream) {
    return new AppointmentVisits(stream, DiarySummary.empty(AppointmentStreams.appointmentId(stream).toString()),
        Set.of());
  }

  /** These places with the event at stream version {@code version} applied. */
  public AppointmentVisits apply(long version, DiaryEvent event) {
    Set<VisitKey> places = new HashSet<>(everBooked);
    switch (event) {
      case AppointmentBooked e -> places.addAll(placesOf(e.booking()));
      case AppointmentMoved e -> {
        places.addAll(placesOf(e.previous()));
        places.addAll(placesOf(e.booking()));
      }
      case AppointmentCancelled e -> places.addAll(placesOf(e.booking()));
      // a schedule's events are not an appointment's: its stream never holds them
      case TimeReserved e -> throw new IllegalArgumentException("a schedule's event in " + stream);
      case TimeReleased e -> throw new IllegalArgumentException("a schedule's event in " + stream);
      // nor a series' (each occurrence is an appointment of its own)
      case SeriesScheduled e -> throw new IllegalArgumentException("a series' event in " + stream);
      case SeriesOccurrencesBooked e -> throw new IllegalArgumentException("a series' event in " + stream);
      case SeriesEnded e -> throw new IllegalArgumentException("a series' event in " + stream);
    }
    return new AppointmentVisits(stream, appointment.apply(version, event), places);
  }

  /**
   * Where the appointment belongs in the index now: booked and a visit or a meeting, at each London
   * day it touches for each member it books; at no other place it ever booked.
   *
   * @throws IllegalStateException before any event was applied
   */
  public VisitPlacement placement() {
    if (appointment.version() < 1) {
      throw new IllegalStateException("no event of " + stream + " was applied");
    }
    List<DayVisit> listed = new ArrayList<>();
    Booking booking = appointment.booking();
    if (!appointment.cancelled() && booking != null && VisitKinds.isListed(booking.kind())) {
      for (LocalDate day : booking.days()) {
        for (UserId member : booking.members()) {
          listed.add(new DayVisit(day, stream.tenantId(), member, AppointmentStreams.appointmentId(stream),
              booking.kind(), booking.start(), booking.end(), booking.startsAt(), booking.endsAt(), booking.title(),
              booking.jobId(), appointment.version()));
        }
      }
    }
    Set<VisitKey> unlisted = new HashSet<>(everBooked);
    listed.forEach(visit -> unlisted.remove(visit.key()));
    return new VisitPlacement(stream, appointment.version(), listed, unlisted);
  }

  /** Whether the appointment, as it now stands, is a visit of {@code member} on {@code day}. */
  public boolean isVisitOf(UserId member, LocalDate day) {
    return appointment.version() >= 1
        && placement().listed().stream().anyMatch(v -> v.member().equals(member) && v.day().equals(day));
  }

  private Set<VisitKey> placesOf(Booking booking) {
    Set<VisitKey> places = new HashSet<>();
    for (LocalDate day : booking.days()) {
      for (UserId member : booking.members()) {
        places.add(new VisitKey(day, stream.tenantId(), member, AppointmentStreams.appointmentId(stream)));
      }
    }
    return places;
  }
}

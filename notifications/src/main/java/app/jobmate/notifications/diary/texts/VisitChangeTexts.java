package app.jobmate.notifications.diary.texts;

import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.diary.SeriesEvent.SeriesEnded;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which members a change to a job visit is texted to, and in which words (pure): a visit moved (its
 * time changed: each member it still books; a member taken off it: that member) or cancelled (each
 * member it booked), when its old or its new time is on {@code today} (London). The member who made
 * the change is not texted. A booking, a member added, a meeting or blocked time text nobody. Plain
 * words, London clock times, never a price, at most 160 GSM characters:
 * "Jobmate: your 14:00 visit (Boiler service) today was moved to 15:30."
 */
public final class VisitChangeTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

  /** A text due to a member. */
  public record Due(UserId member, String body) {
  }

  private VisitChangeTexts() {
  }

  public static List<Due> of(DiaryEvent event, LocalDate today, UserId actor) {
    List<Due> due = switch (event) {
      case AppointmentMoved e -> moved(e.previous(), e.booking(), today);
      case AppointmentCancelled e -> cancelled(e.booking(), today);
      case AppointmentBooked e -> List.of();
      case TimeReserved e -> List.of();
      case TimeReleased e -> List.of();
      case SeriesScheduled e -> List.of(); // each occurrence is an appointment of its own
      case SeriesOccurrencesBooked e -> List.of();
      case SeriesEnded e -> List.of();
    };
    return due.stream().filter(d -> !d.member().equals(actor)).toList();
  }

  private static List<Due> moved(Booking before, Booking after, LocalDate today) {
    if (before.kind() != AppointmentKind.JOB_VISIT || !(isOn(before, today) || isOn(after, today))) {
      return List.of();
    }
    List<Due> due = new ArrayList<>();
    boolean timeChanged = !before.start().equals(after.start()) || !before.end().equals(after.end());
    boolean wasToday = before.start().toLocalDate().equals(today);
    String to = after.start().toLocalDate().equals(today)
        ? (wasToday ? "" : "today ") + after.start().format(TIME)
        : after.start().format(DAY) + " " + after.start().format(TIME);
    for (UserId member : after.members()) {
      if (timeChanged && before.members().contains(member)) {
        due.add(new Due(member, text(before, today, " was moved to " + to + ".")));
      }
    }
    for (UserId member : before.members()) {
      if (!after.members().contains(member)) {
        due.add(new Due(member, text(before, today, " is no longer yours.")));
      }
    }
    return due;
  }

  private static List<Due> cancelled(Booking booking, LocalDate today) {
    if (booking.kind() != AppointmentKind.JOB_VISIT || !isOn(booking, today)) {
      return List.of();
    }
    String body = text(booking, today, " was cancelled.");
    return booking.members().stream().map(member -> new Due(member, body)).toList();
  }

  private static boolean isOn(Booking booking, LocalDate day) {
    return booking.days().contains(day);
  }

  /**
   * "Jobmate: your 14:00 visit (title) today" or "Jobmate: your Tue 8 Dec 14:00 visit (title)", then
   * {@code rest}; the title cut so that the whole fits one text.
   */
  private static String text(Booking visit, LocalDate today, String rest) {
    boolean isToday = visit.start().toLocalDate().equals(today);
    String at = isToday ? visit.start().format(TIME) : visit.start().format(DAY) + " " + visit.start().format(TIME);
    String head = Gsm.only("Jobmate: your " + at + " visit (");
    String tail = Gsm.only(")" + (isToday ? " today" : "") + rest);
    int room = Gsm.SINGLE_TEXT - Gsm.length(head) - Gsm.length(tail);
    return head + Gsm.cut(visit.title(), room) + tail;
  }
}

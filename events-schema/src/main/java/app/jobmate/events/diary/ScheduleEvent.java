package app.jobmate.events.diary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bookable's schedule for one London day (stream {@code schedule}, id {@code <memberId>-<yyyy-mm-dd>};
 * docs/decisions/diary-booking.md): time reserved for appointments and released. A reservation is
 * appended at the version its clash check read, so two overlapping reservations of the same member
 * never both stand (unless the second is an owner's explicit override).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ScheduleEvent extends DiaryEvent {

  AppointmentId appointmentId();

  UserId member();

  /** The appointment's revision reserved or released; on a release, absent means every one. */
  Integer revision();

  LocalDate day();

  /**
   * Time was reserved for an appointment: the whole booking, so the day's diary shows it, even the
   * part on other days. {@code override} says it was booked over the clashes it names. {@code revision}
   * is the appointment's revision it reserves (1 as booked, one more for each move; absent in payloads
   * written before moves is 1): while a move is under way its old and new reservations stand side by side.
   */
  record TimeReserved(AppointmentId appointmentId, Integer revision, UserId member, LocalDate day, Booking booking,
                      ClashOverride override, Instant reservedAt) implements ScheduleEvent {
    public TimeReserved {
      Require.present(appointmentId, "appointmentId");
      if (revision != null && revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      Require.present(member, "member");
      Require.present(day, "day");
      Require.present(booking, "booking");
      Require.present(reservedAt, "reservedAt");
      if (!booking.members().contains(member) || !booking.days().contains(day)) {
        throw new IllegalArgumentException("a reservation is for one of the booking's members on one of its days");
      }
    }

    /** The revision reserved: 1 when the payload has none (written before moves existed). */
    @JsonIgnore
    public int revisionNumber() {
      return revision == null ? 1 : revision;
    }
  }

  /**
   * The time an appointment had reserved was released (cancelled, moved, or a booking that clashed
   * elsewhere): its reservation of {@code revision}, or every reservation of it that day when absent.
   */
  record TimeReleased(AppointmentId appointmentId, Integer revision, UserId member, LocalDate day, Instant releasedAt)
      implements ScheduleEvent {
    public TimeReleased {
      Require.present(appointmentId, "appointmentId");
      if (revision != null && revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      Require.present(member, "member");
      Require.present(day, "day");
      Require.present(releasedAt, "releasedAt");
    }
  }
}

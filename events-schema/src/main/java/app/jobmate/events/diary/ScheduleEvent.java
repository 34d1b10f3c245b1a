package app.jobmate.events.diary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bookable's schedule for one London day (stream {@code schedule}, id {@code <memberId>-<yyyy-mm-dd>} or
 * {@code <resourceId>-<yyyy-mm-dd>}; docs/decisions/diary-booking.md, diary-equipment.md): time reserved for
 * appointments and released. Each event names exactly one of {@code member} (a team member's schedule) and
 * {@code resource} (a busy piece of equipment's or vehicle's). A reservation is
 * appended at the version its clash check read, so two overlapping reservations of the same member
 * never both stand (unless the second is an owner's explicit override).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ScheduleEvent extends DiaryEvent {

  AppointmentId appointmentId();

  /** Whose schedule: a team member's; absent on a resource's. */
  UserId member();

  /** Which busy resource's schedule; absent on a member's. */
  ResourceId resource();

  /** The schedule's bookable: the member's or the resource's id, as in the stream id. */
  @JsonIgnore
  default String bookable() {
    return member() != null ? member().value() : resource().toString();
  }

  /** The appointment's revision reserved or released; on a release, absent means every one. */
  Integer revision();

  LocalDate day();

  /**
   * Time was reserved for an appointment: the whole booking, so the day's diary shows it, even the
   * part on other days. {@code override} says it was booked over the clashes it names. {@code revision}
   * is the appointment's revision it reserves (1 as booked, one more for each move; absent in payloads
   * written before moves is 1): while a move is under way its old and new reservations stand side by side.
   */
  record TimeReserved(AppointmentId appointmentId, Integer revision, UserId member, ResourceId resource, LocalDate day,
                      Booking booking, ClashOverride override, Instant reservedAt) implements ScheduleEvent {
    @JsonCreator
    public TimeReserved {
      Require.present(appointmentId, "appointmentId");
      if (revision != null && revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      requireOneBookable(member, resource);
      Require.present(day, "day");
      Require.present(booking, "booking");
      Require.present(reservedAt, "reservedAt");
      if (!booking.days().contains(day)) {
        throw new IllegalArgumentException("a reservation is for one of the booking's days");
      }
      if (member != null && !booking.members().contains(member)) {
        throw new IllegalArgumentException("a member's reservation is for one of the booking's members");
      }
      if (resource != null && booking.resourceList().stream().noneMatch(r -> r.resourceId().equals(resource) && r.busy())) {
        throw new IllegalArgumentException("a resource's reservation is for one of the booking's busy resources");
      }
    }

    /** A member's reservation. */
    public TimeReserved(AppointmentId appointmentId, Integer revision, UserId member, LocalDate day, Booking booking,
                        ClashOverride override, Instant reservedAt) {
      this(appointmentId, revision, member, null, day, booking, override, reservedAt);
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
  record TimeReleased(AppointmentId appointmentId, Integer revision, UserId member, ResourceId resource, LocalDate day,
                      Instant releasedAt) implements ScheduleEvent {
    @JsonCreator
    public TimeReleased {
      Require.present(appointmentId, "appointmentId");
      if (revision != null && revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      requireOneBookable(member, resource);
      Require.present(day, "day");
      Require.present(releasedAt, "releasedAt");
    }

    /** A release on a member's schedule. */
    public TimeReleased(AppointmentId appointmentId, Integer revision, UserId member, LocalDate day, Instant releasedAt) {
      this(appointmentId, revision, member, null, day, releasedAt);
    }
  }

  private static void requireOneBookable(UserId member, ResourceId resource) {
    if ((member == null) == (resource == null)) {
      throw new IllegalArgumentException("a schedule is a member's or a resource's: exactly one of member and resource");
    }
  }
}

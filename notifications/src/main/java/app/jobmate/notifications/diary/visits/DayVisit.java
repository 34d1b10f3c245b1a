package app.jobmate.notifications.diary.visits;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An entry of the day-visits index: {@code member} of {@code tenant} is booked on {@code day} (a London
 * day) for {@code appointment}, a job visit or a meeting, from {@code start} to {@code end} (London wall
 * clock; an appointment over several days is listed on each of them with its whole times), as of
 * {@code version} of the appointment's stream. No notes, no price.
 */
public record DayVisit(LocalDate day, TenantId tenant, UserId member, AppointmentId appointment, AppointmentKind kind,
                       LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt, String title,
                       JobId jobId, long version) {

  /** A member's day in order: by start, then end, then appointment. */
  public static final java.util.Comparator<DayVisit> IN_START_ORDER = java.util.Comparator
      .comparing(DayVisit::startsAt).thenComparing(DayVisit::endsAt).thenComparing(v -> v.appointment().toString());

  public DayVisit {
    if (day == null || tenant == null || member == null || appointment == null || kind == null || start == null
        || end == null || startsAt == null || endsAt == null || title == null || version < 1) {
      throw new IllegalArgumentException("day, tenant, member, appointment, kind, times, title and a version of at "
          + "least 1 are required");
    }
    if (!VisitKinds.isListed(kind)) {
      throw new IllegalArgumentException(kind.wireName() + " is not listed as a visit");
    }
  }

  /** Where the entry is in the index. */
  public VisitKey key() {
    return new VisitKey(day, tenant, member, appointment);
  }
}

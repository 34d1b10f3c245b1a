package app.jobmate.notifications.diary.visits;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.Comparator;

/** One place of the day-visits index: a London day, and a tenant's member booked by an appointment that day. */
public record VisitKey(LocalDate day, TenantId tenant, UserId member, AppointmentId appointment) {

  /** The index's order within a day: by tenant, then member, then appointment, so a member's visits are together. */
  public static final Comparator<VisitKey> ORDER = Comparator.<VisitKey, String>comparing(k -> k.tenant().value())
      .thenComparing(k -> k.member().value())
      .thenComparing(k -> k.appointment().toString());

  public VisitKey {
    if (day == null || tenant == null || member == null || appointment == null) {
      throw new IllegalArgumentException("day, tenant, member and appointment are required");
    }
  }
}

package app.jobmate.projections.costing;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The appointments as costed, tenant first by job. One of the job costing's read sides ({@link CostingReadSides}). */
public final class CostingVisitsReadSide implements ReadSide {

  public static final String NAME = "costing-visits";

  private static final CostedVisitProjection PROJECTION = new CostedVisitProjection();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return List.of(PROJECTION);
  }

  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(CostedVisitProjection.NAME, List.of(Index.ascending("by_job", Index.TENANT, "jobId")));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    UserId member = UserId.of("snapstart-priming");
    LocalDateTime start = LocalDateTime.of(2026, 12, 7, 9, 0);
    Booking booking = new Booking(AppointmentKind.BLOCKED, start, start.plusHours(1),
        Instant.parse("2026-12-07T09:00:00Z"), Instant.parse("2026-12-07T10:00:00Z"), List.of(member), null, "Priming",
        null);
    return new AppointmentBooked(AppointmentId.of(streamId), booking, null, member);
  }
}

package app.jobmate.projections.diary;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The read side of the diary's schedules: a member's day, its reservations, read by id for
 * {@code GET /diary} (a window of days of one member), with {@link AppointmentReadSide}'s standing of
 * each appointment. Two read sides because a projector follows the streams its priming event starts.
 */
public final class DiaryReadSide implements ReadSide {

  public static final String NAME = "diary";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new DiaryDayProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /** Read by id only (member and day): no index beyond the key. */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(DiaryDayProjection.NAME, List.of());
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    UserId member = UserId.of("snapstart-priming");
    LocalDateTime start = LocalDateTime.of(2026, 12, 7, 9, 0);
    Booking booking = new Booking(AppointmentKind.BLOCKED, start, start.plusHours(1), Instant.parse("2026-12-07T09:00:00Z"),
        Instant.parse("2026-12-07T10:00:00Z"), List.of(member), null, "Priming", null);
    return new TimeReserved(AppointmentId.of("00000000-0000-7000-8000-000000000000"), 1, member, LocalDate.of(2026, 12, 7),
        booking, null, Instant.parse("2026-12-06T00:00:00Z"));
  }
}

package app.jobmate.projections.costing;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A visit as costed follows its appointment: a move or a reassignment gives it the new day, minutes and people. */
class CostedVisitProjectionTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final AppointmentId VISIT = AppointmentId.of("0193c5a0-0000-7000-8000-100000000001");
  private static final JobId JOB = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");
  private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

  private static Booking booking(LocalDateTime start, LocalDateTime end, String... members) {
    return new Booking(AppointmentKind.JOB_VISIT, start, end, start.atZone(LONDON).toInstant(),
        end.atZone(LONDON).toInstant(), List.of(members).stream().map(UserId::of).toList(), JOB, "Fit the boiler", null);
  }

  private static EventEnvelope envelope(long version, DomainEvent event) {
    EventType<?> type = EventTypes.of(event.getClass());
    return new EventEnvelope(UUID.randomUUID().toString(), type.name(), type.schemaVersion(), TenantId.of("t-acme"),
        type.streamType(), VISIT.toString(), version, AT.plusSeconds(version), "cmd-" + version, "corr", null,
        new Actor(UserId.of("u-owner"), List.of(Role.OWNER)), EventCodec.standard().encode(event));
  }

  @Test
  void a_moved_and_reassigned_visit_is_costed_on_its_new_day_for_its_new_people_and_minutes() {
    Booking first = booking(LocalDateTime.of(2026, 12, 7, 9, 0), LocalDateTime.of(2026, 12, 7, 11, 0), "u-ann");
    Booking moved = booking(LocalDateTime.of(2026, 12, 9, 13, 0), LocalDateTime.of(2026, 12, 9, 16, 30), "u-ann",
        "u-bob");
    CostedVisitProjection projection = new CostedVisitProjection();

    AppointmentBooked booking = new AppointmentBooked(VISIT, first, null, UserId.of("u-owner"));
    AppointmentMoved move = new AppointmentMoved(VISIT, 2, moved, first, null, UserId.of("u-owner"));

    CostedVisit booked = projection.evolve(null, envelope(1, booking), booking);
    CostedVisit after = projection.evolve(booked, envelope(2, move), move);

    assertThat(booked.minutes()).isEqualTo(120);
    assertThat(after.day()).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(after.minutes()).isEqualTo(210);
    assertThat(after.members()).containsExactly("u-ann", "u-bob");
    assertThat(after.jobId()).isEqualTo(JOB.toString());
    assertThat(after.cancelled()).isFalse();
  }
}

package app.jobmate.projections.staff.adapter.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.diary.DiaryReadSide;
import app.jobmate.projections.staff.availability.BookedTime;
import app.jobmate.projections.staff.availability.BookedTimeContract;
import app.jobmate.projections.testing.EmbeddedMongo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The diary's own projector writes the day documents; the adapter reads them back by their stored shape. */
class MongoBookedTimeTest extends BookedTimeContract {

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector diary = new Projector(readModels, history, EventCodec.standard(),
      new DiaryReadSide().projections());
  private final Map<String, Integer> versions = new HashMap<>();

  @Override
  protected void reserved(TenantId tenant, String member, String appointmentId, String start, String end) {
    LocalDateTime from = LocalDateTime.parse(start);
    LocalDateTime to = LocalDateTime.parse(end);
    UserId who = UserId.of(member);
    Booking booking = new Booking(AppointmentKind.MEETING, from, to, from.atZone(Booking.LONDON).toInstant(),
        to.atZone(Booking.LONDON).toInstant(), List.of(who), null, "Toolbox talk", null);
    for (LocalDate day : booking.days()) {
      TimeReserved event = new TimeReserved(AppointmentId.of(appointmentId), 1, who, day, booking, null,
          Instant.parse("2027-02-01T09:00:00Z"));
      String stream = DiaryEvents.scheduleId(who, day);
      int version = versions.merge(tenant.value() + stream, 1, Integer::sum);
      var type = EventTypes.of(event.getClass());
      EventEnvelope envelope = new EventEnvelope(java.util.UUID.randomUUID().toString(), type.name(),
          type.schemaVersion(), tenant, type.streamType(), stream, version, Instant.parse("2027-02-01T09:00:00Z"),
          "c", "c", null, new Actor(who, List.of(Role.OWNER)), EventCodec.standard().encode(event));
      history.append(List.of(envelope));
      assertThat(diary.project(List.of(envelope)).allApplied()).isTrue();
    }
  }

  @Override
  protected BookedTime bookedTime() {
    return new MongoBookedTime(readModels);
  }
}

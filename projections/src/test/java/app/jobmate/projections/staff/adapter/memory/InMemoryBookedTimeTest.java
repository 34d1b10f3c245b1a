package app.jobmate.projections.staff.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.staff.availability.BookedTime;
import app.jobmate.projections.staff.availability.BookedTimeContract;
import java.time.LocalDateTime;
import java.time.ZoneId;

class InMemoryBookedTimeTest extends BookedTimeContract {

  private final InMemoryBookedTime booked = new InMemoryBookedTime();

  @Override
  protected void reserved(TenantId tenant, String member, String appointmentId, String start, String end) {
    ZoneId london = ZoneId.of("Europe/London");
    booked.with(tenant, member, new BookedTime.Booked(appointmentId,
        LocalDateTime.parse(start).atZone(london).toInstant(), LocalDateTime.parse(end).atZone(london).toInstant()));
  }

  @Override
  protected BookedTime bookedTime() {
    return booked;
  }
}

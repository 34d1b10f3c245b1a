package app.jobmate.projections.staff.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.staff.availability.BookedTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reservations held in memory, per tenant and member, for the handler's tests. */
public final class InMemoryBookedTime implements BookedTime {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Map<String, List<Booked>> reservations = new LinkedHashMap<>();

  public InMemoryBookedTime with(TenantId tenant, String member, Booked booked) {
    reservations.computeIfAbsent(tenant.value() + "#" + member, k -> new ArrayList<>()).add(booked);
    return this;
  }

  @Override
  public List<Booked> of(TenantId tenant, String member, LocalDate first, LocalDate last) {
    return reservations.getOrDefault(tenant.value() + "#" + member, List.of()).stream()
        .filter(b -> !LocalDateTime.ofInstant(b.startsAt(), LONDON).toLocalDate().isAfter(last)
            && !LocalDateTime.ofInstant(b.endsAt().minusNanos(1), LONDON).toLocalDate().isBefore(first))
        .toList();
  }
}

package app.jobmate.projections.staff.availability;

/** A stretch of a member's working time, free of absences and bookings, at least as long as asked. */
public record FreeSlot(String member, String start, String end, java.time.Instant startsAt, java.time.Instant endsAt,
                       long minutes) {

  static FreeSlot of(String member, Span span) {
    return new FreeSlot(member, span.start(), span.end(), span.startsAt(), span.endsAt(), span.minutes());
  }
}

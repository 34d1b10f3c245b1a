package app.jobmate.events.diary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What an appointment books (docs/decisions/diary-booking.md): its kind, its time as the business's
 * clock in Europe/London says it ({@code start}, {@code end}) and as instants ({@code startsAt},
 * {@code endsAt}, which decide overlaps: the interval is half-open, so touching is not overlapping),
 * the team members it books, the job it visits (if any), a title, notes, and the equipment and vehicles it
 * books ({@code resources}, absent when none; docs/decisions/diary-equipment.md). The instants must be
 * what London's clock reads as the local times (the earlier of the two on a repeated hour); a local
 * time the clock skips has no instant and is refused before an event is made.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Booking(AppointmentKind kind, LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt,
                      List<UserId> members, JobId jobId, String title, String notes, List<BookedResource> resources) {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  public static final Duration MAX_LENGTH = Duration.ofDays(14);
  public static final int MAX_MEMBERS = 20;
  public static final int MAX_TITLE = 200;
  public static final int MAX_NOTES = 2000;
  public static final int EARLIEST_YEAR = 2000;
  public static final int LATEST_YEAR = 2100;
  public static final int MAX_RESOURCES = 10;

  @JsonCreator
  public Booking {
    Require.present(kind, "kind");
    Require.present(start, "start");
    Require.present(end, "end");
    Require.present(startsAt, "startsAt");
    Require.present(endsAt, "endsAt");
    Require.present(members, "members");
    members = List.copyOf(members);
    if (members.isEmpty() || members.size() > MAX_MEMBERS || new HashSet<>(members).size() != members.size()) {
      throw new IllegalArgumentException("members must be 1 to " + MAX_MEMBERS + " different team members");
    }
    if (start.getYear() < EARLIEST_YEAR || end.getYear() > LATEST_YEAR) {
      throw new IllegalArgumentException("start and end must be in the years " + EARLIEST_YEAR + " to " + LATEST_YEAR);
    }
    if (!LocalDateTime.ofInstant(startsAt, LONDON).equals(start) || !LocalDateTime.ofInstant(endsAt, LONDON).equals(end)) {
      throw new IllegalArgumentException("startsAt and endsAt must be the instants of start and end in Europe/London");
    }
    if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
      throw new IllegalArgumentException("end must be after start, at most " + MAX_LENGTH.toDays() + " days later");
    }
    title = Require.text(title, MAX_TITLE, "title");
    notes = Require.optionalText(notes, MAX_NOTES, "notes");
    if (resources != null) {
      resources = resources.isEmpty() ? null : List.copyOf(resources); // none is absent: bookings before resources
    }
    if (resources != null && (resources.size() > MAX_RESOURCES
        || resources.stream().map(BookedResource::resourceId).distinct().count() != resources.size())) {
      throw new IllegalArgumentException("resources must be 1 to " + MAX_RESOURCES + " different resources");
    }
  }

  /** A booking of no equipment or vehicles (as every booking was before resources). */
  public Booking(AppointmentKind kind, LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt,
                 List<UserId> members, JobId jobId, String title, String notes) {
    this(kind, start, end, startsAt, endsAt, members, jobId, title, notes, null);
  }

  /** The equipment and vehicles it books: none when {@code resources} is absent. */
  public List<BookedResource> resourceList() {
    return resources == null ? List.of() : resources;
  }

  /** The same booking of these resources instead (none: {@code null} or empty). */
  public Booking withResources(List<BookedResource> resources) {
    return new Booking(kind, start, end, startsAt, endsAt, members, jobId, title, notes, resources);
  }

  /** The same appointment at another time, for other members: its kind, job, title, notes and resources kept. */
  public Booking movedTo(LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt, List<UserId> members) {
    return new Booking(kind, start, end, startsAt, endsAt, members, jobId, title, notes, resources);
  }

  /** The London days the appointment touches: its start's, through the day of its last moment. */
  public List<LocalDate> days() {
    LocalDate first = LocalDate.ofInstant(startsAt, LONDON);
    LocalDate last = LocalDate.ofInstant(endsAt.minusNanos(1), LONDON);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }

  /** Whether the two share any moment: half-open intervals, so one ending as the other starts does not. */
  public boolean overlaps(Booking other) {
    return overlaps(startsAt, endsAt, other.startsAt, other.endsAt);
  }

  public static boolean overlaps(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
    return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
  }
}

package app.jobmate.projections.diary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.BookedResource;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.List;

/**
 * An appointment as the diary shows it: its kind, its times on London's clock ({@code start},
 * {@code end}, {@code 2026-12-07T09:00}) and as instants, who it books, the job it visits (its id only:
 * no customer, no price, ever), title, notes, the override it was booked with, if any, and the
 * appointment's {@code revision} it shows (1 as booked, one more for each move; absent in documents
 * written before moves: 1), and the equipment and vehicles it books ({@code resources}: id, kind, name,
 * registration and busy as booked; absent when none, and in documents written before resources).
 */
public record DiaryEntry(String appointmentId, String kind, String start, String end, Instant startsAt, Instant endsAt,
                         List<String> members, String jobId, String title, String notes, Override override,
                         Integer revision, List<Resource> resources) {

  public DiaryEntry {
    members = List.copyOf(members);
    revision = revision == null ? 1 : revision; // documents written before moves have none
    resources = resources == null || resources.isEmpty() ? null : List.copyOf(resources);
  }

  /** An entry booking no resources. */
  public DiaryEntry(String appointmentId, String kind, String start, String end, Instant startsAt, Instant endsAt,
                    List<String> members, String jobId, String title, String notes, Override override,
                    Integer revision) {
    this(appointmentId, kind, start, end, startsAt, endsAt, members, jobId, title, notes, override, revision, null);
  }

  public static DiaryEntry of(AppointmentId appointment, Booking booking, ClashOverride override, int revision) {
    return new DiaryEntry(appointment.toString(), booking.kind().wireName(), booking.start().toString(),
        booking.end().toString(), booking.startsAt(), booking.endsAt(),
        booking.members().stream().map(UserId::value).toList(),
        booking.jobId() == null ? null : booking.jobId().toString(), booking.title(), booking.notes(),
        override == null ? null : new Override(override.reason(),
            override.clashes().stream().map(AppointmentId::toString).toList()), revision,
        booking.resourceList().stream().map(Resource::of).toList());
  }

  /** The appointment's revision this entry shows. */
  @JsonIgnore
  public int revisionNumber() {
    return revision == null ? 1 : revision;
  }

  /** A piece of equipment or a vehicle the appointment books, as it was when booked. */
  public record Resource(String resourceId, String kind, String name, String registration, boolean busy) {
    static Resource of(BookedResource r) {
      return new Resource(r.idText(), r.kindText(), r.name(), r.registrationText(), r.busy());
    }
  }

  /** Booked over a clash by an owner or admin: why, and the appointments it overlaps. */
  public record Override(String reason, List<String> clashes) {
    public Override {
      clashes = List.copyOf(clashes);
    }
  }
}

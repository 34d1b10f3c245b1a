package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand;
import app.jobmate.events.Actor;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON of diary commands, read strictly: unknown fields, wrong types and values the value types
 * refuse are all reported at once, each under its field's name. Times are the clock in Europe/London
 * ({@code 2026-12-07T09:00}, to the minute, no offset): a time the clock skips (01:30 on the last
 * Sunday of March) is refused with 422 naming the field; a time it shows twice (01:30 on the last
 * Sunday of October) is the first of the two, in summer time (docs/business-rules.md, the diary).
 */
final class DiaryRequests {

  static final String[] BOOK_FIELDS = {"appointmentId", "kind", "start", "end", "members", "jobId", "title", "notes",
      "override", "resources"};
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final Pattern LOCAL_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}");
  private static final Reader<UserId> MEMBER = Reader.text(36, text -> {
    Identifier.parse(text);
    return UserId.of(text);
  });
  static final Reader<String> REASON = Reader.text(AppointmentEvent.MAX_REASON);

  private DiaryRequests() {
  }

  /** What {@code POST /appointments} asks for, every field checked; {@code null} when any is invalid. */
  record Book(AppointmentId appointmentId, AppointmentKind kind, LocalDateTime start, LocalDateTime end,
              List<UserId> members, JobId jobId, String title, String notes, String overrideReason,
              List<ResourceId> resources) {

    /**
     * The booking, its times placed on London's clock.
     *
     * @throws Rejection 422 {@code appointment.time-does-not-exist} naming {@code start} or {@code end}
     */
    Booking booking() {
      return new Booking(kind, start, end, instantOf(start, "start"), instantOf(end, "end"), members, jobId, title,
          notes);
    }
  }

  static Book book(Fields f, LocalDate today) {
    f.allowOnly(BOOK_FIELDS);
    AppointmentId appointmentId = f.required("appointmentId", Reader.id(AppointmentId::of));
    AppointmentKind kind = f.required("kind", Reader.text(20, AppointmentKind::fromWireName));
    LocalDateTime start = f.required("start", localTime(today));
    LocalDateTime end = f.required("end", localTime(today));
    List<UserId> members = f.required("members", members());
    JobId jobId = f.optional("jobId", Reader.id(JobId::of));
    String title = f.required("title", Reader.text(Booking.MAX_TITLE));
    String notes = f.optional("notes", Reader.text(Booking.MAX_NOTES));
    String overrideReason = overrideReason(f);
    List<ResourceId> resources = f.optional("resources", resources());
    checkLength(f, start, end);
    if (jobId != null && kind == AppointmentKind.BLOCKED) {
      f.reject("jobId", "blocked time visits no job; leave it out or book a job-visit");
    }
    return f.isValid() ? new Book(appointmentId, kind, start, end, members, jobId, title, notes, overrideReason,
        resources) : null;
  }

  static final String[] MOVE_FIELDS = {"start", "end", "members", "override", "resources",
      CommandRequests.EXPECTED_VERSION};

  /** What {@code POST /appointments/{appointmentId}/move} asks for, every field checked; {@code null} when any is invalid. */
  record Move(LocalDateTime start, LocalDateTime end, List<UserId> members, String overrideReason,
              List<ResourceId> resources) {

    /**
     * The move, its times placed on London's clock.
     *
     * @throws Rejection 422 {@code appointment.time-does-not-exist} naming {@code start} or {@code end}
     */
    AppointmentCommand.MoveAppointment command(AppointmentId appointment, Actor actor) {
      return new AppointmentCommand.MoveAppointment(appointment, start, end, instantOf(start, "start"),
          instantOf(end, "end"), members, overrideReason, 0, List.of(), actor, resources, null);
    }
  }

  static Move move(Fields f, LocalDate today) {
    f.allowOnly(MOVE_FIELDS);
    LocalDateTime start = f.required("start", localTime(today));
    LocalDateTime end = f.required("end", localTime(today));
    List<UserId> members = f.required("members", members());
    String overrideReason = overrideReason(f);
    List<ResourceId> resources = f.optional("resources", resources());
    checkLength(f, start, end);
    return f.isValid() ? new Move(start, end, members, overrideReason, resources) : null;
  }

  private static String overrideReason(Fields f) {
    return f.optionalObject("override", o -> {
      o.allowOnly("reason");
      return o.required("reason", Reader.text(ClashOverride.MAX_REASON));
    });
  }

  private static void checkLength(Fields f, LocalDateTime start, LocalDateTime end) {
    if (start != null && end != null) {
      // on the instants (a gap's time shifted forward for this check only): a clock change can stretch 14 days
      Instant from = start.atZone(Booking.LONDON).toInstant();
      Instant to = end.atZone(Booking.LONDON).toInstant();
      if (!to.isAfter(from)) {
        f.reject("end", "must be after start");
      } else if (Duration.between(from, to).compareTo(Booking.MAX_LENGTH) > 0) {
        f.reject("end", "must be at most " + Booking.MAX_LENGTH.toDays() + " days after start");
      }
    }
  }

  /** A local date-time to the minute, from 2000 to ten years ahead. */
  private static Reader<LocalDateTime> localTime(LocalDate today) {
    return Reader.text(16, text -> {
      if (!LOCAL_TIME.matcher(text).matches()) {
        throw new IllegalArgumentException("must be a local date and time in Europe/London, YYYY-MM-DDTHH:MM");
      }
      LocalDateTime time;
      try {
        time = LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("is not a date and time that exists on the calendar");
      }
      if (time.toLocalDate().isBefore(EARLIEST) || time.toLocalDate().isAfter(today.plusYears(10))) {
        throw new IllegalArgumentException("must be from " + EARLIEST + " to ten years ahead");
      }
      return time;
    });
  }

  /** 1 to 20 different team members' ids (a booking's, a series'). */
  static Reader<List<UserId>> members() {
    return value -> {
      if (!value.isArray() || value.isEmpty() || value.size() > Booking.MAX_MEMBERS) {
        throw new IllegalArgumentException("must be an array of 1 to " + Booking.MAX_MEMBERS + " team members' ids");
      }
      List<UserId> members = new ArrayList<>();
      for (var item : value) {
        members.add(MEMBER.read(item));
      }
      if (new HashSet<>(members).size() != members.size()) {
        throw new IllegalArgumentException("must name each member once");
      }
      return members;
    };
  }

  /** 0 to 10 different equipment or vehicle ids (none: an empty array, or left out). */
  private static Reader<List<ResourceId>> resources() {
    Reader<ResourceId> id = Reader.id(ResourceId::of);
    return value -> {
      if (!value.isArray() || value.size() > Booking.MAX_RESOURCES) {
        throw new IllegalArgumentException("must be an array of at most " + Booking.MAX_RESOURCES
            + " equipment or vehicle ids");
      }
      List<ResourceId> resources = new ArrayList<>();
      for (var item : value) {
        resources.add(id.read(item));
      }
      if (new HashSet<>(resources).size() != resources.size()) {
        throw new IllegalArgumentException("must name each resource once");
      }
      return resources;
    };
  }

  /**
   * The instant London's clock shows {@code time}: the earlier of two when the clock goes back.
   *
   * @throws Rejection 422 when the clock skips it (it goes forward an hour at 01:00 on the last Sunday of March)
   */
  static Instant instantOf(LocalDateTime time, String field) {
    if (Booking.LONDON.getRules().getValidOffsets(time).isEmpty()) {
      throw Rejection.unprocessable("appointment.time-does-not-exist", field + " " + time
          + " does not exist in Europe/London: the clocks go forward an hour then; choose a time after it", field);
    }
    return time.atZone(Booking.LONDON).toInstant();
  }
}

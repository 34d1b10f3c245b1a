package app.jobmate.events.diary;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * The life of a recurring series of appointments (stream {@code series}, one per series;
 * docs/decisions/recurring-series.md). Each occurrence is booked as an appointment of its own, with an id
 * derived from the series and the day ({@link SeriesId#appointmentOn}), through the same schedules as any
 * appointment; the series records how far ahead it is booked and which occurrences clashed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface SeriesEvent extends DiaryEvent {

  SeriesId seriesId();

  /**
   * The series was set up: its rule, and what each occurrence books (kind, members, job, title, notes);
   * {@code overrideReason}, an owner's or admin's, books every occurrence over any clash.
   */
  record SeriesScheduled(SeriesId seriesId, SeriesRule rule, AppointmentKind kind, List<UserId> members, JobId jobId,
                         String title, String notes, String overrideReason, UserId scheduledBy) implements SeriesEvent {
    public SeriesScheduled {
      Require.present(seriesId, "seriesId");
      Require.present(rule, "rule");
      Require.present(kind, "kind");
      Require.present(members, "members");
      members = List.copyOf(members);
      if (members.isEmpty() || members.size() > Booking.MAX_MEMBERS || new HashSet<>(members).size() != members.size()) {
        throw new IllegalArgumentException("members must be 1 to " + Booking.MAX_MEMBERS + " different team members");
      }
      title = Require.text(title, Booking.MAX_TITLE, "title");
      notes = Require.optionalText(notes, Booking.MAX_NOTES, "notes");
      overrideReason = Require.optionalText(overrideReason, ClashOverride.MAX_REASON, "overrideReason");
      Require.present(scheduledBy, "scheduledBy");
    }

    /** What the occurrence on {@code occurrence}'s day books. */
    public Booking bookingOf(SeriesRule.Occurrence occurrence) {
      return new Booking(kind, occurrence.start(), occurrence.end(), occurrence.startsAt(), occurrence.endsAt(), members,
          jobId, title, notes);
    }
  }

  /**
   * The series' occurrences starting on a day in [{@code from}, {@code to}) were booked as far as they
   * could be: {@code booked} are booked (appointments of their own), {@code clashed} were not, as they
   * would clash with something already in the diary, {@code timeDoesNotExist} start at a time the clock
   * skips that day. The series is booked to {@code to} (its horizon) now.
   */
  record SeriesOccurrencesBooked(SeriesId seriesId, LocalDate from, LocalDate to, List<LocalDate> booked,
                                 List<LocalDate> clashed, List<LocalDate> timeDoesNotExist, Instant bookedAt)
      implements SeriesEvent {
    public SeriesOccurrencesBooked {
      Require.present(seriesId, "seriesId");
      Require.present(from, "from");
      Require.present(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("to must be on or after from");
      }
      booked = days(booked, from, to, "booked");
      clashed = days(clashed, from, to, "clashed");
      timeDoesNotExist = days(timeDoesNotExist, from, to, "timeDoesNotExist");
      Require.present(bookedAt, "bookedAt");
    }

    private static List<LocalDate> days(List<LocalDate> days, LocalDate from, LocalDate to, String name) {
      List<LocalDate> list = days == null ? List.of() : List.copyOf(days);
      if (list.stream().anyMatch(day -> day.isBefore(from) || !day.isBefore(to))) {
        throw new IllegalArgumentException(name + " must be days from " + from + " and before " + to);
      }
      return list;
    }
  }

  /**
   * The series ends before {@code from}: its occurrences from that day on ("this and following") are
   * cancelled and no more are booked. {@code reason} is what the person wrote, if anything.
   */
  record SeriesEnded(SeriesId seriesId, LocalDate from, String reason, UserId endedBy, Instant endedAt)
      implements SeriesEvent {
    public SeriesEnded {
      Require.present(seriesId, "seriesId");
      Require.present(from, "from");
      reason = Require.optionalText(reason, ClashOverride.MAX_REASON, "reason");
      Require.present(endedBy, "endedBy");
      Require.present(endedAt, "endedAt");
    }
  }
}

package app.jobmate.commands.diary.series;

import app.jobmate.events.Actor;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.diary.SeriesId;
import app.jobmate.events.diary.SeriesRule;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What is asked of a recurring series (docs/decisions/recurring-series.md). */
public sealed interface SeriesCommand {

  SeriesId seriesId();

  /** Sets the series up (its occurrences are then booked to the horizon by {@link SeriesBookings}). */
  record ScheduleSeries(SeriesId seriesId, SeriesRule rule, AppointmentKind kind, List<UserId> members, JobId jobId,
                        String title, String notes, String overrideReason, Actor actor) implements SeriesCommand {
    public ScheduleSeries {
      Require.present(seriesId, "seriesId");
      Require.present(rule, "rule");
      Require.present(kind, "kind");
      Require.present(members, "members");
      members = List.copyOf(members);
      Require.present(actor, "actor");
    }
  }

  /** Ends the series before {@code from}: this and following occurrences cancelled, no more booked. */
  record EndSeries(SeriesId seriesId, LocalDate from, String reason, Actor actor, Instant now) implements SeriesCommand {
    public EndSeries {
      Require.present(seriesId, "seriesId");
      Require.present(from, "from");
      reason = Require.optionalText(reason, ClashOverride.MAX_REASON, "reason");
      Require.present(actor, "actor");
      Require.present(now, "now");
    }
  }

  /** Records what booking the occurrences of [{@code from}, {@code to}) came to. */
  record RecordOccurrencesBooked(SeriesId seriesId, LocalDate from, LocalDate to, List<LocalDate> booked,
                                 List<LocalDate> clashed, List<LocalDate> timeDoesNotExist, Instant now)
      implements SeriesCommand {
    public RecordOccurrencesBooked {
      Require.present(seriesId, "seriesId");
      Require.present(from, "from");
      Require.present(to, "to");
      booked = List.copyOf(booked);
      clashed = List.copyOf(clashed);
      timeDoesNotExist = List.copyOf(timeDoesNotExist);
      Require.present(now, "now");
    }
  }
}

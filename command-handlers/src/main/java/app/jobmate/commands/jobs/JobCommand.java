package app.jobmate.commands.jobs;

import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.jobs.NoteId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What owners and admins ask of a job (staff only read theirs). The time and new ids arrive on the
 * command.
 */
public sealed interface JobCommand {

  JobId jobId();

  /** A new open job, created directly rather than converted from a quote. */
  record CreateJob(JobId jobId, JobDetails details, Instant at) implements JobCommand {
    public CreateJob {
      Require.present(details, "details");
      Require.present(at, "at");
    }
  }

  /** Opens the job of an accepted quote (the first step of converting it; see {@code conversion}). */
  record OpenJobFromQuote(JobId jobId, AcceptedQuote quote, Instant at) implements JobCommand {
    public OpenJobFromQuote {
      Require.present(quote, "quote");
      Require.present(at, "at");
    }
  }

  /** Books the job for a day, or moves it to another. */
  record ScheduleJob(JobId jobId, LocalDate day) implements JobCommand {
    public ScheduleJob {
      Require.present(day, "day");
    }
  }

  record StartJob(JobId jobId, Instant at) implements JobCommand {}

  record CompleteJob(JobId jobId, Instant at) implements JobCommand {}

  record ReopenJob(JobId jobId, Instant at, String reason) implements JobCommand {
    public ReopenJob {
      reason = Require.optionalText(reason, JobEvent.MAX_REASON, "reason");
    }
  }

  record CancelJob(JobId jobId, Instant at, String reason) implements JobCommand {
    public CancelJob {
      reason = Require.optionalText(reason, JobEvent.MAX_REASON, "reason");
    }
  }

  /** Changes the title, description and site, whole (what is left out is cleared); never the customer or the value. */
  record ChangeJobDetails(JobId jobId, String title, String description, SiteId siteId) implements JobCommand {
    public ChangeJobDetails {
      title = Require.text(title, JobEvent.MAX_TITLE, "title");
      description = Require.optionalText(description, JobEvent.MAX_DESCRIPTION, "description");
    }
  }

  /** Sets or changes the value agreed with the customer, whole, from now on (a price agreed later, a variation). */
  record AgreeJobValue(JobId jobId, AgreedValue agreedValue, String reason, Instant at) implements JobCommand {
    public AgreeJobValue {
      Require.present(agreedValue, "agreedValue");
      reason = Require.optionalText(reason, JobEvent.MAX_REASON, "reason");
      Require.present(at, "at");
    }
  }

  record AddJobNote(JobId jobId, NoteId noteId, String text, UserId by, Instant at) implements JobCommand {
    public AddJobNote {
      Require.present(noteId, "noteId");
      text = Require.text(text, JobEvent.MAX_NOTE, "text");
      Require.present(by, "by");
    }
  }
}

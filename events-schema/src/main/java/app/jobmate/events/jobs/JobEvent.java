package app.jobmate.events.jobs;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * What happens to a job (docs/business-rules.md, jobs): Open -> Scheduled -> InProgress -> Completed,
 * or Cancelled from any unfinished state; a completed job can be reopened (back to in progress);
 * cancelled is final. Optional fields are absent on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface JobEvent extends DomainEvent {

  int MAX_TITLE = 200;
  int MAX_DESCRIPTION = 10_000;
  int MAX_REASON = 2_000;
  int MAX_NOTE = 5_000;
  /** As many lines as a quote may have been issued with. */
  int MAX_LINES = 500;
  /** A quote as printed: Q-00042/2. */
  int MAX_REFERENCE = 40;

  JobId jobId();

  /** A job created directly by an owner or admin, open, with the value agreed with the customer if one was. */
  record JobCreated(JobId jobId, CustomerId customerId, SiteId siteId, String title, String description,
                    AgreedValue agreedValue, Instant createdAt) implements JobEvent {
    public JobCreated {
      Require.present(jobId, "jobId");
      Require.present(customerId, "customerId");
      title = Require.text(title, MAX_TITLE, "title");
      description = Require.optionalText(description, MAX_DESCRIPTION, "description");
      Require.present(createdAt, "createdAt");
    }
  }

  /**
   * A job opened from an accepted quote, as the quote's stream said when it was converted: the
   * quote's id, number and revision (and the reference as printed, Q-00042/2), the lines the customer
   * accepted (the issued lines that are not optional, and the optional ones taken) and the accepted
   * net, VAT and gross, which are the job's agreed value. The quote's {@code QuoteConvertedToJob}
   * follows it.
   */
  record JobCreatedFromQuote(JobId jobId, UUID quoteId, long quoteNumber, int quoteRevision, String quoteReference,
                             CustomerId customerId, SiteId siteId, String title, String description,
                             List<JobLine> lines, AgreedValue agreedValue, Instant createdAt) implements JobEvent {
    public JobCreatedFromQuote {
      Require.present(jobId, "jobId");
      Require.present(quoteId, "quoteId");
      if (quoteNumber < 1) {
        throw new IllegalArgumentException("quoteNumber starts at 1");
      }
      if (quoteRevision < 1) {
        throw new IllegalArgumentException("quoteRevision starts at 1");
      }
      quoteReference = Require.text(quoteReference, MAX_REFERENCE, "quoteReference");
      Require.present(customerId, "customerId");
      title = Require.text(title, MAX_TITLE, "title");
      description = Require.optionalText(description, MAX_DESCRIPTION, "description");
      lines = List.copyOf(Require.present(lines, "lines"));
      if (lines.isEmpty() || lines.size() > MAX_LINES) {
        throw new IllegalArgumentException("a job from a quote has 1 to " + MAX_LINES + " accepted lines");
      }
      if (new HashSet<>(lines.stream().map(JobLine::lineId).toList()).size() != lines.size()) {
        throw new IllegalArgumentException("a line appears once");
      }
      Require.present(agreedValue, "agreedValue");
      Require.present(createdAt, "createdAt");
    }
  }

  /** Booked for a day (again, when it moves to another day). */
  record JobScheduled(JobId jobId, LocalDate scheduledFor) implements JobEvent {
    public JobScheduled {
      Require.present(jobId, "jobId");
      Require.present(scheduledFor, "scheduledFor");
    }
  }

  /** Work began. */
  record JobStarted(JobId jobId, Instant startedAt) implements JobEvent {
    public JobStarted {
      Require.present(jobId, "jobId");
      Require.present(startedAt, "startedAt");
    }
  }

  record JobCompleted(JobId jobId, Instant completedAt) implements JobEvent {
    public JobCompleted {
      Require.present(jobId, "jobId");
      Require.present(completedAt, "completedAt");
    }
  }

  /** A completed job back in progress: a snag, a call-back, something left to do. */
  record JobReopened(JobId jobId, Instant reopenedAt, String reason) implements JobEvent {
    public JobReopened {
      Require.present(jobId, "jobId");
      Require.present(reopenedAt, "reopenedAt");
      reason = Require.optionalText(reason, MAX_REASON, "reason");
    }
  }

  /** No longer to be done. Final. */
  record JobCancelled(JobId jobId, Instant cancelledAt, String reason) implements JobEvent {
    public JobCancelled {
      Require.present(jobId, "jobId");
      Require.present(cancelledAt, "cancelledAt");
      reason = Require.optionalText(reason, MAX_REASON, "reason");
    }
  }

  /**
   * The job's title, description and site were changed, whole: a description or site left out is cleared.
   * The customer, the lines and the agreed value never change here.
   */
  record JobDetailsChanged(JobId jobId, String title, String description, SiteId siteId) implements JobEvent {
    public JobDetailsChanged {
      Require.present(jobId, "jobId");
      title = Require.text(title, MAX_TITLE, "title");
      description = Require.optionalText(description, MAX_DESCRIPTION, "description");
    }
  }

  /**
   * The value agreed with the customer was set or changed after the job was opened: a price agreed on
   * the phone for a job created without one, or a variation agreed on site. It replaces the agreed value
   * whole, from now on; the job keeps its quote and lines. The reason is what the team wrote, if anything.
   */
  record JobValueAgreed(JobId jobId, AgreedValue agreedValue, String reason, Instant at) implements JobEvent {
    public JobValueAgreed {
      Require.present(jobId, "jobId");
      Require.present(agreedValue, "agreedValue");
      reason = Require.optionalText(reason, MAX_REASON, "reason");
      Require.present(at, "at");
    }
  }

  /** A note on the job's record: who wrote what, when. Notes are kept, never edited. */
  record JobNoteAdded(JobId jobId, NoteId noteId, String text, UserId by, Instant at) implements JobEvent {
    public JobNoteAdded {
      Require.present(jobId, "jobId");
      Require.present(noteId, "noteId");
      text = Require.text(text, MAX_NOTE, "text");
      Require.present(by, "by");
      Require.present(at, "at");
    }
  }
}

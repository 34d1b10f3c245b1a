package app.jobmate.commands.jobs;

import app.jobmate.events.jobs.NoteId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.CustomerId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a job is in its life: Open -> Scheduled -> InProgress -> Completed, or Cancelled from any
 * unfinished state; a completed job can be reopened (back in progress); Cancelled is final.
 */
public sealed interface JobState {

  /** No job in this stream. */
  record None() implements JobState {}

  sealed interface Existing extends JobState {
    Job job();
  }

  /** Not yet completed or cancelled. */
  sealed interface Unfinished extends Existing {}

  /** Not yet started: it can be scheduled (again) or started. */
  sealed interface NotStarted extends Unfinished {}

  record Open(Job job) implements NotStarted {}

  record Scheduled(Job job, LocalDate day) implements NotStarted {}

  record InProgress(Job job) implements Unfinished {}

  record Completed(Job job) implements Existing {}

  record Cancelled(Job job) implements Existing {}

  /** What a job is, as far as its rules need: its customer, the quote it came from (or none) and its notes. */
  record Job(CustomerId customerId, QuoteId quoteId, Set<NoteId> notes) {
    public Job {
      notes = Set.copyOf(notes);
    }

    Job withNote(NoteId note) {
      Set<NoteId> more = new HashSet<>(notes);
      more.add(note);
      return new Job(customerId, quoteId, more);
    }
  }
}

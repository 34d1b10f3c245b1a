package app.jobmate.projections.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A job as its page and the job list show it (collection {@code job}, one per job): for whom and
 * where, what, its status and the time of each step, the quote it came from (absent for a job
 * created directly) with the accepted lines, the agreed value (absent when none was agreed; never
 * shown to staff), and its notes in the order they were written.
 *
 * @param createdBy the user who created or converted it (absent if Jobmate itself did)
 * @param updatedAt the time of the job's last event
 */
public record Job(String title, String description, String customerId, String siteId, JobStatus status,
                  FromQuote quote, List<Line> lines, Value agreedValue, LocalDate scheduledFor, Instant createdAt,
                  String createdBy, Instant startedAt, Instant completedAt, Instant reopenedAt, Instant cancelledAt,
                  String cancellationReason, List<Note> notes, Instant updatedAt) {

  public Job {
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
  }

  /** The quote a job was converted from: its id, number, the revision accepted, and the number as printed. */
  public record FromQuote(String quoteId, long number, int revision, String display) {
  }

  /** An accepted line of its quote: prices in pence (absent where prices are hidden), the quantity as an exact decimal. */
  public record Line(String lineId, String description, String quantity, Long unitPrice, String vatCode, Long amount,
                     boolean optional) {
  }

  /** An agreed value in pence. */
  public record Value(long net, long vat, long gross) {
  }

  public record Note(String noteId, String text, String by, Instant at) {
  }
}

package app.jobmate.events;

import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent.JobCancelled;
import app.jobmate.events.jobs.JobEvent.JobCompleted;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.jobs.JobEvent.JobCreatedFromQuote;
import app.jobmate.events.jobs.JobEvent.JobDetailsChanged;
import app.jobmate.events.jobs.JobEvent.JobNoteAdded;
import app.jobmate.events.jobs.JobEvent.JobReopened;
import app.jobmate.events.jobs.JobEvent.JobScheduled;
import app.jobmate.events.jobs.JobEvent.JobStarted;
import app.jobmate.events.jobs.JobEvent.JobValueAgreed;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.jobs.JobLine;
import app.jobmate.events.jobs.NoteId;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.values.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every job event: the job the boiler quote became. The examples fill
 * every optional field; {@link #minimalLike} switches over the sealed {@link JobEvent} without a
 * default, so a new event does not compile until it has its examples here.
 */
public final class JobEventExamples {

  public static final NoteId NOTE = NoteId.of("0193b0c5-0001-7000-8000-00000000d001");

  private JobEventExamples() {
  }

  /** An example of every job event, in the order of a job's life. */
  public static List<JobEvent> all() {
    return Arrays.stream(JobEvent.class.getPermittedSubclasses()).<JobEvent>map(JobEventExamples::exampleOf).toList();
  }

  @SuppressWarnings("unchecked")
  public static <E extends JobEvent> E exampleOf(Class<?> type) {
    return (E) examples().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName() + " in JobEventExamples"));
  }

  /** A further example of the same event with what is optional left out. */
  public static JobEvent minimalLike(JobEvent example) {
    return switch (example) {
      case JobCreated e -> new JobCreated(e.jobId(), e.customerId(), null, "Bleed the radiators", null, null,
          e.createdAt());
      case JobCreatedFromQuote e -> new JobCreatedFromQuote(e.jobId(), e.quoteId(), e.quoteNumber(), 1, "Q-00042",
          e.customerId(), null, e.title(), null, List.of(e.lines().getFirst()), e.agreedValue(), e.createdAt());
      case JobScheduled e -> e;
      case JobStarted e -> e;
      case JobCompleted e -> e;
      case JobReopened e -> new JobReopened(e.jobId(), e.reopenedAt(), null);
      case JobCancelled e -> new JobCancelled(e.jobId(), e.cancelledAt(), null);
      case JobNoteAdded e -> e;
      case JobDetailsChanged e -> new JobDetailsChanged(e.jobId(), e.title(), null, null);
      case JobValueAgreed e -> new JobValueAgreed(e.jobId(), e.agreedValue(), null, e.at());
    };
  }

  public static List<JobEvent> fullAndMinimal() {
    List<JobEvent> events = new ArrayList<>(all());
    all().stream().map(JobEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<JobEvent> examples() {
    List<JobLine> accepted = QuoteEventExamples.LINES.stream()
        .filter(l -> !l.optional() || l.equals(QuoteEventExamples.FILTER))
        .map(l -> new JobLine(l.lineId().value(), l.description(), l.quantity(), l.unitPrice(), l.vatCode(), l.amount(),
            l.optional()))
        .toList();
    QuoteTotals totals = QuoteEventExamples.totals(List.of(QuoteEventExamples.FILTER));
    return Stream.of(
        new JobCreated(QuoteEventExamples.JOB, QuoteEventExamples.CUSTOMER, QuoteEventExamples.SITE,
            "Replace the kitchen radiator", "Double panel, same size; the customer has bought the valves.",
            new AgreedValue(Money.ofPence(45_000), Money.ofPence(9_000), Money.ofPence(54_000)),
            Instant.parse("2026-11-29T10:00:00Z")),
        new JobCreatedFromQuote(QuoteEventExamples.JOB, QuoteEventExamples.QUOTE.value(), 42, 2, "Q-00042/2",
            QuoteEventExamples.CUSTOMER, QuoteEventExamples.SITE, "Replace combi boiler and controls",
            "Access via the side gate.", accepted, new AgreedValue(totals.net(), totals.vatTotal(), totals.gross()),
            Instant.parse("2026-11-28T09:45:00Z")),
        new JobScheduled(QuoteEventExamples.JOB, LocalDate.parse("2026-12-03")),
        new JobStarted(QuoteEventExamples.JOB, Instant.parse("2026-12-03T08:10:00Z")),
        new JobCompleted(QuoteEventExamples.JOB, Instant.parse("2026-12-03T16:40:00.125Z")),
        new JobReopened(QuoteEventExamples.JOB, Instant.parse("2026-12-05T09:00:00Z"),
            "The customer reports a drip under the boiler"),
        new JobCancelled(QuoteEventExamples.JOB, Instant.parse("2026-12-01T12:00:00Z"), "The customer sold the house"),
        new JobNoteAdded(QuoteEventExamples.JOB, NOTE, "Key under the mat; the dog is friendly.",
            EventExamples.OWNER.userId(), Instant.parse("2026-11-30T14:00:00Z")),
        new JobDetailsChanged(QuoteEventExamples.JOB, "Replace the kitchen and hall radiators",
            "Two double panels; the customer has bought the valves.", QuoteEventExamples.SITE),
        new JobValueAgreed(QuoteEventExamples.JOB, new AgreedValue(Money.ofPence(52_000), Money.ofPence(10_400),
            Money.ofPence(62_400)), "Second radiator added on site", Instant.parse("2026-12-03T11:30:00Z")));
  }
}

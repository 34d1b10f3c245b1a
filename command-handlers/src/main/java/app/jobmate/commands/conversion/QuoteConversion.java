package app.jobmate.commands.conversion;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.jobs.AcceptedQuote;
import app.jobmate.commands.jobs.JobCommand.OpenJobFromQuote;
import app.jobmate.commands.jobs.JobService;
import app.jobmate.commands.quotes.QuoteCommand.ConvertQuoteToJob;
import app.jobmate.commands.quotes.QuoteDecider;
import app.jobmate.commands.quotes.QuoteService;
import app.jobmate.commands.quotes.QuoteState;
import app.jobmate.commands.quotes.QuoteState.Accepted;
import app.jobmate.commands.quotes.QuoteState.ConvertedToJob;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Converting an accepted quote to a job, as a process over the two streams
 * (docs/decisions/converting-a-quote.md): the intent is recorded, the job stream is written first
 * (its id derived from the quote's), then the quote's {@code QuoteConvertedToJob}, then the intent is
 * removed. Every step is idempotent, so converting again, or the sweep, completes whatever a crash
 * cut short and always names the same job.
 */
public final class QuoteConversion {

  private final EventStore store;
  private final CommandService commands;
  private final JobService jobs;
  private final PendingConversions pending;
  private final EventCodec codec = EventCodec.standard();

  public QuoteConversion(EventStore store, PendingConversions pending) {
    this.store = store;
    this.commands = new CommandService(store);
    this.jobs = new JobService(commands, new CustomerStandings(store));
    this.pending = pending;
  }

  /** What a conversion did: the job's stream after it, and whether this request opened the job. */
  public record Converted(CommandResult job, boolean opened) {
  }

  /**
   * Converts the quote: 404 {@code quote.not-found} when there is none, 409 {@code quote.not-accepted}
   * when it is not accepted (nor already converted).
   */
  public Converted convert(TenantId tenant, QuoteId quote, CommandContext context) {
    List<DomainEvent> history = quoteHistory(tenant, quote);
    QuoteState state = fold(history);
    return switch (state) {
      case Accepted accepted -> {
        JobId job = JobIds.fromQuote(quote);
        pending.record(new PendingConversions.Pending(tenant, quote, job, context.receivedAt()));
        CommandResult opened = jobs.handle(tenant, new OpenJobFromQuote(job, acceptedQuote(quote, accepted, numberPrefixIn(history)),
            context.receivedAt()), context);
        markConverted(tenant, quote, job, context);
        pending.remove(tenant, quote);
        // opened by this request, or by this request's first attempt (a retry under its Idempotency-Key)
        yield new Converted(opened, opened.replayed() || !opened.events().isEmpty());
      }
      case ConvertedToJob converted -> {
        StreamId stream = JobService.streamOf(tenant, converted.jobId());
        List<Commit> commits = store.read(stream);
        if (commits.isEmpty()) {
          // converted by the first convert-to-job route, which named a job it never opened
          throw Rejection.conflict("quote.converted-without-job", "quote " + quote + " was converted to job "
              + converted.jobId() + " before jobs were recorded; that job has no record");
        }
        pending.remove(tenant, quote);
        Commit opening = commits.getFirst();
        if (opening.commandId().equals(context.commandId())) {
          // this request's own conversion, tried again under its key: the first answer, replayed
          yield new Converted(new CommandResult(stream, opening.lastVersion(), opening.events(), true), true);
        }
        yield new Converted(new CommandResult(stream, commits.getLast().lastVersion(), List.of(), false), false);
      }
      case QuoteState.None none -> throw Rejection.notFound("quote.not-found", "there is no quote " + quote);
      case QuoteState.Draft d -> throw notAccepted(quote, state);
      case QuoteState.Issued i -> throw notAccepted(quote, state);
      case QuoteState.Viewed v -> throw notAccepted(quote, state);
      case QuoteState.Declined d -> throw notAccepted(quote, state);
      case QuoteState.Expired e -> throw notAccepted(quote, state);
      case QuoteState.Withdrawn w -> throw notAccepted(quote, state);
    };
  }

  private static Rejection notAccepted(QuoteId quote, QuoteState state) {
    return Rejection.conflict("quote.not-accepted", "only an accepted quote can be converted to a job; quote " + quote
        + " is " + stateName(state));
  }

  /** What completing an intent found: the quote now says converted, or the job was never opened. */
  enum Completion { CONVERTED, NO_JOB }

  /**
   * Completes a conversion cut short: when the job was opened and the quote does not say converted,
   * appends {@code QuoteConvertedToJob}.
   */
  Completion complete(PendingConversions.Pending intent, CommandContext context) {
    if (quoteState(intent.tenant(), intent.quote()) instanceof ConvertedToJob) {
      return Completion.CONVERTED;
    }
    if (store.read(JobService.streamOf(intent.tenant(), intent.job())).isEmpty()) {
      return Completion.NO_JOB;
    }
    markConverted(intent.tenant(), intent.quote(), intent.job(), context);
    return Completion.CONVERTED;
  }

  private void markConverted(TenantId tenant, QuoteId quote, JobId job, CommandContext context) {
    CommandContext onQuote = new CommandContext(context.commandId() + ":quote", context.payloadHash(), context.actor(),
        context.correlationId(), context.commandId(), context.receivedAt(), OptionalLong.empty());
    commands.handle(QuoteService.streamOf(tenant, quote), new ConvertQuoteToJob(quote, job), onQuote,
        QuoteDecider.INSTANCE);
  }

  private QuoteState quoteState(TenantId tenant, QuoteId quote) {
    return fold(quoteHistory(tenant, quote));
  }

  private List<DomainEvent> quoteHistory(TenantId tenant, QuoteId quote) {
    List<EventEnvelope> stored = new ArrayList<>();
    store.read(QuoteService.streamOf(tenant, quote)).forEach(c -> stored.addAll(c.events()));
    return codec.decode(stored);
  }

  private static QuoteState fold(List<DomainEvent> history) {
    QuoteState state = QuoteDecider.INSTANCE.initialState();
    for (DomainEvent event : history) {
      state = QuoteDecider.INSTANCE.evolve(state, (QuoteEvent) event);
    }
    return state;
  }

  /** The prefix the quote's number was taken with: said by the issue that took it; absent, the default. */
  static String numberPrefixIn(List<DomainEvent> history) {
    return history.stream().filter(e -> e instanceof QuoteEvent.QuoteIssued i && i.numberPrefix() != null)
        .map(e -> ((QuoteEvent.QuoteIssued) e).numberPrefix()).findFirst().orElse(null);
  }

  /** The accepted lines: every line issued that is not optional, and the optional lines taken, in order. */
  static AcceptedQuote acceptedQuote(QuoteId quote, Accepted accepted, String numberPrefix) {
    QuoteState.Offer offer = accepted.offer();
    List<QuoteLine> lines = offer.lines().stream()
        .filter(l -> !l.optional() || accepted.optionalLinesTaken().contains(l.lineId())).toList();
    return new AcceptedQuote(quote, offer.number(), offer.revision(), offer.details().customerId(),
        offer.details().siteId(), offer.details().title(), offer.details().notes(), lines, accepted.totals(),
        numberPrefix);
  }

  private static String stateName(QuoteState state) {
    return switch (state) {
      case QuoteState.None n -> "not drafted";
      case QuoteState.Draft d -> "a draft";
      case QuoteState.Issued i -> "issued";
      case QuoteState.Viewed v -> "issued (viewed)";
      case Accepted a -> "accepted";
      case QuoteState.Declined d -> "declined";
      case QuoteState.Expired e -> "expired";
      case QuoteState.Withdrawn w -> "withdrawn";
      case ConvertedToJob c -> "converted to a job";
    };
  }
}

package app.jobmate.commands.conversion;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The sweep of conversions cut short (docs/decisions/converting-a-quote.md): every intent older than
 * {@link #GRACE} is completed when its job was opened (the quote is marked converted) and removed;
 * one whose job was never opened is removed after {@link #GIVE_UP}. The sweep works as the system
 * ({@code Actor.system("quote-conversion")}), with a command id per intent, so a sweep run twice
 * appends once.
 */
public final class ConversionSweep {

  /** Long enough for a conversion in progress to finish on its own. */
  public static final Duration GRACE = Duration.ofMinutes(1);
  /** After this, an intent whose job was never opened belongs to a request that failed. */
  public static final Duration GIVE_UP = Duration.ofMinutes(10);
  public static final int PER_RUN = 500;
  public static final Actor ACTOR = Actor.system("quote-conversion");

  private final QuoteConversion conversion;
  private final PendingConversions pending;
  private final Clock clock;

  public ConversionSweep(EventStore store, PendingConversions pending, Clock clock) {
    this.conversion = new QuoteConversion(store, pending);
    this.pending = pending;
    this.clock = clock;
  }

  /** What a run did: the intents it completed, removed without a job, left for later, and failed on. */
  public record Report(List<String> completed, List<String> abandoned, int waiting, List<String> failed) {
  }

  public Report sweep() {
    Instant now = clock.instant();
    List<String> completed = new ArrayList<>();
    List<String> abandoned = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    int waiting = 0;
    for (PendingConversions.Pending intent : pending.before(now.minus(GRACE), PER_RUN)) {
      String name = intent.tenant() + "/" + intent.quote();
      boolean givingUp = intent.since().isBefore(now.minus(GIVE_UP));
      try {
        QuoteConversion.Completion completion = conversion.complete(intent, context(intent, now));
        if (completion == QuoteConversion.Completion.CONVERTED || givingUp) {
          pending.remove(intent.tenant(), intent.quote());
          (completion == QuoteConversion.Completion.CONVERTED ? completed : abandoned).add(name);
        } else {
          waiting++;
        }
      } catch (RuntimeException e) {
        failed.add(name + ": " + e.getMessage());
      }
    }
    return new Report(completed, abandoned, waiting, failed);
  }

  private static CommandContext context(PendingConversions.Pending intent, Instant now) {
    String commandId = "quote-conversion:" + intent.tenant() + ":" + intent.quote();
    return new CommandContext(commandId, "quote-conversion:" + intent.job(), ACTOR, commandId, null, now,
        OptionalLong.empty());
  }
}

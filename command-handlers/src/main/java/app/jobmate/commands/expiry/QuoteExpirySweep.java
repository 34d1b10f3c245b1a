package app.jobmate.commands.expiry;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.expiry.DueQuote.Position;
import app.jobmate.commands.quotes.QuoteCommand.ExpireQuote;
import app.jobmate.commands.quotes.QuoteService;
import app.jobmate.events.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The command side of the quote expiry process: each night, every quote the index holds as due on
 * or before today is sent {@link ExpireQuote} through the same {@link QuoteService} as the HTTP
 * commands, as {@code Actor.system("quote-expiry")}. The decider has the last word: a quote no
 * longer open ({@code quote.not-open}) or valid for longer than the index knew
 * ({@code quote.still-valid}) is nothing to do. A quote expired, or found no longer open, leaves
 * the index. The command id is made of the day and the quote, so a rerun of a night finds the
 * first run's commit and writes nothing. A quote that fails is reported and stays in the index
 * for the next night; it never stops the others.
 */
public final class QuoteExpirySweep {

  public static final Actor ACTOR = Actor.system("quote-expiry");
  static final int PAGE_SIZE = 100;

  private final QuoteExpiries expiries;
  private final QuoteService quotes;
  private final Clock clock;
  private final int pageSize;

  public QuoteExpirySweep(QuoteExpiries expiries, QuoteService quotes, Clock clock) {
    this(expiries, quotes, clock, PAGE_SIZE);
  }

  QuoteExpirySweep(QuoteExpiries expiries, QuoteService quotes, Clock clock, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("a page holds at least one quote");
    }
    this.expiries = expiries;
    this.quotes = quotes;
    this.clock = clock;
    this.pageSize = pageSize;
  }

  /** What happened to one quote. */
  public sealed interface Outcome {
    record Expired(boolean byEarlierRun) implements Outcome {}

    record NotOpen() implements Outcome {}

    record StillValid() implements Outcome {}

    record Failed(RuntimeException cause) implements Outcome {}
  }

  /**
   * Sweeps as far as {@code budget} allows, and at least one quote when any is due, so that a run
   * always makes progress; what is left over is the report's {@code rest}.
   */
  public SweepReport run(Sweep sweep, Budget budget) {
    Optional<Position> after = sweep.after();
    int handled = 0;
    int expired = 0;
    int notOpen = 0;
    int stillValid = 0;
    List<SweepReport.Failure> failures = new ArrayList<>();
    while (true) {
      List<DueQuote> page = expiries.due(sweep.today(), after, pageSize);
      for (DueQuote due : page) {
        if (handled > 0 && !budget.allowsAnother(handled)) {
          return new SweepReport(sweep, expired, notOpen, stillValid, failures, after.map(sweep::continuingAfter));
        }
        switch (expire(due, sweep.today())) {
          case Outcome.Expired e -> expired++;
          case Outcome.NotOpen n -> notOpen++;
          case Outcome.StillValid s -> stillValid++;
          case Outcome.Failed f -> failures.add(new SweepReport.Failure(due, f.cause()));
        }
        handled++;
        after = Optional.of(due.position());
      }
      if (page.size() < pageSize) {
        return new SweepReport(sweep, expired, notOpen, stillValid, failures, Optional.empty());
      }
    }
  }

  /** Sends {@code due} its {@link ExpireQuote} for {@code today} and tidies the index after it. */
  public Outcome expire(DueQuote due, LocalDate today) {
    try {
      Outcome outcome = decide(due, today);
      if (outcome instanceof Outcome.Expired || outcome instanceof Outcome.NotOpen) {
        // false only when a newer event has rewritten the quote's record, which then says the truth
        expiries.remove(due, clock.instant());
      }
      return outcome;
    } catch (RuntimeException e) {
      return new Outcome.Failed(e);
    }
  }

  private Outcome decide(DueQuote due, LocalDate today) {
    try {
      CommandResult result = quotes.handle(due.tenant(), new ExpireQuote(due.quote(), today), contextFor(due, today));
      return new Outcome.Expired(result.replayed());
    } catch (Rejection rejection) {
      return switch (rejection.code()) {
        case "quote.not-open" -> new Outcome.NotOpen();
        case "quote.still-valid" -> new Outcome.StillValid();
        default -> new Outcome.Failed(rejection);
      };
    }
  }

  private CommandContext contextFor(DueQuote due, LocalDate today) {
    String commandId = "quote-expiry:" + today + ":" + due.quote();
    return new CommandContext(commandId, payloadHash(due, today), ACTOR, "quote-expiry:" + today, null, clock.instant(),
        OptionalLong.empty());
  }

  private static String payloadHash(DueQuote due, LocalDate today) {
    try {
      byte[] payload = ("ExpireQuote\n" + due.tenant().value() + "\n" + due.quote() + "\n" + today)
          .getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

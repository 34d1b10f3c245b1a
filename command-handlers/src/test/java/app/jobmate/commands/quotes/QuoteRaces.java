package app.jobmate.commands.quotes;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Many people pressing "issue" on one draft at the same moment, each with a command of their own. */
public final class QuoteRaces {

  private QuoteRaces() {
  }

  /** Each outcome is the command's result or its rejection. */
  public static List<Object> issueConcurrently(QuoteService quotes, TenantId tenant, QuoteId quote, int racers,
                                               Supplier<CommandContext> contexts) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(racers);
    try {
      CyclicBarrier start = new CyclicBarrier(racers);
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        CommandContext context = contexts.get();
        futures.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          try {
            return quotes.handle(tenant, new IssueQuote(quote, LocalDate.parse("2026-11-26"), null), context);
          } catch (Rejection rejection) {
            return rejection;
          }
        }));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }
}

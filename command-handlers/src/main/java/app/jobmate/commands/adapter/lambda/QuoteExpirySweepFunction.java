package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.dynamodb.DynamoDbQuoteExpiries;
import app.jobmate.commands.adapter.sqs.SqsSweepContinuations;
import app.jobmate.commands.adapter.sqs.SweepMessage;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.expiry.Budget;
import app.jobmate.commands.expiry.DueQuote;
import app.jobmate.commands.expiry.QuoteExpiries;
import app.jobmate.commands.expiry.QuoteExpirySweep;
import app.jobmate.commands.expiry.Sweep;
import app.jobmate.commands.expiry.SweepContinuations;
import app.jobmate.commands.expiry.SweepReport;
import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.quotes.QuoteService;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.adapter.SqsBatch;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The nightly quote expiry sweep, two entry points of one class (two functions in the template):
 * {@link #sweep} is invoked by EventBridge Scheduler and sweeps the day of the event's
 * {@code time}, the occurrence it was scheduled for, as a Europe/London date; {@link #continueSweep}
 * takes the rest of a sweep from the continuation queue. Each run does at most
 * {@code QUOTES_PER_RUN} quotes and stops in time to hand the rest on, so a backlog of any size is
 * swept in runs that never time out. Quotes that fail are logged one by one and stay in the index.
 *
 * <p>Settings: {@code EVENTS_TABLE}, {@code QUOTE_EXPIRIES_TABLE}, {@code SWEEP_QUEUE_URL},
 * {@code QUOTES_PER_RUN} (default 500).
 */
public final class QuoteExpirySweepFunction {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Time kept back from the invocation's timeout to hand the rest on and answer. */
  static final Duration MARGIN = Duration.ofSeconds(20);
  static final int DEFAULT_QUOTES_PER_RUN = 500;

  // expiring a quote never takes a quote number nor reads a tenant's policy: no access to the tenants table
  private static final QuoteNumbers NO_NUMBERS = (tenant, quote, now) -> {
    throw new IllegalStateException("the quote expiry sweep takes no quote numbers");
  };
  private static final QuotePolicies NO_POLICIES = tenant -> {
    throw new IllegalStateException("the quote expiry sweep reads no quote policies");
  };

  private final QuoteExpirySweep sweeper;
  private final SweepContinuations continuations;
  private final Clock clock;
  private final int quotesPerRun;

  public QuoteExpirySweepFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("QuoteExpirySweepFunction", this::prime);
  }

  private QuoteExpirySweepFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")),
        new DynamoDbQuoteExpiries(dynamoDb, settings.require("QUOTE_EXPIRIES_TABLE")),
        new SqsSweepContinuations(SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
            settings.require("SWEEP_QUEUE_URL")),
        Clock.systemUTC(), settings.getInt("QUOTES_PER_RUN", DEFAULT_QUOTES_PER_RUN));
  }

  public QuoteExpirySweepFunction(EventStore events, QuoteExpiries expiries, SweepContinuations continuations, Clock clock,
                                  int quotesPerRun) {
    if (quotesPerRun < 1) {
      throw new IllegalArgumentException("QUOTES_PER_RUN must be at least 1");
    }
    this.sweeper = new QuoteExpirySweep(expiries, new QuoteService(new CommandService(events), NO_NUMBERS, NO_POLICIES,
        new CustomerStandings(events)), clock);
    this.continuations = continuations;
    this.clock = clock;
    this.quotesPerRun = quotesPerRun;
  }

  /**
   * The night's sweep. The day is the scheduled occurrence's, not the clock's: a retry hours
   * later sweeps the same day with the same command ids, and the local cloud's schedules (which
   * tests run on a clock of their own) fill the time in as EventBridge Scheduler does.
   */
  public Map<String, Object> sweep(ScheduledEvent event, Context context) {
    Instant scheduledAt = event.getTime() != null ? Instant.ofEpochMilli(event.getTime().getMillis()) : clock.instant();
    SweepReport report = runAndHandOn(Sweep.of(LocalDate.ofInstant(scheduledAt, LONDON)), context);
    return summary(report);
  }

  /** The rest of a sweep, one continuation per message. */
  public SQSBatchResponse continueSweep(SQSEvent event, Context context) {
    return SqsBatch.process(event, SweepMessage::read, sweeps -> {
      Map<Integer, RuntimeException> failed = new LinkedHashMap<>();
      for (int i = 0; i < sweeps.size(); i++) {
        try {
          runAndHandOn(sweeps.get(i), context);
        } catch (RuntimeException e) {
          failed.put(i, e);
        }
      }
      return failed;
    }, context.getLogger());
  }

  private SweepReport runAndHandOn(Sweep next, Context context) {
    Budget budget = handled -> handled < quotesPerRun && context.getRemainingTimeInMillis() > MARGIN.toMillis();
    SweepReport report = sweeper.run(next, budget);
    LambdaLogger log = context.getLogger();
    for (SweepReport.Failure failure : report.failures()) {
      DueQuote due = failure.quote();
      log.log("ERROR quote expiry of quote " + due.quote() + " of tenant " + due.tenant() + " (valid until "
          + due.validUntil() + ", index version " + due.version() + ") failed: " + failure.reason() + stackTop(failure.cause()));
    }
    report.rest().ifPresent(continuations::schedule);
    log.log("INFO quote expiry sweep of " + next.today() + next.after().map(p -> " after " + p).orElse("") + ": "
        + summary(report));
    return report;
  }

  private static Map<String, Object> summary(SweepReport report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("today", report.sweep().today().toString());
    summary.put("expired", report.expired());
    summary.put("notOpen", report.notOpen());
    summary.put("stillValid", report.stillValid());
    summary.put("failed", report.failures().size());
    summary.put("continued", report.rest().isPresent());
    return summary;
  }

  private static String stackTop(RuntimeException cause) {
    StackTraceElement[] trace = cause.getStackTrace();
    return trace.length == 0 ? "" : " at " + trace[0];
  }

  /**
   * Sweeps a day before any quote existed (the index is read and holds nothing due), expires a
   * quote that does not exist in a tenant that does not exist (the event store is read and the
   * decider refuses: 404 quote.not-found), and reads a continuation: nothing is written.
   */
  void prime() {
    sweeper.run(Sweep.of(PRIMING_DAY), Budget.quotes(1));
    sweeper.expire(new DueQuote(TenantId.of("snapstart-priming"), QuoteId.of(PRIMING_QUOTE), PRIMING_DAY.minusDays(1), 1),
        PRIMING_DAY);
    SweepMessage.read(SweepMessage.write(new Sweep(PRIMING_DAY, Optional.empty())));
  }

  private static final LocalDate PRIMING_DAY = LocalDate.of(2000, 1, 1);
  private static final String PRIMING_QUOTE = "00000000-0000-7000-8000-000000000000";
}

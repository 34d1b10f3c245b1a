package app.jobmate.localcloud.schedule;

import static app.jobmate.localcloud.template.Intrinsics.ACCOUNT_ID;
import static app.jobmate.localcloud.template.Intrinsics.REGION;
import static app.jobmate.localcloud.template.Intrinsics.STACK_NAME;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.Functions;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.sqs.LocalSqs;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The template's schedules, run against a clock: functions' {@code Schedule} events (EventBridge
 * rules, UTC, the "Scheduled Event" JSON or the event's {@code Input}) and {@code ScheduleV2} events
 * (EventBridge Scheduler, in {@code ScheduleExpressionTimezone}, the {@code Input} with its
 * {@code <aws.scheduler.*>} context attributes filled in), {@code AWS::Events::Rule}s with a
 * {@code ScheduleExpression} and {@code AWS::Scheduler::Schedule}s, whose targets are functions or
 * queues. Functions are invoked asynchronously, as EventBridge invokes them, with Lambda's two
 * retries of a failed asynchronous invocation (after one and two minutes). The clock is checked every
 * quarter second; occurrences missed while the clock jumped forward are not replayed.
 */
public final class Schedules implements AutoCloseable {

  /** One schedule: its expression in its zone from its origin, and what it does at each occurrence. */
  record Job(String name, String expressionText, ScheduleExpression expression, ZoneId zone, Instant origin, boolean immediate,
      Optional<Instant> end, Consumer<Instant> action) {

    Optional<Instant> first(Instant now) {
      Instant after = immediate ? (origin.isAfter(now) ? origin : now).minusMillis(1) : now;
      return following(after);
    }

    Optional<Instant> following(Instant after) {
      return expression.next(after, origin, zone).filter(at -> end.isEmpty() || !at.isAfter(end.get()));
    }
  }

  private static final class Pending {
    final Job job;
    volatile Optional<Instant> next;

    Pending(Job job, Optional<Instant> next) {
      this.job = job;
      this.next = next;
    }
  }

  private static final Duration TICK = Duration.ofMillis(250);
  private static final Duration WAIT_FOR_SLOT = Duration.ofMinutes(1);
  private static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2));

  private final Clock clock;
  private final Consumer<String> log;
  private final List<Pending> pending = new ArrayList<>();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "schedules");
    thread.setDaemon(true);
    return thread;
  });
  private final ExecutorService work = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("schedule-", 0).factory());

  private Schedules(Clock clock, Consumer<String> log) {
    this.clock = clock;
    this.log = log;
  }

  public static Schedules fromTemplate(Intrinsics intrinsics, Functions functions, LocalSqs sqs, Clock clock, Consumer<String> log) {
    Schedules schedules = new Schedules(clock, log);
    Instant now = clock.instant();
    for (LambdaFunction function : functions.all()) {
      Template.Resource resource = intrinsics.template().resource(function.spec().logicalId()).orElseThrow();
      intrinsics.properties(resource).path("Events").properties().forEach(event -> {
        JsonNode settings = event.getValue().path("Properties");
        String generatedName = STACK_NAME + "-" + resource.logicalId() + event.getKey();
        switch (event.getValue().path("Type").asText()) {
          case "Schedule" -> {
            if (settings.path("Enabled").asBoolean(true) && !settings.path("State").asText("ENABLED").equals("DISABLED")) {
              String name = settings.path("Name").asText(generatedName);
              schedules.add(name, settings.path("Schedule").asText(), "UTC", now, false, Optional.empty(),
                  schedules.invoking(function, name, eventBridgePayload(settings.get("Input"), name)));
            }
          }
          case "ScheduleV2" -> {
            if (!settings.path("State").asText("ENABLED").equals("DISABLED")) {
              String name = settings.path("Name").asText(generatedName);
              schedules.addSchedulerSchedule(name, settings, now,
                  schedules.invoking(function, name, schedulerPayload(settings.get("Input"), settings, name)));
            }
          }
          default -> {
          }
        }
      });
    }
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (!intrinsics.isDeployed(resource)) {
        continue;
      }
      ObjectNode properties = intrinsics.properties(resource);
      if (resource.is("AWS::Events::Rule") && properties.has("ScheduleExpression")
          && !properties.path("State").asText("ENABLED").equals("DISABLED")) {
        String name = LocalResourceNames.ruleName(resource, intrinsics);
        for (JsonNode target : properties.path("Targets")) {
          Function<Instant, byte[]> payload = eventBridgePayload(target.get("Input"), name);
          schedules.target(name, target.path("Arn").asText(), functions, sqs, payload).ifPresent(action ->
              schedules.add(name + "/" + target.path("Id").asText(), properties.path("ScheduleExpression").asText(), "UTC", now,
                  false, Optional.empty(), action));
        }
      }
      if (resource.is("AWS::Scheduler::Schedule") && !properties.path("State").asText("ENABLED").equals("DISABLED")) {
        String name = properties.path("Name").asText(resource.logicalId());
        JsonNode target = properties.path("Target");
        schedules.target(name, target.path("Arn").asText(), functions, sqs, schedulerPayload(target.get("Input"), properties, name))
            .ifPresent(action -> schedules.addSchedulerSchedule(name, properties, now, action));
      }
    }
    return schedules;
  }

  private void addSchedulerSchedule(String name, JsonNode settings, Instant now, Consumer<Instant> action) {
    Optional<Instant> start = Optional.ofNullable(settings.get("StartDate")).map(d -> Instant.parse(d.asText()));
    Optional<Instant> end = Optional.ofNullable(settings.get("EndDate")).map(d -> Instant.parse(d.asText()));
    // without a StartDate, EventBridge Scheduler starts a rate schedule at once
    add(name, settings.path("ScheduleExpression").asText(), settings.path("ScheduleExpressionTimezone").asText("UTC"),
        start.orElse(now), true, end, action);
  }

  private void add(String name, String expression, String zone, Instant origin, boolean immediate, Optional<Instant> end,
      Consumer<Instant> action) {
    ScheduleExpression parsed;
    try {
      parsed = ScheduleExpression.parse(expression);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schedule " + name + ": " + e.getMessage(), e);
    }
    Job job = new Job(name, expression, parsed, ZoneId.of(zone), origin, immediate, end, action);
    pending.add(new Pending(job, job.first(clock.instant())));
  }

  private Optional<Consumer<Instant>> target(String schedule, String arn, Functions functions, LocalSqs sqs,
      Function<Instant, byte[]> payload) {
    Optional<LambdaFunction> function = functions.byArn(arn);
    if (function.isPresent()) {
      return Optional.of(invoking(function.get(), schedule, payload));
    }
    if (arn.startsWith("arn:aws:sqs:")) {
      String url = sqs.urlOfArn(arn);
      return Optional.of(at -> sqs.client().sendMessage(r -> r.queueUrl(url).messageBody(new String(payload.apply(at),
          StandardCharsets.UTF_8))));
    }
    log.accept("schedule " + schedule + ": target " + arn + " is neither a function nor a queue of the template; not emulated");
    return Optional.empty();
  }

  private Consumer<Instant> invoking(LambdaFunction function, String schedule, Function<Instant, byte[]> payload) {
    return at -> invoke(function, schedule, payload.apply(at), 0);
  }

  private void invoke(LambdaFunction function, String schedule, byte[] payload, int retries) {
    try {
      function.invoke(payload, WAIT_FOR_SLOT);
    } catch (FunctionError error) {
      if (retries < RETRY_DELAYS.size()) {
        Duration delay = RETRY_DELAYS.get(retries);
        log.accept("schedule " + schedule + ": " + function.spec().logicalId() + " failed (" + error.getMessage() + "); retrying in "
            + delay.toMinutes() + " min");
        ticker.schedule(() -> work.execute(() -> invoke(function, schedule, payload, retries + 1)), delay.toMillis(),
            TimeUnit.MILLISECONDS);
      } else {
        log.accept("schedule " + schedule + ": " + function.spec().logicalId() + " failed after its retries: " + error.getMessage());
      }
    }
  }

  /** An EventBridge rule's target gets the target's Input, else the scheduled event. */
  private static Function<Instant, byte[]> eventBridgePayload(JsonNode input, String ruleName) {
    if (input != null && !input.isNull()) {
      byte[] fixed = (input.isTextual() ? input.asText() : Json.text(input)).getBytes(StandardCharsets.UTF_8);
      return at -> fixed;
    }
    return at -> {
      ObjectNode event = Json.object();
      event.put("version", "0");
      event.put("id", UUID.randomUUID().toString());
      event.put("detail-type", "Scheduled Event");
      event.put("source", "aws.events");
      event.put("account", ACCOUNT_ID);
      event.put("time", at.truncatedTo(ChronoUnit.SECONDS).toString());
      event.put("region", REGION);
      event.putArray("resources").add("arn:aws:events:" + REGION + ":" + ACCOUNT_ID + ":rule/" + ruleName);
      event.putObject("detail");
      return Json.bytes(event);
    };
  }

  /**
   * EventBridge Scheduler sends the target's Input with its context attributes filled in. Without an
   * Input AWS sends a "default notification" whose shape it does not document; locally that is {@code {}}.
   */
  private static Function<Instant, byte[]> schedulerPayload(JsonNode input, JsonNode settings, String name) {
    String arn = "arn:aws:scheduler:" + REGION + ":" + ACCOUNT_ID + ":schedule/" + settings.path("GroupName").asText("default") + "/"
        + name;
    String template = input == null || input.isNull() ? "{}" : input.isTextual() ? input.asText() : Json.text(input);
    return at -> template
        .replace("<aws.scheduler.schedule-arn>", arn)
        .replace("<aws.scheduler.scheduled-time>", at.truncatedTo(ChronoUnit.SECONDS).toString())
        .replace("<aws.scheduler.execution-id>", UUID.randomUUID().toString())
        .replace("<aws.scheduler.attempt-number>", "1")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** One line per schedule: its name, expression, zone and next occurrence. */
  public List<String> summary() {
    return pending.stream().map(p -> p.job.name() + "  " + p.job.expressionText() + " " + p.job.zone()
        + "  next " + p.next.map(at -> at.truncatedTo(ChronoUnit.SECONDS).toString()).orElse("never")).toList();
  }

  public void start() {
    ticker.scheduleAtFixedRate(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tick() {
    Instant now = clock.instant();
    for (Pending schedule : pending) {
      Optional<Instant> due = schedule.next;
      if (due.isPresent() && !now.isBefore(due.get())) {
        Instant at = due.get();
        schedule.next = schedule.job.following(now);
        work.execute(() -> {
          try {
            schedule.job.action().accept(at);
          } catch (RuntimeException e) {
            log.accept("schedule " + schedule.job.name() + " failed at " + at + ": " + e);
          }
        });
      }
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    work.shutdown();
    try {
      if (!work.awaitTermination(30, TimeUnit.SECONDS)) {
        log.accept("scheduled invocations still running at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package app.jobmate.localcloud.drills;

import static app.jobmate.localcloud.drills.Api.ADAM;
import static app.jobmate.localcloud.drills.Api.BEN;
import static app.jobmate.localcloud.drills.Api.OLIVIA;
import static app.jobmate.localcloud.drills.Api.SAM;
import static app.jobmate.localcloud.drills.Api.SOPHIE;

import app.jobmate.commands.conversion.JobIds;
import app.jobmate.commands.core.UuidV7;
import app.jobmate.events.quotes.QuoteId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seeded day of work for two businesses, sent as real HTTP commands: quotes drafted, given lines,
 * issued, viewed, accepted, declined or withdrawn; tasks created (some with a checklist and a due
 * date), assigned and reassigned, started and completed by the staff they are assigned to, or
 * cancelled. The seed decides every choice, so a drill's plan is the same on every run; new records
 * get new UUIDv7 ids, and every command its own {@code Idempotency-Key}. Each record's commands go
 * in order, the records' side by side on several workers.
 */
final class Workload {

  /** How a command that got no answer, or a 5xx, is treated. */
  enum Retry {
    /** Recorded as it is: the drill expects every command answered. */
    NEVER,
    /** Sent again, same key, same request, until it is answered with something else (a client riding out a crash). */
    UNTIL_ANSWERED
  }

  /** One command of a record's story; {@code streamKey}, when not null, the stream it writes instead of the story's. */
  record Step(String user, String method, String path, String body, String streamKey) {

    Step(String user, String method, String path, String body) {
      this(user, method, path, body, null);
    }
  }

  /** The commands of one record (a quote, a task, a job, a customer), in order, and the stream they write. */
  record Story(String streamKey, List<Step> steps) {
  }

  /** The customer each business's drill quotes are for, entered once per cloud ({@link #enterCustomers}). */
  static final String ACME_CUSTOMER = "0193a5b2-7c41-7d2e-9f3a-00000000c001";
  static final String BRIGHTSIDE_CUSTOMER = "0193a5b2-7c41-7d2e-9f3a-00000000c002";

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Duration RETRY_PATIENCE = Duration.ofSeconds(90);

  private final List<Story> stories;

  private Workload(List<Story> stories) {
    this.stories = List.copyOf(stories);
  }

  /**
   * {@code quotes} and {@code tasks} records in all, and for every three quotes a job created directly,
   * a customer and an expense of Acme's staff, about two in three of them Acme's and the rest Brightside's, planned from
   * {@code seed}; {@code staff} maps each assignee's username to its user id. Some accepted quotes are
   * converted to their jobs, which are then worked like the others.
   */
  static Workload plan(long seed, int quotes, int tasks, Map<String, String> userIds) {
    Random random = new Random(seed);
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < quotes; i++) {
      stories.add(quote(random, i, random.nextInt(3) < 2));
    }
    for (int i = 0; i < tasks; i++) {
      stories.add(task(random, i, random.nextInt(3) < 2, userIds));
    }
    for (int i = 0; i < (quotes + 2) / 3; i++) {
      stories.add(job(random, i, random.nextInt(3) < 2));
      stories.add(customer(random, i, random.nextInt(3) < 2));
      stories.add(expense(random, i, userIds));
    }
    Collections.shuffle(stories, random);
    return new Workload(stories);
  }

  /**
   * Enters the customers the drill quotes are for (quotes are drafted only for customers in the
   * book): created, or already there from before a restart on the same data.
   */
  static void enterCustomers(Api api) {
    for (Map.Entry<String, String> customer : Map.of(OLIVIA, ACME_CUSTOMER, BEN, BRIGHTSIDE_CUSTOMER).entrySet()) {
      Api.Answer answer = api.command(customer.getKey(), "POST", "/customers", """
          {"customerId": "%s", "kind": "company", "name": "Drill Lettings Ltd",
           "sites": [{"siteId": "%s", "address": {"lines": ["1 Drill Street"], "town": "Leeds", "postcode": "LS1 1AA"}}]}"""
          .formatted(customer.getValue(), newId()), UUID.randomUUID().toString());
      if (answer.status() != 201 && !answer.body().contains("customer.exists")) {
        throw new IllegalStateException("cannot enter the drill's customer: " + answer.status() + " " + answer.body());
      }
    }
  }

  /** These stories, as they are. */
  static Workload of(List<Story> stories) {
    return new Workload(stories);
  }

  List<Story> stories() {
    return stories;
  }

  int commands() {
    return stories.stream().mapToInt(s -> s.steps().size()).sum();
  }

  private static Story quote(Random random, int n, boolean acme) {
    String quoteId = newId();
    String tenant = acme ? "t-acme" : "t-brightside";
    String office = acme ? (random.nextBoolean() ? OLIVIA : ADAM) : BEN;
    String customer = acme ? ACME_CUSTOMER : BRIGHTSIDE_CUSTOMER;
    List<Step> steps = new ArrayList<>();
    String title = "Drill quote " + n;
    steps.add(new Step(office, "POST", "/quotes", """
        {"quoteId": "%s", "customerId": "%s", "title": "%s",
         "lines": [%s]}""".formatted(quoteId, customer, title, line(random, false))));
    String path = "/quotes/" + quoteId;
    for (int lines = random.nextInt(3); lines > 0; lines--) {
      steps.add(new Step(office, "POST", path + "/lines", line(random, random.nextInt(5) == 0)));
    }
    if (random.nextInt(5) == 0) {
      steps.add(new Step(office, "PUT", path, """
          {"customerId": "%s", "title": "%s (changed)"}""".formatted(customer, title)));
    }
    if (random.nextInt(7) > 0) {
      steps.add(new Step(office, "POST", path + "/issue", "{}"));
      if (random.nextBoolean()) {
        steps.add(new Step(office, "POST", path + "/view", "{}"));
      }
      int outcome = random.nextInt(20);
      if (outcome < 7) {
        steps.add(new Step(office, "POST", path + "/accept", "{\"optionalLinesTaken\": []}"));
        if (random.nextInt(3) > 0) {
          String jobId = JobIds.fromQuote(new QuoteId(UUID.fromString(quoteId))).value().toString();
          steps.add(new Step(office, "POST", path + "/convert-to-job", "{}", tenant + "#job#" + jobId));
          steps.addAll(jobWork(random, office, "/jobs/" + jobId, tenant + "#job#" + jobId));
        }
      } else if (outcome < 12) {
        steps.add(new Step(office, "POST", path + "/decline", """
            {"reason": "%s", "note": "drill"}""".formatted(random.nextBoolean() ? "price" : "timing")));
      } else if (outcome < 14) {
        steps.add(new Step(office, "POST", path + "/withdraw", "{\"reason\": \"The customer moved house\"}"));
      }
    }
    return new Story(tenant + "#quote#" + quoteId, steps);
  }

  private static Story job(Random random, int n, boolean acme) {
    String jobId = newId();
    String tenant = acme ? "t-acme" : "t-brightside";
    String office = acme ? (random.nextBoolean() ? OLIVIA : ADAM) : BEN;
    String stream = tenant + "#job#" + jobId;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(office, "POST", "/jobs", """
        {"jobId": "%s", "customerId": "%s", "title": "Drill job %d", "agreedValue": {"net": %d, "vat": %d}}"""
        .formatted(jobId, acme ? ACME_CUSTOMER : BRIGHTSIDE_CUSTOMER, n, 10_000 + 100 * random.nextInt(1000),
            100 * random.nextInt(200))));
    steps.addAll(jobWork(random, office, "/jobs/" + jobId, stream));
    return new Story(stream, steps);
  }

  /** A job's life after it opened: booked (and perhaps moved), notes, started, finished or cancelled, sometimes reopened. */
  private static List<Step> jobWork(Random random, String office, String path, String stream) {
    List<Step> steps = new ArrayList<>();
    for (int bookings = random.nextInt(3); bookings > 0; bookings--) {
      steps.add(new Step(office, "POST", path + "/schedule", "{\"day\": \"%s\"}"
          .formatted(LocalDate.now(UK).plusDays(1 + random.nextInt(20))), stream));
    }
    if (random.nextBoolean()) {
      steps.add(new Step(office, "POST", path + "/notes", "{\"noteId\": \"%s\", \"text\": \"Drill note\"}"
          .formatted(newId()), stream));
    }
    int outcome = random.nextInt(6);
    if (outcome < 4) {
      steps.add(new Step(office, "POST", path + "/start", "{}", stream));
      if (outcome < 3) {
        steps.add(new Step(office, "POST", path + "/complete", "{}", stream));
        if (outcome == 0) {
          steps.add(new Step(office, "POST", path + "/reopen", "{\"reason\": \"Snagging\"}", stream));
        }
      }
    } else if (outcome == 4) {
      steps.add(new Step(office, "POST", path + "/cancel", "{\"reason\": \"The customer cancelled\"}", stream));
    }
    return steps;
  }

  private static Story customer(Random random, int n, boolean acme) {
    String customerId = newId();
    String tenant = acme ? "t-acme" : "t-brightside";
    String owner = acme ? OLIVIA : BEN;
    String office = acme ? (random.nextBoolean() ? OLIVIA : ADAM) : BEN;
    String path = "/customers/" + customerId;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(office, "POST", "/customers", """
        {"customerId": "%s", "kind": "person", "name": "Drill Customer %d", "emails": ["drill%d@example.com"],
         "phones": ["0113 496 0%03d"], "sites": [{"siteId": "%s", "address": {"lines": ["%d Drill Road"], "town": "Leeds",
         "postcode": "ls2 %dab"}}]}""".formatted(customerId, n, n, random.nextInt(1000), newId(), 1 + n, 1 + random.nextInt(9))));
    if (random.nextBoolean()) {
      steps.add(new Step(office, "PUT", path, """
          {"kind": "person", "name": "Drill Customer %d (renamed)", "emails": ["renamed%d@example.com"]}""".formatted(n, n)));
    }
    if (random.nextBoolean()) {
      steps.add(new Step(office, "POST", path + "/sites", """
          {"siteId": "%s", "address": {"lines": ["Unit %d, Drill Park"], "town": "York", "postcode": "YO1 %dAA"},
           "accessNotes": "Key in the safe"}""".formatted(newId(), 1 + random.nextInt(50), 1 + random.nextInt(9))));
    }
    int outcome = random.nextInt(6);
    if (outcome < 2) {
      steps.add(new Step(office, "POST", path + "/archive", "{}"));
      if (outcome == 0) {
        steps.add(new Step(office, "POST", path + "/restore", "{}"));
      }
    } else if (outcome == 2) {
      steps.add(new Step(owner, "POST", path + "/erase", "{}"));
    }
    return new Story(tenant + "#customer#" + customerId, steps);
  }

  /** An expense a member of Acme's staff paid: logged, perhaps changed, submitted, approved and reimbursed, or refused. */
  private static Story expense(Random random, int n, Map<String, String> userIds) {
    String expenseId = newId();
    String staff = random.nextBoolean() ? SAM : SOPHIE;
    String office = random.nextBoolean() ? OLIVIA : ADAM;
    String details = """
        {%s"date": "%s", "supplier": "Drill Merchants %d", "category": "%s", "%s": %d, "vatCode": "%s",
         "paidBy": "member", "member": "%s"}""";
    String category = List.of("materials", "fuel", "tools", "subsistence", "other").get(random.nextInt(5));
    String vat = List.of("standard", "standard", "reduced", "zero").get(random.nextInt(4));
    LocalDate day = LocalDate.now(UK).minusDays(random.nextInt(20));
    String path = "/expenses/" + expenseId;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(staff, "POST", "/expenses", details.formatted("\"expenseId\": \"" + expenseId + "\", ", day, n, category,
        random.nextBoolean() ? "net" : "gross", 500 + random.nextInt(20_000), vat, userIds.get(staff))));
    if (random.nextInt(4) == 0) {
      steps.add(new Step(staff, "PUT", path, details.formatted("", day, n, category, "gross", 600 + random.nextInt(20_000), vat,
          userIds.get(staff))));
    }
    if (random.nextInt(5) > 0) {
      steps.add(new Step(staff, "POST", path + "/submit", "{}"));
      int outcome = random.nextInt(4);
      if (outcome < 2) {
        steps.add(new Step(office, "POST", path + "/approve", "{}"));
        if (outcome == 0) {
          steps.add(new Step(office, "POST", path + "/reimburse", "{}"));
        }
      } else if (outcome == 2) {
        steps.add(new Step(office, "POST", path + "/refuse", "{\"reason\": \"No receipt\"}"));
      }
    }
    return new Story("t-acme#expense#" + expenseId, steps);
  }

  private static String line(Random random, boolean optional) {
    String[] vat = {"standard", "standard", "reduced", "zero"};
    return """
        {"lineId": "%s", "description": "Drill work %d", "quantity": %d, "unitPrice": %d, "vatCode": "%s"%s}"""
        .formatted(newId(), random.nextInt(1000), 1 + random.nextInt(4), 1_000 + random.nextInt(50_000),
            vat[random.nextInt(vat.length)], optional ? ", \"optional\": true" : "");
  }

  private static Story task(Random random, int n, boolean acme, Map<String, String> userIds) {
    String taskId = newId();
    String tenant = acme ? "t-acme" : "t-brightside";
    List<String> staff = acme ? List.of(SAM, SOPHIE) : List.of(BEN);
    String office = acme ? (random.nextBoolean() ? OLIVIA : ADAM) : BEN;
    String assignee = random.nextInt(5) > 0 ? staff.get(random.nextInt(staff.size())) : null;
    List<String> items = new ArrayList<>();
    StringBuilder create = new StringBuilder("{\"taskId\": \"%s\", \"title\": \"Drill task %d\", \"priority\": \"%s\""
        .formatted(taskId, n, List.of("low", "normal", "high", "urgent").get(random.nextInt(4))));
    if (assignee != null) {
      create.append(", \"assignee\": \"").append(userIds.get(assignee)).append('"');
    }
    if (random.nextInt(5) < 3) {
      create.append(", \"dueDate\": \"").append(LocalDate.now(UK).plusDays(random.nextInt(9) - 2)).append('"');
    }
    if (random.nextInt(5) < 2) {
      create.append(", \"checklist\": [");
      for (int i = random.nextInt(3); i >= 0; i--) {
        String item = newId();
        items.add(item);
        create.append("{\"itemId\": \"").append(item).append("\", \"text\": \"Step ").append(items.size()).append("\"}")
            .append(i > 0 ? ", " : "");
      }
      create.append(']');
    }
    create.append('}');
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(office, "POST", "/tasks", create.toString()));
    String path = "/tasks/" + taskId;
    if (random.nextInt(10) < 3) {
      String item = newId();
      items.add(item);
      steps.add(new Step(office, "POST", path + "/checklist", "{\"itemId\": \"%s\", \"text\": \"Added\"}".formatted(item)));
    }
    if (acme && random.nextInt(4) == 0) {
      // a change of hands, never a no-op (unassigning a task no one has records nothing)
      String next = assignee != null && random.nextInt(5) == 0 ? null : assignee == null ? SAM : assignee.equals(SAM) ? SOPHIE : SAM;
      steps.add(new Step(office, "PUT", path + "/assignee",
          "{\"assignee\": " + (next == null ? "null" : "\"" + userIds.get(next) + "\"") + "}"));
      assignee = next;
    }
    String worker = assignee != null ? assignee : office;
    if (!items.isEmpty() && random.nextBoolean()) {
      steps.add(new Step(worker, "POST", path + "/checklist/" + items.getFirst() + "/tick", "{}"));
    }
    if (random.nextInt(10) < 6) {
      steps.add(new Step(worker, "POST", path + "/start", "{}"));
      int outcome = random.nextInt(10);
      if (outcome < 5) {
        steps.add(new Step(worker, "POST", path + "/complete", "{}"));
      } else if (outcome < 7) {
        steps.add(new Step(office, "POST", path + "/cancel", "{\"reason\": \"No longer needed\"}"));
      }
    }
    return new Story(tenant + "#task#" + taskId, steps);
  }

  static String newId() {
    return UuidV7.at(Instant.now()).toString();
  }

  /** The workload running on {@code workers} threads; each story stops at its first command not accepted. */
  Running start(Api api, Ledger ledger, int workers, Retry retry) {
    return new Running(api, ledger, workers, retry);
  }

  /** A workload on its way. */
  final class Running {
    private final ExecutorService pool;
    private final List<Future<?>> stories = new ArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();

    private Running(Api api, Ledger ledger, int workers, Retry retry) {
      pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().name("drill-worker-", 0).factory());
      for (Story story : Workload.this.stories) {
        stories.add(pool.submit(() -> {
          for (Step step : story.steps()) {
            Ledger.Sent done = send(api, story, step, retry);
            ledger.add(done);
            sent.incrementAndGet();
            if (!done.accepted()) {
              break;
            }
          }
          return null;
        }));
      }
      pool.shutdown();
    }

    /** How many commands have been answered (or given up on) so far. */
    int sent() {
      return sent.get();
    }

    void awaitSent(int commands) throws InterruptedException {
      while (sent.get() < commands && !pool.isTerminated()) {
        Thread.sleep(10);
      }
    }

    void await() throws Exception {
      if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the workload did not finish in 5 minutes");
      }
      for (Future<?> story : stories) {
        story.get();
      }
    }
  }

  private static Ledger.Sent send(Api api, Story story, Step step, Retry retry) throws InterruptedException {
    String key = UUID.randomUUID().toString();
    long deadline = System.nanoTime() + RETRY_PATIENCE.toNanos();
    while (true) {
      Api.Answer answer = api.command(step.user(), step.method(), step.path(), step.body(), key);
      boolean unanswered = answer.status() == 0 || answer.status() >= 500;
      if (retry == Retry.NEVER || !unanswered || System.nanoTime() > deadline) {
        return new Ledger.Sent(step.user(), step.method(), step.path(), step.body(),
            step.streamKey() == null ? story.streamKey() : step.streamKey(), key, answer);
      }
      Thread.sleep(200);
    }
  }
}

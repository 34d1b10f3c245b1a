package app.jobmate.localcloud.drills;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.lambda.RebuildProjection;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bson.Document;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The seven "nothing lost" invariants, checked after a drill has drained, over everything the system
 * holds (not only the drill's own records):
 *
 * <ol>
 *   <li>every accepted command (2xx) is in the event store exactly once, at the version it answered;
 *       a refused one (4xx) is not there at all;</li>
 *   <li>every stored event has reached every read model: each quote's list item and detail, each
 *       task's document, and the quote expiry index, are at the store's last version of their stream
 *       (the index at least at its last event the index's rule delivers) and say what the stream says;</li>
 *   <li>no read model is ahead of the store: no document or index entry at a version the store does
 *       not have, nor for a stream it does not have;</li>
 *   <li>no event was applied twice: each document's history has each version once, and the quotes
 *       pipeline and the open tasks by assignee, asked of the query API, count exactly what the store
 *       says;</li>
 *   <li>every dead-letter queue of the template is empty, but for the poison messages the drill sent
 *       on purpose, which are there and alone;</li>
 *   <li>every WebSocket message shows a state the store had: its subject (a task, a quote, an expense)
 *       is of the receiver's tenant, its version one the stream reached, and what it shows is the stream
 *       folded to that version;</li>
 *   <li>every read model of every read side ({@link ReadSides#ALL}: quotes, tasks, jobs, customers, the
 *       team, the business, and whatever context comes next) holds exactly what a rebuild from the
 *       store makes of it, document for document, version for version: nothing missing, nothing
 *       extra, nothing ahead or behind, nothing applied twice or out of order.</li>
 * </ol>
 *
 * <p>Invariants 2 to 4 fold the quotes and tasks with the test's own code, so that a projection's own
 * bug shows there too; invariant 7 uses the projections' code (a rebuild reads each stream whole,
 * in order, once), so it holds every read side to what delivery through the bus must reach.
 */
final class Invariants {

  /** Where to look: the API, the tables, the dead-letter queues (logical id to URL) and the read models. */
  record Site(Api api, DynamoDbClient dynamoDb, String eventsTable, String expiriesTable, SqsClient sqs,
              Map<String, String> deadLetterQueues, MongoDatabase mongo, Rebuilder rebuilder) {
  }

  /** A rebuild of every projection from the store into {@code target}, as the site's rebuild function would make it. */
  interface Rebuilder {
    RebuildProjection into(ReadModels target);
  }

  /** One invariant's verdict, with what broke it. */
  record Check(String name, List<String> failures) {

    boolean passed() {
      return failures.isEmpty();
    }

    @Override
    public String toString() {
      return (passed() ? "PASS " : "FAIL ") + name + (passed() ? "" : ": " + failures.size() + " failure(s), e.g.\n    "
          + String.join("\n    ", failures.subList(0, Math.min(8, failures.size()))));
    }
  }

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final List<String> TENANTS = List.of("t-acme", "t-brightside");
  private static final Map<String, String> OWNERS = Map.of("t-acme", Api.OLIVIA, "t-brightside", Api.BEN);

  private final Site site;
  private final Store store;

  private Invariants(Site site, Store store) {
    this.site = site;
    this.store = store;
  }

  static Store store(Site site) {
    return Store.read(site.dynamoDb(), site.eventsTable());
  }

  /**
   * Checks all six against the store as it is now; {@code poison} names the messages a drill put in a
   * queue on purpose (dead-letter queue logical id to bodies).
   */
  static List<Check> check(Site site, Ledger ledger, Devices devices, Map<String, List<String>> poison) {
    Invariants invariants = new Invariants(site, store(site));
    QuotesAndTasks models = invariants.readModels();
    return List.of(
        invariants.storedOnce(ledger),
        invariants.reachedEveryReadModel(models),
        invariants.noneAhead(models),
        invariants.noneAppliedTwice(models),
        invariants.deadLettersExplained(poison),
        invariants.pushedStatesExisted(devices),
        invariants.everyReadModelAsRebuilt());
  }

  /** Invariant 2 alone, as the store and the read models are now (to see that nothing stalls while a fault lasts). */
  static Check everyEventReachedEveryReadModel(Site site) {
    Invariants invariants = new Invariants(site, store(site));
    return invariants.reachedEveryReadModel(invariants.readModels());
  }

  /** The three read models and the expiry index, keyed by {@code <tenantId>#<id>}. */
  private record QuotesAndTasks(Map<String, Document> quoteList, Map<String, Document> quoteDetail, Map<String, Document> tasks,
                            Map<String, Map<String, AttributeValue>> expiries) {
  }

  private QuotesAndTasks readModels() {
    Map<String, Map<String, AttributeValue>> expiries = new HashMap<>();
    site.dynamoDb().scanPaginator(ScanRequest.builder().tableName(site.expiriesTable()).consistentRead(true).build()).items()
        .forEach(item -> expiries.put(item.get("quote").s(), item));
    return new QuotesAndTasks(documents("quote_list"), documents("quote_detail"), documents("task"), expiries);
  }

  /** The documents of a projection's active collection (its placement names it once it has been rebuilt). */
  private Map<String, Document> documents(String projection) {
    Document placement = site.mongo().getCollection("projections").find(new Document("_id", projection)).first();
    String active = placement == null ? projection : placement.getString("active");
    Map<String, Document> documents = new HashMap<>();
    site.mongo().getCollection(active).find().forEach(d -> documents.put(d.getString("_id"), d));
    return documents;
  }

  // 1 ------------------------------------------------------------------------------------------------

  /**
   * The same command sent at once several times under one Idempotency-Key (a double click): a copy that lost
   * every race answers 409 "try again" while its twin, still running, goes on to store the command. The refusal
   * is true of that request (it wrote nothing) and the command is stored once, as the twin's answer says.
   */
  private static boolean storedByItsTwin(Ledger ledger, Ledger.Sent refused) {
    return refused.answer().status() == 409 && ledger.all().stream()
        .anyMatch(other -> other != refused && other.accepted() && other.idempotencyKey().equals(refused.idempotencyKey()));
  }

  private Check storedOnce(Ledger ledger) {
    List<String> failures = new ArrayList<>();
    for (Ledger.Sent sent : ledger.all()) {
      Store.Stream stream = store.streams().get(sent.streamKey());
      List<Store.Commit> commits = stream == null ? List.of()
          : stream.commits().stream().filter(c -> c.commandId().equals(sent.idempotencyKey())).toList();
      if (sent.accepted()) {
        if (commits.size() != 1) {
          failures.add("accepted, stored " + commits.size() + " times: " + sent);
        } else if (commits.getFirst().lastVersion() != sent.answer().version()) {
          failures.add("accepted at version " + sent.answer().version() + ", stored at " + commits.getFirst().lastVersion() + ": "
              + sent);
        }
      } else if (sent.refused() && !commits.isEmpty() && !storedByItsTwin(ledger, sent)) {
        failures.add("refused, yet stored: " + sent);
      } else if (commits.size() > 1) {
        failures.add("unanswered, stored " + commits.size() + " times: " + sent);
      }
    }
    for (Store.Stream stream : store.streams().values()) {
      Map<String, Long> byCommand = stream.commits().stream()
          .collect(Collectors.groupingBy(Store.Commit::commandId, Collectors.counting()));
      byCommand.forEach((command, count) -> {
        if (count > 1) {
          failures.add(stream.key() + ": command " + command + " committed " + count + " times");
        }
      });
      List<Long> versions = stream.events().stream().map(e -> e.path("version").asLong()).toList();
      if (!versions.equals(LongStream.rangeClosed(1, versions.size()).boxed().toList())) {
        failures.add(stream.key() + ": versions are not 1.." + versions.size() + ": " + versions);
      }
    }
    return new Check("1 every accepted command stored exactly once", failures);
  }

  // 2 ------------------------------------------------------------------------------------------------

  private Check reachedEveryReadModel(QuotesAndTasks models) {
    List<String> failures = new ArrayList<>();
    for (Store.Stream stream : store.ofType("quote")) {
      String id = stream.tenantId() + "#" + stream.id();
      Store.Quote quote = Store.quote(stream.events());
      for (var model : List.of(Map.entry("quote_list", models.quoteList()), Map.entry("quote_detail", models.quoteDetail()))) {
        Document document = model.getValue().get(id);
        if (document == null) {
          failures.add(model.getKey() + " has no " + id + " (store at " + stream.lastVersion() + ")");
          continue;
        }
        long version = document.get("version", Number.class).longValue();
        if (version < stream.lastVersion()) {
          failures.add(model.getKey() + " " + id + " at version " + version + ", the store at " + stream.lastVersion());
        } else if (version == stream.lastVersion()) {
          same(failures, model.getKey() + " " + id + " state", quote.state(), document.getString("state"));
          same(failures, model.getKey() + " " + id + " title", quote.title(), document.getString("title"));
        }
      }
      if (quote.lastExpiryEventVersion() > 0) {
        Map<String, AttributeValue> entry = models.expiries().get(id);
        if (entry == null) {
          failures.add("the expiry index has no " + id + " (its last indexed event is at " + quote.lastExpiryEventVersion() + ")");
        } else {
          long version = Long.parseLong(entry.get("version").n());
          if (version < quote.lastExpiryEventVersion()) {
            failures.add("the expiry index has " + id + " at version " + version + ", its last event there is at "
                + quote.lastExpiryEventVersion());
          }
          if (quote.open() != entry.containsKey("due")) {
            failures.add("the expiry index has " + id + (entry.containsKey("due") ? " open" : " closed") + ", the store says "
                + (quote.open() ? "open" : "closed"));
          } else if (quote.open()) {
            same(failures, "the expiry index's validUntil of " + id, quote.validUntil(), entry.get("validUntil").s());
          }
        }
      }
    }
    for (Store.Stream stream : store.ofType("task")) {
      String id = stream.tenantId() + "#" + stream.id();
      Document document = models.tasks().get(id);
      if (document == null) {
        failures.add("task has no " + id + " (store at " + stream.lastVersion() + ")");
        continue;
      }
      long version = document.get("version", Number.class).longValue();
      if (version < stream.lastVersion()) {
        failures.add("task " + id + " at version " + version + ", the store at " + stream.lastVersion());
      } else if (version == stream.lastVersion()) {
        Store.Task task = Store.task(stream.events());
        same(failures, "task " + id + " status", task.status(), document.getString("status"));
        same(failures, "task " + id + " assignee", task.assignee(), document.getString("assignee"));
        same(failures, "task " + id + " title", task.title(), document.getString("title"));
        same(failures, "task " + id + " checklistTotal", task.checklistTotal(),
            document.get("checklistTotal", Number.class).intValue());
        same(failures, "task " + id + " checklistDone", task.checklistDone(),
            document.get("checklistDone", Number.class).intValue());
      }
    }
    return new Check("2 every stored event reached every read model", failures);
  }

  // 3 ------------------------------------------------------------------------------------------------

  private Check noneAhead(QuotesAndTasks models) {
    List<String> failures = new ArrayList<>();
    Map<String, Long> quotes = lastVersions("quote");
    Map<String, Long> tasks = lastVersions("task");
    for (var model : List.of(Map.entry("quote_list", models.quoteList()), Map.entry("quote_detail", models.quoteDetail()))) {
      model.getValue().forEach((id, document) -> ahead(failures, model.getKey(), id, document, quotes));
    }
    models.tasks().forEach((id, document) -> ahead(failures, "task", id, document, tasks));
    models.expiries().forEach((id, entry) -> {
      Long last = quotes.get(id);
      long version = Long.parseLong(entry.get("version").n());
      if (last == null) {
        failures.add("the expiry index has " + id + ", which the store does not");
      } else if (version > last) {
        failures.add("the expiry index has " + id + " at version " + version + ", the store at " + last);
      }
    });
    return new Check("3 no read model ahead of the store", failures);
  }

  private Map<String, Long> lastVersions(String type) {
    Map<String, Long> versions = new HashMap<>();
    store.ofType(type).forEach(s -> versions.put(s.tenantId() + "#" + s.id(), s.lastVersion()));
    return versions;
  }

  private static void ahead(List<String> failures, String model, String id, Document document, Map<String, Long> store) {
    Long last = store.get(id);
    long version = document.get("version", Number.class).longValue();
    if (last == null) {
      failures.add(model + " has " + id + ", which the store does not");
    } else if (version > last) {
      failures.add(model + " " + id + " at version " + version + ", the store at " + last);
    }
  }

  // 4 ------------------------------------------------------------------------------------------------

  private Check noneAppliedTwice(QuotesAndTasks models) {
    List<String> failures = new ArrayList<>();
    for (Store.Stream stream : store.ofType("task")) {
      Document document = models.tasks().get(stream.tenantId() + "#" + stream.id());
      if (document != null) {
        List<Long> history = historyVersions(document);
        long version = document.get("version", Number.class).longValue();
        if (!history.equals(LongStream.rangeClosed(1, version).boxed().toList())) {
          failures.add("task " + stream.key() + " at version " + version + " has the history " + history);
        }
      }
    }
    for (Store.Stream stream : store.ofType("quote")) {
      Document document = models.quoteDetail().get(stream.tenantId() + "#" + stream.id());
      if (document != null && document.get("version", Number.class).longValue() == stream.lastVersion()) {
        List<Long> history = historyVersions(document);
        List<Long> expected = List.copyOf(Store.quote(stream.events()).stateChanges());
        if (!history.equals(expected)) {
          failures.add("quote_detail " + stream.key() + " has the history " + history + ", the store's state changes are " + expected);
        }
      }
    }
    for (String tenant : TENANTS) {
      pipeline(failures, tenant);
      openTasks(failures, tenant);
    }
    return new Check("4 no event applied twice (histories and reports)", failures);
  }

  private static List<Long> historyVersions(Document document) {
    List<Long> versions = new ArrayList<>();
    for (Object entry : document.getList("history", Object.class, List.of())) {
      versions.add(((Document) entry).get("version", Number.class).longValue());
    }
    return versions;
  }

  private void pipeline(List<String> failures, String tenant) {
    LocalDate to = LocalDate.now(UK).plusDays(1);
    LocalDate from = to.minusDays(3000);
    Api.Answer answer = site.api().get(OWNERS.get(tenant), "/reports/quotes-pipeline?from=" + from + "&to=" + to);
    if (answer.status() != 200) {
      failures.add("the pipeline of " + tenant + " answered " + answer.status() + " " + answer.body());
      return;
    }
    Map<String, long[]> expected = new TreeMap<>();
    for (Store.Stream stream : store.ofType("quote")) {
      Store.Quote quote = Store.quote(stream.events());
      if (stream.tenantId().equals(tenant) && quote.firstIssuedOn() != null && !quote.firstIssuedOn().isBefore(from)
          && !quote.firstIssuedOn().isAfter(to)) {
        long[] figures = expected.computeIfAbsent(quote.state().toLowerCase(Locale.ROOT), s -> new long[2]);
        figures[0]++;
        figures[1] += quote.gross() == null ? 0 : quote.gross();
      }
    }
    Map<String, long[]> reported = new TreeMap<>();
    answer.json().path("byState").properties().forEach(e -> {
      if (e.getValue().path("count").asLong() > 0 || e.getValue().path("gross").asLong() > 0) {
        reported.put(e.getKey().toLowerCase(Locale.ROOT),
            new long[] {e.getValue().path("count").asLong(), e.getValue().path("gross").asLong()});
      }
    });
    if (!figures(expected).equals(figures(reported))) {
      failures.add("the pipeline of " + tenant + " says " + figures(reported) + ", the store " + figures(expected));
    }
  }

  private void openTasks(List<String> failures, String tenant) {
    Api.Answer answer = site.api().get(OWNERS.get(tenant), "/reports/open-tasks-by-assignee");
    if (answer.status() != 200) {
      failures.add("the open tasks of " + tenant + " answered " + answer.status() + " " + answer.body());
      return;
    }
    JsonNode report = answer.json();
    LocalDate today = LocalDate.parse(report.path("today").asText());
    LocalDate weekEnds = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    Map<String, Map<String, Long>> expected = new TreeMap<>();
    for (Store.Stream stream : store.ofType("task")) {
      Store.Task task = Store.task(stream.events());
      if (!stream.tenantId().equals(tenant) || !task.unfinished()) {
        continue;
      }
      for (String bucket : List.of(task.assignee() == null ? "unassigned" : task.assignee(), "total")) {
        Map<String, Long> tally = expected.computeIfAbsent(bucket, b -> new TreeMap<>());
        tally.merge("open", 1L, Long::sum);
        tally.merge("inProgress", task.status().equals("IN_PROGRESS") ? 1L : 0L, Long::sum);
        LocalDate due = task.dueDate();
        tally.merge("overdue", due != null && due.isBefore(today) ? 1L : 0L, Long::sum);
        tally.merge("dueToday", due != null && due.equals(today) ? 1L : 0L, Long::sum);
        tally.merge("dueThisWeek", due != null && !due.isBefore(today) && !due.isAfter(weekEnds) ? 1L : 0L, Long::sum);
      }
    }
    Map<String, Map<String, Long>> reported = new TreeMap<>();
    report.path("assignees").forEach(a -> reported.put(a.path("assignee").asText(), tally(a)));
    Map<String, Long> unassigned = tally(report.path("unassigned"));
    if (unassigned.get("open") > 0) {
      reported.put("unassigned", unassigned);
    }
    Map<String, Long> total = tally(report.path("total"));
    if (total.get("open") > 0) {
      reported.put("total", total);
    }
    if (!expected.equals(reported)) {
      failures.add("the open tasks of " + tenant + " say " + reported + ", the store " + expected);
    }
  }

  private static Map<String, Long> tally(JsonNode bucket) {
    Map<String, Long> tally = new TreeMap<>();
    for (String field : List.of("open", "inProgress", "overdue", "dueToday", "dueThisWeek")) {
      tally.put(field, bucket.path(field).asLong());
    }
    return tally;
  }

  private static Map<String, String> figures(Map<String, long[]> byState) {
    Map<String, String> text = new TreeMap<>();
    byState.forEach((state, f) -> text.put(state, f[0] + " for " + f[1]));
    return text;
  }

  // 5 ------------------------------------------------------------------------------------------------

  private Check deadLettersExplained(Map<String, List<String>> poison) {
    List<String> failures = new ArrayList<>();
    site.deadLetterQueues().forEach((logicalId, url) -> {
      List<String> bodies = deadLetters(url);
      List<String> expected = poison.getOrDefault(logicalId, List.of());
      List<String> unexplained = new ArrayList<>(bodies);
      expected.forEach(unexplained::remove);
      List<String> missing = new ArrayList<>(expected);
      bodies.forEach(missing::remove);
      unexplained.forEach(body -> failures.add(logicalId + " holds an unexplained message: " + abbreviated(body)));
      missing.forEach(body -> failures.add(logicalId + " lacks the poison message sent on purpose: " + abbreviated(body)));
    });
    return new Check("5 every dead letter explained", failures);
  }

  /** The bodies in a dead-letter queue, read without taking them (visibility 0) and counted by its attributes. */
  private List<String> deadLetters(String url) {
    Map<QueueAttributeName, String> attributes = site.sqs().getQueueAttributes(r -> r.queueUrl(url).attributeNames(
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
    long count = attributes.values().stream().mapToLong(Long::parseLong).sum();
    Map<String, String> bodies = new TreeMap<>();
    for (int attempt = 0; attempt < 5 && bodies.size() < count; attempt++) {
      for (Message message : site.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).visibilityTimeout(0)
          .waitTimeSeconds(0)).messages()) {
        bodies.put(message.messageId(), message.body());
      }
    }
    List<String> found = new ArrayList<>(bodies.values());
    for (long i = found.size(); i < count; i++) {
      found.add("(a message that could not be read)");
    }
    return found;
  }

  // 6 ------------------------------------------------------------------------------------------------

  private Check pushedStatesExisted(Devices devices) {
    List<String> failures = new ArrayList<>();
    for (Devices.Received received : devices.received()) {
      JsonNode message = received.message();
      String type = message.path("type").asText();
      String what = received.user() + " was told " + message;
      if (type.startsWith("task.")) {
        Store.Stream stream = subject(failures, received, "task", message.path("taskId").asText(), what);
        if (stream == null) {
          continue;
        }
        Store.Task task = Store.task(stream.upTo(message.path("version").asLong()));
        same(failures, what + ": title", task.title(), message.path("title").asText(null));
        if (type.equals("task.removed")) {
          if (received.userId().equals(task.assignee())) {
            failures.add(what + ": removed, yet the task was theirs at that version");
          }
        } else {
          same(failures, what + ": status", task.wireStatus(), message.path("status").asText(null));
          same(failures, what + ": assignee", task.assignee(), received.userId());
        }
      } else if (type.startsWith("quote.")) {
        Store.Stream stream = subject(failures, received, "quote", message.path("quoteId").asText(), what);
        if (stream == null) {
          continue;
        }
        List<JsonNode> events = stream.upTo(message.path("version").asLong());
        Store.Quote quote = Store.quote(events);
        same(failures, what + ": title", quote.title(), message.path("title").asText(null));
        String answer = switch (type) {
          case "quote.viewed" -> "QuoteViewed";
          case "quote.accepted" -> "QuoteAccepted";
          case "quote.declined" -> "QuoteDeclined";
          default -> null;
        };
        if (answer == null || events.stream().noneMatch(e -> e.path("eventType").asText().equals(answer))) {
          failures.add(what + ": the quote had no " + answer + " by that version");
        }
      } else if (type.startsWith("expense.")) {
        Store.Stream stream = subject(failures, received, "expense", message.path("expenseId").asText(), what);
        if (stream == null) {
          continue;
        }
        String told = switch (type) {
          case "expense.submitted" -> "ExpenseSubmitted";
          case "expense.approved" -> "ExpenseApproved";
          case "expense.refused" -> "ExpenseRefused";
          default -> null;
        };
        List<JsonNode> events = stream.upTo(message.path("version").asLong());
        if (told == null || events.stream().noneMatch(e -> e.path("eventType").asText().equals(told))) {
          failures.add(what + ": the expense had no " + told + " by that version");
        }
      } else {
        failures.add(what + ": a message of an unknown type");
      }
    }
    return new Check("6 every pushed message showed a state that existed", failures);
  }

  /** The stream a message is about, if it is of the receiver's tenant and reached the message's version. */
  private Store.Stream subject(List<String> failures, Devices.Received received, String type, String id, String what) {
    Store.Stream stream = store.streams().get(received.tenantId() + "#" + type + "#" + id);
    long version = received.message().path("version").asLong();
    if (stream == null) {
      boolean elsewhere = store.streams().keySet().stream().anyMatch(k -> k.endsWith("#" + type + "#" + id));
      failures.add(what + (elsewhere ? ": another tenant's " + type : ": no such " + type + " in the store"));
      return null;
    }
    if (version < 1 || version > stream.lastVersion()) {
      failures.add(what + ": version " + version + ", the store has 1.." + stream.lastVersion());
      return null;
    }
    return stream;
  }

  // 7 ------------------------------------------------------------------------------------------------

  private Check everyReadModelAsRebuilt() {
    List<String> failures = new ArrayList<>();
    InMemoryReadModels rebuilt = new InMemoryReadModels();
    Map<String, String> collections = new HashMap<>();
    site.rebuilder().into(rebuilt).rebuild("all").forEach(r -> collections.put(r.projection(), r.rebuilt()));
    MongoReadModels live = new MongoReadModels(site.mongo(), ReadSides.ALL);
    for (Projection<?, ?> projection : ReadSides.projections()) {
      asRebuilt(failures, projection, live, rebuilt, collections.get(projection.name()));
    }
    return new Check("7 every read model of every read side is what a rebuild from the store makes", failures);
  }

  private static <D extends Record> void asRebuilt(List<String> failures, Projection<D, ?> projection, MongoReadModels live,
                                                   InMemoryReadModels rebuilt, String rebuiltCollection) {
    String name = projection.name();
    Map<String, Versioned<D>> expected = byId(rebuilt.all(rebuiltCollection, projection.documentType()));
    Map<String, Versioned<D>> actual = byId(live.all(live.placement(name).active(), projection.documentType()));
    expected.forEach((id, document) -> {
      Versioned<D> found = actual.get(id);
      if (found == null) {
        failures.add(name + " has no " + id + " (a rebuild has it at version " + document.version() + ")");
      } else if (found.version() != document.version()) {
        failures.add(name + " " + id + " at version " + found.version() + ", a rebuild at " + document.version());
      } else if (!found.equals(document)) {
        failures.add(name + " " + id + " at version " + found.version() + " is " + abbreviated(found.document().toString())
            + ", a rebuild makes " + abbreviated(document.document().toString()));
      }
    });
    actual.keySet().stream().filter(id -> !expected.containsKey(id)).sorted()
        .forEach(id -> failures.add(name + " has " + id + ", which a rebuild from the store does not make"));
  }

  private static <D extends Record> Map<String, Versioned<D>> byId(List<Versioned<D>> documents) {
    Map<String, Versioned<D>> byId = new TreeMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  // ---------------------------------------------------------------------------------------------------

  private static void same(List<String> failures, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      failures.add(what + " is " + actual + ", the store says " + expected);
    }
  }

  private static String abbreviated(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}

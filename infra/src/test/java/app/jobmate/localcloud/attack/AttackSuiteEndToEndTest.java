package app.jobmate.localcloud.attack;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.UuidV7;
import app.jobmate.localcloud.Clients;
import app.jobmate.localcloud.Http;
import app.jobmate.localcloud.LocalCloud;
import app.jobmate.localcloud.WsClient;
import app.jobmate.localcloud.attack.Catalogue.Route;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.localcloud.identity.UserDirectory;
import app.jobmate.localcloud.template.CloudFormationYaml;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attack suite: one local cloud from Jobmate's own template, a little data in two tenants
 * entered through the API, then every route of {@link Catalogue} tried with each class of attack.
 * Each answer must be the documented refusal, no answer may show the other tenant's data, and the
 * events table (and the tenants table) must hold after each class exactly what it held before.
 * Wrong answers are collected, not stopped at; the table of what was tried is printed and written
 * to {@code target/attack-suite.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteEndToEndTest {

  static final Path TEMPLATE = Path.of("template.yaml");
  private static final Path TABLE = Path.of("target/attack-suite.md");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String FORGED = "forged tokens";
  private static final String ROLES = "lower roles";
  private static final String MASS_ASSIGNED = "mass-assigned fields";
  private static final String MALFORMED = "malformed bodies";
  private static final String INJECTION = "operator injection";
  private static final String PAGING = "unbounded pages, forged cursors";
  private static final String WEBSOCKET = "WebSocket";
  private static final String OTHER_TENANT = "another tenant's ids";
  private static final String REMOVED = "a removed member's valid token";

  /** Someone calling the API, with the token they bring. */
  record Caller(String name, UserDirectory.User user, String token) {
    String tenant() {
      return user.tenantId();
    }

    String sub() {
      return user.sub();
    }
  }

  /**
   * A tenant's seeded records, and what would betray them in another tenant's answer: its id, the
   * records' ids, its members' ids and the word in every title.
   */
  record Seed(String tenant, String draftQuote, String draftLine, String issuedQuote, String task, String item,
              String secondTask, String job, String customer, String site, String expense, String apiClient, String receipt,
              Set<String> markers, String resource, String member) {
  }

  private static final Report REPORT = new Report(OTHER_TENANT, ROLES, MASS_ASSIGNED, FORGED, MALFORMED, INJECTION, PAGING,
      WEBSOCKET, REMOVED);

  private static LocalCloud cloud;
  private static DynamoDbClient dynamoDb;
  private static Writes writes;
  private static TemplateRoutes templateRoutes;
  private static Caller olivia;
  private static Caller sam;
  private static Caller sophie;
  private static Caller ben;
  private static Caller noRole;
  private static Caller notARole;
  private static Seed acme;
  private static Seed brightside;
  private static Socket oliviaSocket;
  private static Socket samSocket;
  private static Socket benSocket;

  @BeforeAll
  static void startAndSeed() throws Exception {
    cloud = LocalCloud.start(TEMPLATE, LocalCloud.Options.in(Files.createTempDirectory("jobmate-attack")));
    DemoData.recordTeams(cloud);
    templateRoutes = TemplateRoutes.of(TEMPLATE);
    dynamoDb = Clients.dynamoDb();
    writes = new Writes(dynamoDb, cloud.tableName("EventsTable"), cloud.tableName("TenantsTable"));
    olivia = signIn("Olivia (owner, Acme)", "olivia@acme.example");
    sam = signIn("Sam (staff, Acme)", "sam@acme.example");
    sophie = signIn("Sophie (staff, Acme)", "sophie@acme.example");
    ben = signIn("Ben (owner, Brightside)", "ben@brightside.example");
    String clientId = cloud.endpoints().clientId();
    noRole = new Caller("a member of Acme with no role", sam.user(),
        Forgeries.withGroups(cloud.identity().issuer(), clientId, sam.user(), null));
    notARole = new Caller("a member of Acme whose groups are not roles", sam.user(),
        Forgeries.withGroups(cloud.identity().issuer(), clientId, sam.user(), List.of("contractors")));
    // connected before anything happens, so that they see every push of the whole run
    oliviaSocket = Socket.open(olivia);
    samSocket = Socket.open(sam);
    benSocket = Socket.open(ben);
    Writes.Snapshot empty = writes.snapshot();
    acme = seed(olivia, "ACMESEED", sam.sub(), sophie.sub(), List.of(olivia, sam, sophie));
    brightside = seed(ben, "BRIGHTSEED", ben.sub(), null, List.of(ben));
    assertThat(writes.since(empty, Set.of())).as("the write check sees the seeding's thirteen commits (a resource, a staff profile and a cost among them) and quote number per tenant")
        .hasSize(28).contains("tenants: t-acme changed", "tenants: t-brightside changed");
    cloud.awaitDrained(PATIENCE);
  }

  @AfterAll
  static void printTheTable() throws IOException {
    String table = "# Attack suite\n\n" + REPORT.table();
    System.out.println(table);
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, table);
    for (Socket socket : new Socket[] {oliviaSocket, samSocket, benSocket}) {
      if (socket != null) {
        socket.client.close();
      }
    }
    if (dynamoDb != null) {
      dynamoDb.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  // ------------------------------------------------------------------ the catalogue follows the template

  @Test
  @Order(1)
  void every_route_of_the_template_is_in_the_catalogue_and_the_catalogue_names_no_other() {
    assertThat(Catalogue.differencesFrom(templateRoutes)).isEmpty();
  }

  @Test
  @Order(1)
  void a_route_added_to_the_template_without_an_entry_in_the_catalogue_fails_the_suite() throws IOException {
    String template = Files.readString(TEMPLATE);
    String mine = "        Mine: { Type: HttpApi, Properties: { ApiId: !Ref Api, Path: /tasks/mine, Method: GET } }\n";
    String cancel = "        Cancel: { Type: HttpApi, Properties: { ApiId: !Ref Api, Path: \"/tasks/{taskId}/cancel\", Method: POST } }\n";
    assertThat(template).contains(mine, cancel);
    String changed = template.replace(mine, "").replace(cancel, cancel
        + "        Archive: { Type: HttpApi, Properties: { ApiId: !Ref Api, Path: \"/tasks/{taskId}/archive\", Method: POST } }\n");

    assertThat(Catalogue.differencesFrom(TemplateRoutes.of(CloudFormationYaml.read(changed)))).containsExactly(
        "POST /tasks/{taskId}/archive is in template.yaml but not in the attack suite's catalogue (add it to Catalogue.ROUTES)",
        "GET /tasks/mine is in the attack suite's catalogue but not in template.yaml");
  }

  // ------------------------------------------------------------------ the attack classes

  @Test
  @Order(2)
  void every_forged_token_is_refused_by_the_gateway_on_every_route_without_invoking_the_function() {
    Report.Row row = REPORT.row(FORGED);
    Writes.Snapshot before = writes.snapshot();
    Map<String, String> forgeries = new LinkedHashMap<>();
    forgeries.put("no token", null);
    forgeries.putAll(Forgeries.of(cloud.identity().issuer(), cloud.endpoints().clientId(), olivia.user()));
    for (Route route : Catalogue.http()) {
      // the report routes' Lambda authorizer is given every token it can find and says no: 403; no token at all, 401
      forgeries.forEach((name, token) -> Probe.of(route, olivia, acme).attack(name).token(token)
          .expect(token != null && templateRoutes.behindLambdaAuthorizer(route.key()) ? Expect.forbiddenByTheAuthorizer()
              : Expect.unauthorized()).functionNotInvoked().send(row));
    }
    row.writes.addAll(writes.since(before, Set.of()));
    assertNoFindings(row);
  }

  @Test
  @Order(3)
  void lower_roles_are_refused_as_the_api_documents() {
    Report.Row row = REPORT.row(ROLES);
    Writes.Snapshot before = writes.snapshot();
    for (Route route : Catalogue.http()) {
      for (Caller roleless : List.of(noRole, notARole)) {
        Probe.of(route, roleless, acme).attack("no role").expect(Expect.problem(403, null)).send(row);
      }
      switch (route.staff()) {
        case REFUSED -> Probe.of(route, sam, acme).attack("staff").expect(Expect.problem(route.staffRefusal())).send(row);
        case MANAGERS_ONLY_ON_TASK -> {
          Probe.of(route, sam, acme).attack("staff, on the task assigned to them")
              .expect(Expect.problem(route.staffRefusal())).send(row);
          Probe.of(route, sophie, acme).attack("staff, on a task not assigned to them")
              .expect(Expect.problem(404, "task.not-found")).send(row);
        }
        case ASSIGNED_TASK -> Probe.of(route, sophie, acme).attack("staff, on a task not assigned to them")
            .expect(Expect.problem(404, "task.not-found")).send(row);
        case OWN_TASKS -> {
          for (Caller staff : List.of(sam, sophie)) {
            Probe.of(route, staff, acme).attack("staff, a list").expect(onlyTasksOf(staff)).send(row);
          }
          Probe.of(route, sophie, acme).attack("staff, naming another's tasks")
              .andQuery("assignee=" + sam.sub()).expect(Expect.problemOf(403, 400)).send(row);
          Probe.of(route, sophie, acme).attack("staff, naming the unassigned tasks")
              .andQuery("assignee=unassigned").expect(Expect.problemOf(403, 400)).send(row);
        }
        case OWN_EXPENSE -> Probe.of(route, sophie, acme).attack("staff, on an expense not theirs")
            .expect(Expect.problem(404, "expense.not-found")).send(row);
        case MANAGERS_ONLY_ON_EXPENSE -> {
          Probe.of(route, sam, acme).attack("staff, on their own expense")
              .expect(Expect.problem(route.staffRefusal())).send(row);
          Probe.of(route, sophie, acme).attack("staff, on an expense not theirs")
              .expect(Expect.problem(404, "expense.not-found")).send(row);
        }
        case CLAIMS_FOR_THEMSELVES -> {
          Probe probe = Probe.of(route, sophie, acme).attack("staff, claiming for another member");
          probe.body(with(probe.body, body -> body.put("member", sam.sub()))).expect(Expect.problem(route.staffRefusal()))
              .send(row);
        }
        case OWN_EXPENSES -> {
          for (Caller staff : List.of(sam, sophie)) {
            Probe.of(route, staff, acme).attack("staff, a list").expect(onlyExpensesOf(staff)).send(row);
          }
          Probe.of(route, sophie, acme).attack("staff, naming another's expenses")
              .andQuery("member=" + sam.sub()).expect(Expect.problemOf(403, 400)).send(row);
        }
        case OWN_MILEAGE, OWN_DIARY -> {
          for (Caller staff : List.of(sam, sophie)) {
            Probe.of(route, staff, acme).attack("staff, their own " + route.path().substring(1))
                .expect(Expect.ok("with " + staff.name() + "'s own mileage only",
                    a -> a.json().get().path("member").asText().equals(staff.sub()))).send(row);
          }
          Probe.of(route, sophie, acme).attack("staff, naming another's " + route.path().substring(1))
              .andQuery("member=" + sam.sub()).expect(Expect.problem(new Catalogue.Refusal(403, null))).send(row);
          if (route.staff() == Catalogue.Staff.OWN_DIARY) {
            // a van's week is the office's (docs/decisions/diary-equipment.md)
            Probe.of(route, sam, acme).attack("staff, a van's diary").andQuery("resource=" + acme.resource())
                .expect(Expect.problem(new Catalogue.Refusal(403, null))).send(row);
          }
        }
        case OWN_PROFILE -> {
          for (Caller staff : List.of(sam, sophie)) {
            Probe.of(route, staff, acme).attack("staff, their own profile")
                .expect(Expect.ok("with " + staff.name() + "'s own profile only",
                    a -> a.json().get().path("userId").asText().equals(staff.sub()))).send(row);
          }
        }
        case RESOURCE_NAMES -> {
          for (Caller staff : List.of(sam, sophie)) {
            Probe.of(route, staff, acme).attack("staff, equipment and vehicles")
                .expect(Expect.ok("with names and kinds only (no registration, dates or notes)",
                    a -> !a.body().contains("registration") && !a.body().contains("motDue")
                        && !a.body().contains("notes") && a.body().contains("\"kind\""))).send(row);
          }
          Probe.of(route, sam, acme).attack("staff, asking for retired ones").andQuery("includeRetired=true")
              .expect(Expect.problemOf(403, 400)).send(row);
        }
        case OWN_STAFF_PROFILE -> {
          Probe.of(route, sam, acme).attack("staff, their own profile")
              .expect(Expect.ok("with their own profile and no cost", a -> a.json().get().path("member").asText()
                  .equals(sam.sub()) && !a.body().contains("hourlyCost"))).send(row);
          Probe.of(route, sophie, acme).attack("staff, another's profile").expect(Expect.problem(route.staffRefusal()))
              .send(row);
        }
        case OWN_TEXT_MESSAGES -> Probe.of(route, sophie, acme).attack("staff, another's text messages")
            .path("/team/members/" + sam.sub() + "/text-messages").expect(Expect.problem(route.staffRefusal())).send(row);
        case ANY -> throw new IllegalStateException("an HTTP route open to any connected member: " + route.key());
      }
    }
    row.writes.addAll(writes.since(before, Set.of()));
    assertNoFindings(row);
  }

  @Test
  @Order(4)
  void mass_assigned_fields_are_refused_by_name_and_nothing_is_written() {
    Report.Row row = REPORT.row(MASS_ASSIGNED);
    Writes.Snapshot before = writes.snapshot();
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    fields.put("tenantId", JSON.getNodeFactory().textNode("t-brightside"));
    fields.put("status", JSON.getNodeFactory().textNode("accepted"));
    fields.put("version", JSON.getNodeFactory().numberNode(99));
    fields.put("number", JSON.getNodeFactory().numberNode(1));
    fields.put("totals", JSON.createObjectNode().put("gross", 1).put("vat", 0));
    fields.put("actor", JSON.createObjectNode().put("userId", ben.sub()).set("roles", JSON.createArrayNode().add("owner")));
    for (Route route : Catalogue.http()) {
      Probe.of(route, olivia, acme).attack("tenantId in the query string")
          .andQuery("tenantId=t-brightside").expect(Expect.naming("tenantId (query)")).send(row);
      if (route.kind() != Catalogue.Kind.COMMAND) {
        continue;
      }
      fields.forEach((field, value) -> {
        Probe probe = Probe.of(route, olivia, acme).attack(field + " in the body");
        probe.body(with(probe.body, body -> body.set(field, value))).expect(Expect.naming(field)).send(row);
      });
    }
    Probe draft = Probe.of(Catalogue.route("POST /quotes"), olivia, acme).attack("tenantId in a line");
    draft.body(with(draft.body, body -> ((ObjectNode) body.get("lines").get(0)).put("tenantId", "t-brightside")))
        .expect(Expect.naming("lines[0].tenantId")).send(row);
    Probe task = Probe.of(Catalogue.route("POST /tasks"), olivia, acme).attack("a checklist item already done");
    task.body(with(task.body, body -> ((ObjectNode) body.get("checklist").get(0)).put("done", true)))
        .expect(Expect.naming("checklist[0].done")).send(row);
    row.writes.addAll(writes.since(before, Set.of()));
    assertNoFindings(row);
  }

  @Test
  @Order(5)
  void malformed_oversized_and_mistyped_bodies_are_refused_and_nothing_is_written() {
    Report.Row row = REPORT.row(MALFORMED);
    Writes.Snapshot before = writes.snapshot();
    String oversized = "{\"note\": \"" + "a".repeat(300 * 1024) + "\"}";
    String deep = "{\"a\": " + "[".repeat(200) + "1" + "]".repeat(200) + "}";
    for (Route route : Catalogue.of(Catalogue.Kind.COMMAND)) {
      String valid = Probe.of(route, olivia, acme).body;
      String nonEmpty = valid.isEmpty() ? "{}" : valid;
      String text = textFieldOf(valid);
      probe(route, "malformed JSON", "{\"title\": \"Rewire\",").expect(Expect.problem(400, null)).send(row);
      probe(route, "an array, not an object", "[\"Rewire\"]").expect(Expect.problem(400, null)).send(row);
      probe(route, "a body over 256 KB", oversized).expect(Expect.problem(413, null)).send(row);
      probe(route, "200 levels of nesting", deep).expect(Expect.problem(400, null)).send(row);
      probe(route, "duplicate keys", "{\"expectedVersion\": 1, \"expectedVersion\": 2"
          + (nonEmpty.equals("{}") ? "}" : ", " + nonEmpty.substring(1))).expect(Expect.problem(400, null)).send(row);
      probe(route, "a lone surrogate in " + text, replaced(nonEmpty, text, "\"\\ud800\"")).expect(Expect.naming(text)).send(row);
      probe(route, "NUL in " + text, replaced(nonEmpty, text, "\"a\\u0000b\"")).expect(Expect.naming(text)).send(row);
      Probe.of(route, olivia, acme).attack("bytes that are not UTF-8")
          .rawBody(new byte[] {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
          .expect(Expect.problem(400, null)).send(row);
      for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
        Probe.of(route, olivia, acme).attack("content type " + type).body(nonEmpty).contentType(type)
            .expect(Expect.problem(415, null)).send(row);
      }
    }
    row.writes.addAll(writes.since(before, Set.of()));
    assertNoFindings(row);
  }

  @Test
  @Order(6)
  void operator_injection_in_query_strings_and_path_ids_finds_nothing() {
    Report.Row row = REPORT.row(INJECTION);
    Writes.Snapshot before = writes.snapshot();
    List<String[]> parameters = List.of(new String[] {"status[$ne]", "x"}, new String[] {"status", "{\"$ne\":null}"},
        new String[] {"state", "{\"$ne\":null}"}, new String[] {"$where", "this.tenantId != ''"},
        new String[] {"customerId", "{\"$gt\":\"\"}"}, new String[] {"assignee", "{\"$ne\":null}"},
        new String[] {"assignee", ".*"}, new String[] {"jobId[$regex]", ".*"}, new String[] {"sort", "{\"$natural\":1}"});
    List<String> ids = List.of("{\"$gt\":\"\"}", "{\"$ne\":null}", ".*", "^0193.*$", "$where", "[a-f0-9-]+", "' || '1'=='1",
        "\u0000");
    for (Route route : Catalogue.http()) {
      if (route.kind() == Catalogue.Kind.QUERY) {
        for (String[] parameter : parameters) {
          Probe.of(route, olivia, acme).attack("query " + parameter[0] + "=" + parameter[1])
              .andQuery(encode(parameter[0]) + "=" + encode(parameter[1]))
              .expect(Expect.problemOf(400, 404).or(NOTHING_MATCHED)).send(row);
        }
      } else {
        Probe.of(route, olivia, acme).attack("query $where on a command").query("%24where=1")
            .expect(Expect.naming("$where (query)")).send(row);
      }
      List<String> names = route.pathParameters();
      for (int i = 0; i < names.size(); i++) {
        for (String id : ids) {
          Probe probe = Probe.of(route, olivia, acme).attack(names.get(i) + " " + id.replace("\u0000", "NUL"));
          probe.path(withSegment(route, probe.path, i, encode(id))).expect(Expect.refused(400, 404)).send(row);
        }
      }
    }
    row.writes.addAll(writes.since(before, Set.of()));
    assertNoFindings(row);
  }

  @Test
  @Order(7)
  void pages_are_capped_and_forged_cursors_are_refused_or_show_only_the_callers_data() {
    Report.Row row = REPORT.row(PAGING);
    Writes.Snapshot before = writes.snapshot();
    Route quotes = Catalogue.route("GET /quotes");
    Route tasks = Catalogue.route("GET /tasks");
    Route mine = Catalogue.route("GET /tasks/mine");
    String acmeQuotes = cursor(row, quotes, olivia, acme, "limit=1");
    String brightQuotes = cursor(row, quotes, ben, brightside, "limit=1");
    String acmeTasks = cursor(row, tasks, olivia, acme, "limit=1");
    String brightTasks = cursor(row, tasks, ben, brightside, "limit=1");
    String acmeByDue = cursor(row, tasks, olivia, acme, "limit=1&sort=due");
    String quoteOperators = base64("{\"s\":\"drafted\",\"o\":\"desc\",\"k\":{\"$gt\":\"\"},\"id\":{\"$ne\":null}}");
    String taskOperators = base64("{\"s\":\"queue\",\"o\":\"asc\",\"k\":{\"$gt\":\"\"},\"id\":{\"$ne\":null}}");

    for (Route list : List.of(quotes, tasks, mine)) {
      Caller caller = list == mine ? sam : olivia;
      Probe.of(list, caller, acme).attack("limit=1000000").query("limit=1000000")
          .expect(Expect.ok("with limit 100", a -> a.json().get().path("limit").asInt() == 100)).send(row);
      for (String limit : List.of("0", "-1", "1e3", "99999999999999999999", "abc", "")) {
        Probe.of(list, caller, acme).attack("limit=" + limit).query("limit=" + limit)
            .expect(Expect.naming("limit (query)")).send(row);
      }
      for (String garbage : List.of("not-a-cursor", "AAAA", "", "%7B%7D", base64("{}"), base64("[1]"),
          list == quotes ? quoteOperators : taskOperators)) {
        Probe.of(list, caller, acme).attack("cursor " + garbage).query("cursor=" + garbage)
            .expect(Expect.naming("cursor (query)")).send(row);
      }
      String own = list == quotes ? acmeQuotes : acmeTasks;
      String others = list == quotes ? brightQuotes : brightTasks;
      String anotherQuery = list == quotes ? acmeTasks : acmeQuotes;
      Expect refusedOrOwn = Expect.naming("cursor (query)")
          .or(list == mine ? onlyTasksOf(caller) : Expect.ok("with the caller's data", a -> true));
      Probe.of(list, caller, acme).attack("a cursor with one character changed").query("limit=1&cursor=" + tampered(own))
          .expect(refusedOrOwn).send(row);
      Probe.of(list, caller, acme).attack("another tenant's cursor").query("limit=1&cursor=" + others)
          .expect(refusedOrOwn).send(row);
      Probe.of(list, caller, acme).attack("a cursor of another query").query("limit=1&cursor=" + anotherQuery)
          .expect(Expect.naming("cursor (query)")).send(row);
    }
    Probe.of(tasks, olivia, acme).attack("a cursor of another sort").query("limit=1&cursor=" + acmeByDue)
        .expect(Expect.naming("cursor (query)")).send(row);
    Probe.of(mine, sam, acme).attack("a cursor of the task list").query("limit=1&cursor=" + acmeTasks)
        .expect(Expect.naming("cursor (query)").or(onlyTasksOf(sam))).send(row);

    Route workload = Catalogue.route("GET /reports/open-tasks-by-assignee");
    Probe.of(workload, olivia, acme).attack("overdueTasks=1000000").query("overdueTasks=1000000")
        .expect(Expect.ok("with overdueTasks 20", a -> a.json().get().path("overdueTasks").asInt() == 20)).send(row);
    Probe.of(workload, olivia, acme).attack("overdueTasks=-1").query("overdueTasks=-1")
        .expect(Expect.naming("overdueTasks (query)")).send(row);
    Route pipeline = Catalogue.route("GET /reports/quotes-pipeline");
    Probe.of(pipeline, olivia, acme).attack("a period of 8,000 years").query("from=0001-01-01&to=9999-12-31")
        .expect(Expect.naming("to (query)")).send(row);
    Probe.of(pipeline, olivia, acme).attack("a period of two billion years").query("from=-999999999-01-01&to=%2B999999999-12-31")
        .expect(Expect.naming("to (query)")).send(row);
    row.writes.addAll(writes.since(before, Set.of()));
    assertNoFindings(row);
  }

  @Test
  @Order(8)
  void websocket_connections_with_forged_tokens_are_refused_and_a_connection_hears_only_its_own_tenant() throws Exception {
    Report.Row row = REPORT.row(WEBSOCKET);
    Writes.Snapshot before = writes.snapshot();
    Route connect = Catalogue.route("WS $connect");
    String routesFunction = templateRoutes.functionOf(connect.key());
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("no token", null);
    tokens.put("not a token", "not.a.token");
    tokens.putAll(Forgeries.of(cloud.identity().issuer(), cloud.endpoints().clientId(), olivia.user()));
    tokens.put("no role", noRole.token());
    tokens.put("groups that are not roles", notARole.token());
    Map<String, Map<String, AttributeValue>> connectionsBefore = connections();
    int connectsBefore = cloud.functions().require(routesFunction).invocations();
    tokens.forEach((name, token) -> {
      URI uri = URI.create(cloud.endpoints().webSocket().orElseThrow() + (token == null ? "" : "?token=" + token));
      Answer answer;
      try {
        answer = Answer.of(WsClient.refusal(uri, Map.of()), "", "");
      } catch (AssertionError accepted) {
        answer = Answer.of(101, "", "");
      }
      judge(row, connect, name, olivia, answer, Expect.status(401).or(Expect.status(403)), uri.toString());
    });
    if (cloud.functions().require(routesFunction).invocations() != connectsBefore) {
      row.wrong.add(connect.key() + ": " + routesFunction + " ran for a refused handshake");
    }

    // messages no route of the API selects, some of them naming Brightside: API Gateway's Forbidden frame
    String brightTask = brightside.task();
    List<String> hostile = List.of(
        "{\"action\":\"subscribe\",\"tenantId\":\"t-brightside\",\"streamType\":\"task\",\"streamId\":\"" + brightTask + "\"}",
        "{\"action\":\"subscribe\",\"pk\":\"ROLE#t-brightside#owner\"}",
        "{\"action\":\"$connect\",\"tenantId\":\"t-brightside\",\"userId\":\"" + ben.sub() + "\"}",
        "{\"action\":\"$disconnect\",\"connectionId\":\"someone-elses\"}",
        "{\"action\":\"$default\"}", "{\"action\":\"sendmessage\",\"to\":\"t-brightside\"}", "not json at all", "{}");
    for (Socket socket : List.of(oliviaSocket, samSocket)) {
      for (String message : hostile) {
        // a message on a connection: ping is the only route a client may select, the others are API Gateway's
        Route route = Catalogue.route(message.contains("\"$disconnect\"") ? "WS $disconnect"
            : message.contains("\"$connect\"") ? "WS $connect" : "WS ping");
        socket.client.send(message);
        String frame = socket.await(AttackSuiteEndToEndTest::isAnswerFrame);
        judge(row, route, "message " + message, socket.caller, Answer.of(200, "application/json", frame),
            Expect.ok("the Forbidden frame", a -> a.json().get().path("message").asText().equals("Forbidden")), message);
      }
      Route ping = Catalogue.route("WS ping");
      String pingAsBrightside = "{\"action\":\"ping\",\"tenantId\":\"t-brightside\"}";
      socket.client.send(pingAsBrightside);
      String frame = socket.await(AttackSuiteEndToEndTest::isAnswerFrame);
      judge(row, ping, "ping naming another tenant", socket.caller, Answer.of(200, "application/json", frame),
          Expect.ok("a pong", a -> a.json().get().path("type").asText().equals("pong")), pingAsBrightside);
    }
    cloud.awaitDrained(PATIENCE);
    if (!connections().equals(connectionsBefore)) {
      row.wrong.add("the connections table changed: refused handshakes or unrouted messages wrote to it");
    }

    // a change in Brightside reaches Ben, and no connection of Acme
    command(ben, "PUT", "/tasks/" + brightTask, "{\"title\": \"BRIGHTSEED rewire the kitchen\", \"priority\": \"high\"}", 200);
    benSocket.await(m -> m.contains(brightTask) && m.contains("task.changed"));
    cloud.awaitDrained(PATIENCE);
    if (samSocket.all().stream().noneMatch(m -> m.contains(acme.task()) && m.contains("task.assigned"))) {
      row.wrong.add("Sam was never told of the task assigned to him: the push path is not working, so the checks below prove nothing");
    }
    for (Socket socket : List.of(oliviaSocket, samSocket, benSocket)) {
      Seed other = socket.caller.tenant().equals(acme.tenant()) ? brightside : acme;
      for (String message : socket.all()) {
        other.markers().stream().filter(message::contains).findFirst().ifPresent(marker -> row.wrong.add(
            socket.caller.name() + "'s connection was told of " + other.tenant() + " (" + marker + "): " + message));
      }
    }
    row.writes.addAll(writes.since(before, Set.of(brightside.tenant() + "#task#" + brightTask)));
    assertNoFindings(row);
  }

  @Test
  @Order(9)
  void another_tenants_ids_are_not_found_and_nothing_of_theirs_is_touched() throws Exception {
    Report.Row row = REPORT.row(OTHER_TENANT);
    Writes.Snapshot before = writes.snapshot();
    for (Route route : Catalogue.http()) {
      if (route.otherTenant() != null) {
        Probe.of(route, ben, acme).attack("Brightside's owner on Acme's ids").expect(Expect.problem(route.otherTenant())).send(row);
        Probe.of(route, olivia, brightside).attack("Acme's owner on Brightside's ids")
            .expect(Expect.problem(route.otherTenant())).send(row);
        if (route.roles().contains("staff")) {
          Probe.of(route, sam, brightside).attack("Acme's staff on Brightside's ids")
              .expect(Expect.problem(route.otherTenant())).send(row);
        }
      } else if (route.kind() == Catalogue.Kind.QUERY) {
        // the answer is the caller's own: the marker check finds any of the other tenant's
        for (Caller caller : List.of(olivia, ben)) {
          Probe.of(route, caller, caller == ben ? brightside : acme).attack("a list, as " + caller.tenant())
              .expect(Expect.ok("with the caller's data only", a -> true)).send(row);
        }
      }
    }
    Probe.of(Catalogue.route("GET /quotes"), olivia, acme).attack("minVersion of Brightside's quote")
        .query("minVersion=" + brightside.issuedQuote() + ":1").expect(Expect.ok("with the caller's data only", a -> true))
        .send(row);
    Probe.of(Catalogue.route("GET /tasks"), olivia, acme).attack("minVersion of Brightside's task")
        .query("minVersion=" + brightside.task() + ":1").expect(Expect.ok("with the caller's data only", a -> true)).send(row);
    Probe.of(Catalogue.route("PUT /tasks/{taskId}/assignee"), olivia, acme).attack("assigning to Brightside's owner")
        .body("{\"assignee\": \"" + ben.sub() + "\"}").expect(Expect.problem(422, "task.assignee-not-in-team")).send(row);
    Probe.of(Catalogue.route("POST /tasks"), ben, brightside).attack("creating a task for Acme's staff")
        .body("{\"taskId\": \"" + newId() + "\", \"title\": \"BRIGHTSEED\", \"assignee\": \"" + sam.sub() + "\"}")
        .expect(Expect.problem(422, "task.assignee-not-in-team")).send(row);

    // the diary: another business's van is no resource of the caller's, and its week is empty here
    Route book = Catalogue.route("POST /appointments");
    Probe.of(book, olivia, acme).attack("booking Brightside's van")
        .body(with(Probe.of(book, olivia, acme).body, body -> body.putArray("resources").add(brightside.resource())))
        .expect(Expect.problem(422, "appointment.resource-not-found")).send(row);
    Probe.of(Catalogue.route("GET /diary"), olivia, acme).attack("Brightside's van's week")
        .andQuery("resource=" + brightside.resource()).expect(Expect.ok("with the caller's data only",
            a -> a.json().get().path("appointments").isEmpty())).send(row);

    // a create with an id the other tenant uses is the caller's own record: the other's is untouched
    Route quoteDetail = Catalogue.route("GET /quotes/{quoteId}");
    Route taskDetail = Catalogue.route("GET /tasks/{taskId}");
    Expect shown = Expect.ok("the record", a -> true);
    Answer acmeDraft = Probe.of(quoteDetail, olivia, acme).attack("Acme's draft, before").path("/quotes/" + acme.draftQuote())
        .expect(shown).send(row);
    Answer brightTask = Probe.of(taskDetail, ben, brightside).attack("Brightside's task, before").expect(shown).send(row);
    List<String> acmeCommits = writes.commitsOf(acme.tenant() + "#quote#" + acme.draftQuote());
    List<String> brightCommits = writes.commitsOf(brightside.tenant() + "#task#" + brightside.task());
    Route draft = Catalogue.route("POST /quotes");
    Probe.of(draft, ben, brightside).attack("drafting with Acme's quote id")
        .body(with(Probe.of(draft, ben, brightside).body, body -> body.put("quoteId", acme.draftQuote())))
        .expect(Expect.status(201)).send(row);
    Probe.of(Catalogue.route("POST /tasks"), olivia, acme).attack("creating with Brightside's task id")
        .body("{\"taskId\": \"" + brightside.task() + "\", \"title\": \"Clear the gutters\"}").expect(Expect.status(201))
        .send(row);
    cloud.awaitDrained(PATIENCE);
    if (!writes.commitsOf(acme.tenant() + "#quote#" + acme.draftQuote()).equals(acmeCommits)
        || !writes.commitsOf(brightside.tenant() + "#task#" + brightside.task()).equals(brightCommits)) {
      row.wrong.add("a create with the other tenant's id wrote to the other tenant's stream");
    }
    Probe.of(quoteDetail, olivia, acme).attack("Acme's draft after Brightside used its id").path("/quotes/" + acme.draftQuote())
        .expect(Expect.ok("as it was", a -> a.body().equals(acmeDraft.body()))).send(row);
    Probe.of(taskDetail, ben, brightside).attack("Brightside's task after Acme used its id")
        .expect(Expect.ok("as it was", a -> a.body().equals(brightTask.body()))).send(row);
    row.writes.addAll(writes.since(before, Set.of(brightside.tenant() + "#quote#" + acme.draftQuote(),
        acme.tenant() + "#task#" + brightside.task())));
    assertNoFindings(row);
  }

  // ------------------------------------------------------------------ requests and judgement

  /** One request of an attack: a catalogue route's valid request for a caller on a tenant's records, then changed. */
  static final class Probe {
    private final Route route;
    private final Caller caller;
    private String attack = "";
    private String token;
    private String path;
    private String query;
    private String body;
    private byte[] raw;
    private String contentType = "application/json";
    private Expect expect;
    private boolean functionNotInvoked;

    private Probe(Route route, Caller caller, Seed target) {
      this.route = route;
      this.caller = caller;
      this.token = caller.token();
      this.path = fill(route.path(), caller, target);
      this.query = fill(route.query(), caller, target);
      this.body = route.body() == null ? null : fill(route.body(), caller, target);
    }

    static Probe of(Route route, Caller caller, Seed target) {
      return new Probe(route, caller, target);
    }

    Probe attack(String name) {
      this.attack = name;
      return this;
    }

    Probe token(String bearer) {
      this.token = bearer;
      return this;
    }

    Probe path(String newPath) {
      this.path = newPath;
      return this;
    }

    Probe query(String newQuery) {
      this.query = newQuery;
      return this;
    }

    Probe andQuery(String more) {
      this.query = and(query, more);
      return this;
    }

    Probe body(String newBody) {
      this.body = newBody;
      return this;
    }

    Probe rawBody(byte[] bytes) {
      this.raw = bytes;
      return this;
    }

    Probe contentType(String type) {
      this.contentType = type;
      return this;
    }

    Probe expect(Expect expected) {
      this.expect = expected;
      return this;
    }

    Probe functionNotInvoked() {
      this.functionNotInvoked = true;
      return this;
    }

    Answer send(Report.Row row) {
      String target = path + (query.isEmpty() ? "" : "?" + query);
      byte[] bytes = raw != null ? raw : body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      HttpRequest.Builder request = Http.to(cloud, target).method(route.method(),
          bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
      if (token != null) {
        request.header("authorization", "Bearer " + token);
      }
      if (contentType != null && bytes.length > 0) {
        request.header("content-type", contentType);
      }
      String function = templateRoutes.functionOf(route.key());
      int invocations = cloud.functions().require(function).invocations();
      Answer answer;
      try {
        answer = Answer.of(Http.send(request));
      } catch (UncheckedIOException noAnswer) {
        answer = Answer.of(0, "", "(no answer: " + noAnswer.getCause().getMessage() + ")");
      }
      judge(row, route, attack, caller, answer, expect, target + " " + new String(bytes, StandardCharsets.ISO_8859_1));
      if (functionNotInvoked && cloud.functions().require(function).invocations() != invocations) {
        row.wrong.add(route.key() + " — " + attack + ": " + function + " was invoked");
      }
      return answer;
    }
  }

  /**
   * Last, for it changes Acme's team: an admin is invited, given a genuine access token, and removed.
   * The token is still within its validity, and every route refuses it: 403 {@code member.removed}
   * from commands at once and from queries once the team projector has applied the removal; the
   * WebSocket handshake is refused. Nothing is written.
   */
  @Test
  @Order(10)
  void a_removed_member_s_still_valid_token_is_refused_by_every_route_and_at_the_handshake() throws Exception {
    Report.Row row = REPORT.row(REMOVED);
    command(olivia, "POST", "/team/members", """
        {"email": "rhea@acme.example", "name": "Rhea Removed", "role": "admin"}""", 201);
    UserDirectory.User rhea = cloud.identity().users().find("rhea@acme.example").orElseThrow();
    Caller removed = new Caller("Rhea (admin of Acme, removed)", rhea,
        Forgeries.withGroups(cloud.identity().issuer(), cloud.endpoints().clientId(), rhea, List.of("admin")));
    Socket open = Socket.open(removed);
    command(olivia, "DELETE", "/team/members/" + rhea.sub(), "", 200);
    cloud.awaitDrained(PATIENCE);
    Writes.Snapshot before = writes.snapshot();
    for (Route route : Catalogue.http()) {
      Probe.of(route, removed, acme).attack("removed member").expect(Expect.problem(403, "member.removed")).send(row);
    }
    Route connect = Catalogue.route("WS $connect");
    URI uri = URI.create(cloud.endpoints().webSocket().orElseThrow() + "?token=" + removed.token());
    Answer answer;
    try {
      answer = Answer.of(WsClient.refusal(uri, Map.of()), "", "");
    } catch (AssertionError accepted) {
      answer = Answer.of(101, "", "");
    }
    judge(row, connect, "removed member", removed, answer, Expect.status(403), uri.toString());
    try {
      open.client.closeStatus();
    } catch (AssertionError stillOpen) {
      row.wrong.add("WS $connect: the removed member's open connection was not closed");
    }
    row.writes.addAll(writes.since(before, Set.of()));
    assertNoFindings(row);
  }

  /**
   * Judges an answer: never a 5xx, never HTML, always JSON, never the other tenant's markers (unless
   * the request itself named them), and the expected refusal.
   */
  private static void judge(Report.Row row, Route route, String attack, Caller caller, Answer answer, Expect expect,
                            String request) {
    row.requests++;
    row.routes.add(route.key());
    List<String> wrong = new ArrayList<>();
    if (answer.status() >= 500) {
      wrong.add("a server error");
    } else if (answer.status() == 0) {
      wrong.add("the connection closed without an answer");
    }
    if (answer.isHtml()) {
      wrong.add("an HTML body");
    } else if (!answer.body().isBlank() && answer.json().isEmpty() && !answer.contentType().startsWith("text/csv")) {
      wrong.add("a body that is not JSON");
    }
    Seed other = caller.tenant().equals(acme.tenant()) ? brightside : acme;
    other.markers().stream().filter(m -> answer.body().contains(m) && !request.contains(m)).findFirst()
        .ifPresent(marker -> wrong.add("the answer shows " + other.tenant() + "'s " + marker));
    expect.wrongIn(answer).ifPresent(wrong::add);
    if (wrong.isEmpty()) {
      row.refusedCorrectly++;
    } else {
      row.wrong.add(route.key() + " — " + attack + " as " + caller.name() + ": " + String.join("; ", wrong));
    }
  }

  private static void assertNoFindings(Report.Row row) {
    assertThat(row.findings()).as("wrong answers and writes of the attack class '%s' (%d requests)", row.attackClass,
        row.requests).isEmpty();
  }

  private static Probe probe(Route route, String attack, String body) {
    return Probe.of(route, olivia, acme).attack(attack).body(body);
  }

  /**
   * A filter value compared as a literal: {@code assignee} takes any user id, so {@code {"$ne":null}}
   * is a user no task has (the write side would refuse it as an assignee).
   */
  private static final Expect NOTHING_MATCHED = Expect.ok("with no items (the value compared as a literal)",
      a -> a.json().get().path("items").isArray() && a.json().get().path("items").isEmpty());

  /** 200 with a list whose every task is assigned to the caller. */
  private static Expect onlyTasksOf(Caller caller) {
    return Expect.ok("with only " + caller.name() + "'s tasks", a -> {
      for (JsonNode item : a.json().get().path("items")) {
        if (!item.path("assignee").asText().equals(caller.sub())) {
          return false;
        }
      }
      return a.json().get().has("items");
    });
  }

  /** 200 with a list whose every expense was logged by the caller or is owed to them. */
  private static Expect onlyExpensesOf(Caller caller) {
    return Expect.ok("with only " + caller.name() + "'s expenses", a -> {
      for (JsonNode item : a.json().get().path("items")) {
        if (!item.path("loggedBy").asText().equals(caller.sub()) && !item.path("member").asText().equals(caller.sub())) {
          return false;
        }
      }
      return a.json().get().has("items");
    });
  }

  /** The next page's cursor of a list as the caller reads it (the request counts in the class). */
  private static String cursor(Report.Row row, Route list, Caller caller, Seed seed, String query) {
    Answer page = Probe.of(list, caller, seed).attack("a first page").query(query)
        .expect(Expect.ok("with a next page", a -> a.json().get().has("nextCursor"))).send(row);
    return page.json().map(j -> j.path("nextCursor").asText()).orElse("");
  }

  // ------------------------------------------------------------------ seeding through the API

  private static Caller signIn(String name, String username) {
    UserDirectory.User user = cloud.identity().users().users().stream().filter(u -> u.username().equals(username))
        .findFirst().orElseThrow();
    return new Caller(name, user, Http.signIn(cloud, username));
  }

  /**
   * A draft quote with a line, an issued quote, a task assigned to {@code assignee} with a checklist
   * item and a second task (assigned to {@code secondAssignee}, or no one), and a draft expense owed to
   * {@code assignee}, entered by the owner.
   */
  private static Seed seed(Caller owner, String word, String assignee, String secondAssignee, List<Caller> members) {
    String draft = newId();
    String line = newId();
    String issued = newId();
    String task = newId();
    String item = newId();
    String second = newId();
    String customer = newId();
    String site = newId();
    command(owner, "POST", "/customers", """
        {"customerId": "%s", "kind": "person", "name": "%s Customer",
         "sites": [{"siteId": "%s", "address": {"lines": ["1 %s Street"], "town": "Leeds", "postcode": "LS1 1AA"}}]}
        """.formatted(customer, word, site, word), 201);
    command(owner, "POST", "/quotes", """
        {"quoteId": "%s", "customerId": "%s", "title": "%s bathroom refit",
         "lines": [{"lineId": "%s", "description": "Tiling", "quantity": 3, "unitPrice": 12000, "vatCode": "standard"}]}
        """.formatted(draft, customer, word, line), 201);
    command(owner, "POST", "/quotes", """
        {"quoteId": "%s", "customerId": "%s", "title": "%s boiler service",
         "lines": [{"lineId": "%s", "description": "Service", "quantity": 1, "unitPrice": 9000, "vatCode": "standard"}]}
        """.formatted(issued, customer, word, newId()), 201);
    command(owner, "POST", "/quotes/" + issued + "/issue", "{}", 200);
    command(owner, "POST", "/tasks", """
        {"taskId": "%s", "title": "%s radiator valve", "assignee": "%s", "checklist": [{"itemId": "%s", "text": "Drain down"}]}
        """.formatted(task, word, assignee, item), 201);
    command(owner, "POST", "/tasks", """
        {"taskId": "%s", "title": "%s gutter"%s}
        """.formatted(second, word, secondAssignee == null ? "" : ", \"assignee\": \"" + secondAssignee + "\""), 201);
    String job = newId();
    command(owner, "POST", "/jobs", """
        {"jobId": "%s", "customerId": "%s", "title": "%s loft insulation"}
        """.formatted(job, customer, word), 201);
    String expense = newId();
    command(owner, "POST", "/expenses", """
        {"expenseId": "%s", "date": "%s", "supplier": "%s Supplies", "category": "materials", "net": 1000,
         "vatCode": "standard", "paidBy": "member", "member": "%s"}
        """.formatted(expense, LocalDate.now(ZoneId.of("Europe/London")), word, assignee), 201);
    // a receipt uploaded with a grant (a real POST to the local S3) and attached, so that it can be shown
    Answer grant = Answer.of(Http.send(Http.to(cloud, "/expenses/" + expense + "/receipt-upload")
        .header("authorization", "Bearer " + owner.token()).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"contentType\": \"image/png\"}"))));
    assertThat(grant.status()).as("seeding a receipt grant: %s", grant.body()).isEqualTo(200);
    String receipt = grant.json().orElseThrow().get("key").asText();
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    grant.json().orElseThrow().get("fields").properties().forEach(f -> fields.put(f.getKey(), f.getValue().asText()));
    assertThat(app.jobmate.localcloud.MultipartForm.post(java.net.URI.create(grant.json().orElseThrow().get("url").asText()), fields,
        "receipt.png", "image/png", RECEIPT_PNG).statusCode()).as("uploading the seeded receipt").isEqualTo(204);
    command(owner, "POST", "/expenses/" + expense + "/receipt", "{\"key\": \"" + receipt + "\"}", 200);
    String apiClient = command(owner, "POST", "/api-clients", """
        {"name": "%s accountant"}
        """.formatted(word), 201).json().orElseThrow().get("clientId").asText();
    Set<String> markers = new HashSet<>(Set.of(owner.tenant(), word, draft, line, issued, task, item, second, job,
        customer, site, expense, apiClient, receipt));
    // resources: a van in use
    String resource = newId();
    command(owner, "POST", "/resources", """
        {"resourceId": "%s", "kind": "vehicle", "name": "%s van", "registration": "AB12CDE", "busy": true}
        """.formatted(resource, word), 201);
    markers.add(resource);
    // staff as resources: the assignee's profile with their working hours and cost
    command(owner, "PUT", "/resources/staff/" + assignee, """
        {"skills": ["%s"], "workingHours": {"monday": [{"start": "08:00", "end": "16:30"}]}}
        """.formatted(word.toLowerCase(java.util.Locale.ROOT)), 200);
    command(owner, "POST", "/resources/staff/" + assignee + "/hourly-cost", """
        {"hourlyCost": 1850, "effectiveFrom": "%s"}""".formatted(LocalDate.now(ZoneId.of("Europe/London"))), 200);
    members.forEach(m -> markers.add(m.sub()));
    return new Seed(owner.tenant(), draft, line, issued, task, item, second, job, customer, site, expense, apiClient,
        receipt, Set.copyOf(markers), resource, assignee);
  }

  /** The smallest PNG signature and header a receipt check reads. */
  private static final byte[] RECEIPT_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
      0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

  private static Answer command(Caller caller, String method, String path, String body, int status) {
    Answer answer = Answer.of(Http.send(Http.to(cloud, path).header("authorization", "Bearer " + caller.token())
        .header("content-type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))));
    assertThat(answer.status()).as("seeding %s %s: %s", method, path, answer.body()).isEqualTo(status);
    return answer;
  }

  // ------------------------------------------------------------------ small things

  private static String newId() {
    return UuidV7.at(Instant.now()).toString();
  }

  /** A catalogue template with the target tenant's records, the caller's id, fresh ids and dates filled in. */
  static String fill(String template, Caller caller, Seed seed) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String filled = template.replace("{draftQuote}", seed.draftQuote()).replace("{draftLine}", seed.draftLine())
        .replace("{issuedQuote}", seed.issuedQuote()).replace("{task}", seed.task()).replace("{item}", seed.item())
        .replace("{job}", seed.job()).replace("{customer}", seed.customer()).replace("{site}", seed.site())
        .replace("{expense}", seed.expense()).replace("{apiClient}", seed.apiClient())
        .replace("{receipt}", seed.receipt()).replace("{resource}", seed.resource())
        .replace("{member}", seed.member())
        .replace("{me}", caller.sub()).replace("{today}", today.toString())
        .replace("{monthAgo}", today.minusMonths(1).toString()).replace("{token}", caller.token());
    while (filled.contains("{newId}")) {
      filled = filled.replaceFirst("\\{newId}", newId());
    }
    return filled;
  }

  private static String with(String body, Consumer<ObjectNode> change) {
    try {
      ObjectNode node = body == null || body.isEmpty() ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(body);
      change.accept(node);
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first text field of a body (where an ill-formed string goes), else {@code note}. */
  private static String textFieldOf(String body) {
    try {
      JsonNode node = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
      for (var fields = node.properties().iterator(); fields.hasNext(); ) {
        var field = fields.next();
        if (field.getValue().isTextual() && !field.getKey().endsWith("Id") && !field.getKey().equals("assignee")) {
          return field.getKey();
        }
      }
      return "note";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code body} with {@code field} set to {@code jsonValue}, written as it is (escapes kept). */
  private static String replaced(String body, String field, String jsonValue) {
    String marker = "\"attack-value-" + field + "\"";
    return with(body, node -> node.put(field, "attack-value-" + field)).replace(marker, jsonValue);
  }

  private static String and(String query, String more) {
    return query.isEmpty() ? more : query + "&" + more;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String tampered(String cursor) {
    int at = cursor.length() / 2;
    char changed = cursor.charAt(at) == 'A' ? 'B' : 'A';
    return cursor.substring(0, at) + changed + cursor.substring(at + 1);
  }

  /** The path with its {@code index}-th path parameter replaced by {@code value}. */
  private static String withSegment(Route route, String path, int index, String value) {
    String[] keySegments = route.key().substring(route.key().indexOf(' ') + 1).split("/");
    String[] segments = path.split("/");
    int seen = 0;
    for (int i = 0; i < keySegments.length; i++) {
      if (keySegments[i].startsWith("{") && seen++ == index) {
        segments[i] = value;
      }
    }
    return String.join("/", segments);
  }

  private static Map<String, Map<String, AttributeValue>> connections() {
    Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
    dynamoDb.scanPaginator(r -> r.tableName(cloud.tableName("ConnectionsTable")).consistentRead(true)).items()
        .forEach(item -> items.put(item.get("pk").s() + "|" + item.get("sk").s(), item));
    return items;
  }

  /** API Gateway's Forbidden frame or the pong: an answer to a message, not a push. */
  private static boolean isAnswerFrame(String frame) {
    return frame.contains("\"Forbidden\"") || frame.contains("\"pong\"");
  }

  /** A member's WebSocket connection, keeping every frame it was sent. */
  static final class Socket {
    final Caller caller;
    final WsClient client;
    private final List<String> taken = new ArrayList<>();

    private Socket(Caller caller, WsClient client) {
      this.caller = caller;
      this.client = client;
    }

    static Socket open(Caller caller) {
      return new Socket(caller, WsClient.connect(URI.create(cloud.endpoints().webSocket().orElseThrow() + "?token="
          + caller.token())));
    }

    /** The next frame {@code wanted} accepts, keeping the others (pushes) seen on the way. */
    String await(Predicate<String> wanted) {
      while (true) {
        String frame = client.next();
        taken.add(frame);
        if (wanted.test(frame)) {
          return frame;
        }
      }
    }

    List<String> all() {
      List<String> all = new ArrayList<>(taken);
      all.addAll(client.received());
      return all;
    }
  }
}

package app.jobmate.localcloud.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every route of Jobmate's template as the attack suite knows it: who may call it, whether it is a
 * command or a query, a valid request for it, and what refusing another tenant's ids looks like.
 * A route added to the template must be added here ({@link #differencesFrom}).
 *
 * <p>Paths and bodies name the seeded records of the tenant they address: {@code {draftQuote}},
 * {@code {draftLine}}, {@code {issuedQuote}}, {@code {task}} (assigned to a member, with a checklist
 * item {@code {item}}), {@code {job}} (an open job created directly), {@code {customer}} (with a site
 * {@code {site}}), {@code {expense}}, {@code {apiClient}} (an API client's id), {@code {receipt}} (the key of the
 * receipt attached to {@code {expense}}); and {@code {newId}}
 * (a fresh UUIDv7), {@code {me}} (the caller's user id),
 * {@code {today}}, {@code {monthAgo}}.
 */
final class Catalogue {

  enum Kind { COMMAND, QUERY, WEBSOCKET }

  /** What staff may do on a route; owners and admins may do all it offers (command-handlers and projections READMEs). */
  enum Staff {
    /** 403 whatever the target: quotes (no prices for staff), creating tasks, the workload report. */
    REFUSED,
    /** Only on a task assigned to them; any other task is 404 {@code task.not-found}. */
    ASSIGNED_TASK,
    /** A task assigned to them is 403 {@code task.forbidden}; any other task 404 {@code task.not-found}. */
    MANAGERS_ONLY_ON_TASK,
    /** Answered with the tasks assigned to them, and nothing else. */
    OWN_TASKS,
    /** Answered with their own profile, and nobody else's. */
    OWN_PROFILE,
    /** Any connected member. */
    ANY,
    /** Only on their own expense (logged by them or owed to them); any other is 404 {@code expense.not-found}. */
    OWN_EXPENSE,
    /** Their own expense is 403 {@code expense.forbidden}; any other 404 {@code expense.not-found}. */
    MANAGERS_ONLY_ON_EXPENSE,
    /** They log expenses, but claim only for themselves: naming another member is 403 {@code expense.forbidden}. */
    CLAIMS_FOR_THEMSELVES,
    /** Answered with their own expenses, and nothing else. */
    OWN_EXPENSES,
    /** Answered with their own mileage; naming another member is 403. */
    OWN_MILEAGE,
    /** Answered with their own diary; naming another member is 403. */
    OWN_DIARY,
    /** Answered with the names, kinds and busy flags of equipment and vehicles in use: no registration, dates or notes. */
    RESOURCE_NAMES,
    /** Their own staff profile, without costs; anyone else's is 404 {@code resource.staff-not-found}. */
    OWN_STAFF_PROFILE,
    /** Their own text messages (mobile number, opt-in); another member's are 403 {@code team.text-messages-own-only}. */
    OWN_TEXT_MESSAGES
  }

  /** A refusal: the status, and the problem's {@code code} when the API gives one. */
  record Refusal(int status, String code) {
  }

  /**
   * A route: its key as the template declares it ({@code POST /quotes/{quoteId}/issue}, {@code WS ping}),
   * the roles that may call it and what staff may do on it, the path, query and body of a valid
   * request, the refusal of another tenant's ids ({@code null} when the path names no record), and
   * what staff get when they are refused.
   */
  record Route(String key, Kind kind, Set<String> roles, Staff staff, String path, String query, String body,
               Refusal otherTenant, Refusal staffRefusal) {

    String method() {
      return key.substring(0, key.indexOf(' '));
    }

    /** The path parameters of the route key, in order ({@code quoteId}, {@code lineId}). */
    List<String> pathParameters() {
      List<String> names = new ArrayList<>();
      for (String segment : key.substring(key.indexOf(' ') + 1).split("/")) {
        if (segment.startsWith("{")) {
          names.add(segment.substring(1, segment.length() - 1));
        }
      }
      return names;
    }

    boolean isHttp() {
      return kind != Kind.WEBSOCKET;
    }
  }

  private static final Set<String> MANAGERS = Set.of("owner", "admin");
  private static final Set<String> EVERYONE = Set.of("owner", "admin", "staff");
  private static final Refusal QUOTE_NOT_FOUND = new Refusal(404, "quote.not-found");
  private static final Refusal TASK_NOT_FOUND = new Refusal(404, "task.not-found");
  private static final Refusal JOB_NOT_FOUND = new Refusal(404, "job.not-found");
  private static final Refusal FORBIDDEN = new Refusal(403, null);
  private static final Refusal TASK_FORBIDDEN = new Refusal(403, "task.forbidden");
  private static final Refusal CUSTOMER_NOT_FOUND = new Refusal(404, "customer.not-found");
  private static final Refusal EXPENSE_NOT_FOUND = new Refusal(404, "expense.not-found");
  private static final Refusal API_CLIENT_NOT_FOUND = new Refusal(404, "team.api-client-not-found");
  private static final Refusal EXPENSE_FORBIDDEN = new Refusal(403, "expense.forbidden");
  private static final Refusal RESOURCE_NOT_FOUND = new Refusal(404, "resource.not-found");
  private static final Refusal NOT_IN_TEAM = new Refusal(422, "resource.member-not-in-team");
  private static final String ADDRESS = """
      {"lines": ["2 Mill Lane"], "town": "Leeds", "postcode": "ls1 1aa"}""";

  private static final String DRAFT = """
      {"quoteId": "{newId}", "customerId": "{customer}", "title": "Rewire, 4 Oak Lane",
       "lines": [{"lineId": "{newId}", "description": "Double socket", "quantity": 2, "unitPrice": 4500,
                  "vatCode": "standard"}]}""";
  private static final String LINE = """
      {"description": "Consumer unit", "quantity": 1, "unitPrice": 32000, "vatCode": "standard"}""";

  private static final String EXPENSE_DETAILS = """
      {"date": "{today}", "supplier": "City Plumbing", "category": "materials", "gross": 5400, "vatCode": "standard",
       "paidBy": "member", "member": "{me}"}""";
  private static final String EXPENSE = EXPENSE_DETAILS.replace("{\"date\"", "{\"expenseId\": \"{newId}\", \"date\"");
  private static final String MILEAGE = """
      {"expenseId": "{newId}", "vehicle": "car-or-van", "passengers": 1,
       "journeys": [{"date": "{today}", "from": "Depot", "to": "2 Mill Lane, Leeds", "purpose": "Boiler service",
                     "miles": 12}]}""";
  private static final String MILEAGE_CHANGE = MILEAGE.replace("\"expenseId\": \"{newId}\", ", "");
  private static final String RESOURCE_DETAILS = """
      {"name": "Transit van", "registration": "ab12 cde", "motDue": "{today}", "busy": true}""";
  static final List<Route> ROUTES = List.of(
      quoteCommand("POST /quotes", "/quotes", DRAFT, null),
      quoteCommand("PUT /quotes/{quoteId}", "/quotes/{draftQuote}", """
          {"customerId": "{customer}", "title": "Rewire, 6 Oak Lane"}"""),
      quoteCommand("POST /quotes/{quoteId}/lines", "/quotes/{draftQuote}/lines", """
          {"lineId": "{newId}", "description": "Smoke alarm", "quantity": 3, "unitPrice": 2500, "vatCode": "standard"}"""),
      quoteCommand("PUT /quotes/{quoteId}/lines/{lineId}", "/quotes/{draftQuote}/lines/{draftLine}", LINE),
      quoteCommand("DELETE /quotes/{quoteId}/lines/{lineId}", "/quotes/{draftQuote}/lines/{draftLine}", ""),
      quoteCommand("POST /quotes/{quoteId}/issue", "/quotes/{draftQuote}/issue", "{}"),
      quoteCommand("POST /quotes/{quoteId}/view", "/quotes/{issuedQuote}/view", "{}"),
      quoteCommand("POST /quotes/{quoteId}/accept", "/quotes/{issuedQuote}/accept", """
          {"optionalLinesTaken": []}"""),
      quoteCommand("POST /quotes/{quoteId}/decline", "/quotes/{issuedQuote}/decline", """
          {"reason": "price", "note": "Too dear for now"}"""),
      quoteCommand("POST /quotes/{quoteId}/withdraw", "/quotes/{issuedQuote}/withdraw", """
          {"reason": "The customer moved house"}"""),
      quoteCommand("POST /quotes/{quoteId}/revise", "/quotes/{issuedQuote}/revise", "{}"),
      // served by the job command function (the conversion process); the seeded quote is not accepted: 409
      quoteCommand("POST /quotes/{quoteId}/convert-to-job", "/quotes/{issuedQuote}/convert-to-job", "{}"),

      new Route("POST /tasks", Kind.COMMAND, MANAGERS, Staff.REFUSED, "/tasks", "", """
          {"taskId": "{newId}", "title": "Fit a smoke alarm", "priority": "high",
           "checklist": [{"itemId": "{newId}", "text": "Test the alarm"}]}""", null, TASK_FORBIDDEN),
      taskCommand("PUT /tasks/{taskId}", Staff.MANAGERS_ONLY_ON_TASK, "/tasks/{task}", """
          {"title": "Replace the radiator valve", "priority": "urgent"}"""),
      taskCommand("PUT /tasks/{taskId}/assignee", Staff.MANAGERS_ONLY_ON_TASK, "/tasks/{task}/assignee", """
          {"assignee": "{me}"}"""),
      taskCommand("POST /tasks/{taskId}/checklist", Staff.MANAGERS_ONLY_ON_TASK, "/tasks/{task}/checklist", """
          {"itemId": "{newId}", "text": "Bleed the radiators"}"""),
      taskCommand("POST /tasks/{taskId}/checklist/{itemId}/tick", Staff.ASSIGNED_TASK, "/tasks/{task}/checklist/{item}/tick", "{}"),
      taskCommand("POST /tasks/{taskId}/checklist/{itemId}/untick", Staff.ASSIGNED_TASK, "/tasks/{task}/checklist/{item}/untick",
          "{}"),
      taskCommand("DELETE /tasks/{taskId}/checklist/{itemId}", Staff.MANAGERS_ONLY_ON_TASK, "/tasks/{task}/checklist/{item}", ""),
      taskCommand("POST /tasks/{taskId}/start", Staff.ASSIGNED_TASK, "/tasks/{task}/start", "{}"),
      taskCommand("POST /tasks/{taskId}/complete", Staff.ASSIGNED_TASK, "/tasks/{task}/complete", "{}"),
      taskCommand("POST /tasks/{taskId}/cancel", Staff.MANAGERS_ONLY_ON_TASK, "/tasks/{task}/cancel", """
          {"reason": "The customer cancelled"}"""),

      // jobs: owners and admins change them; staff are refused (they read the jobs their tasks are on)
      new Route("POST /jobs", Kind.COMMAND, MANAGERS, Staff.REFUSED, "/jobs", "", """
          {"jobId": "{newId}", "customerId": "{customer}", "title": "Loft hatch",
           "agreedValue": {"net": 20000, "vat": 4000}}""", null, FORBIDDEN),
      jobCommand("POST /jobs/{jobId}/schedule", "/jobs/{job}/schedule", """
          {"day": "{today}"}"""),
      jobCommand("POST /jobs/{jobId}/start", "/jobs/{job}/start", "{}"),
      jobCommand("POST /jobs/{jobId}/complete", "/jobs/{job}/complete", "{}"),
      jobCommand("POST /jobs/{jobId}/reopen", "/jobs/{job}/reopen", """
          {"reason": "A snag"}"""),
      jobCommand("POST /jobs/{jobId}/cancel", "/jobs/{job}/cancel", """
          {"reason": "The customer cancelled"}"""),
      jobCommand("POST /jobs/{jobId}/notes", "/jobs/{job}/notes", """
          {"noteId": "{newId}", "text": "Ring before arriving"}"""),
      jobCommand("PUT /jobs/{jobId}", "/jobs/{job}", """
          {"title": "Loft hatch and insulation", "description": "Board the loft too"}"""),
      jobCommand("PUT /jobs/{jobId}/agreed-value", "/jobs/{job}/agreed-value", """
          {"net": 52000, "vat": 10400, "reason": "Second radiator added on site"}"""),

      // customers: owners and admins; erasure the owner's alone
      new Route("POST /customers", Kind.COMMAND, MANAGERS, Staff.REFUSED, "/customers", "", """
          {"customerId": "{newId}", "kind": "person", "name": "Robin Marsh", "phones": ["07700 900777"],
           "sites": [{"siteId": "{newId}", "address": %s}]}""".formatted(ADDRESS), null, FORBIDDEN),
      customerCommand("PUT /customers/{customerId}", "/customers/{customer}", """
          {"kind": "company", "name": "Marsh Lettings", "emails": ["office@marsh.example"]}"""),
      customerCommand("POST /customers/{customerId}/sites", "/customers/{customer}/sites", """
          {"siteId": "{newId}", "address": %s, "accessNotes": "Side gate"}""".formatted(ADDRESS)),
      customerCommand("PUT /customers/{customerId}/sites/{siteId}", "/customers/{customer}/sites/{site}", """
          {"address": %s}""".formatted(ADDRESS)),
      customerCommand("DELETE /customers/{customerId}/sites/{siteId}", "/customers/{customer}/sites/{site}", ""),
      customerCommand("POST /customers/{customerId}/archive", "/customers/{customer}/archive", "{}"),
      customerCommand("POST /customers/{customerId}/restore", "/customers/{customer}/restore", "{}"),
      customerCommand("POST /customers/{customerId}/merge", "/customers/{customer}/merge", """
          {"survivorId": "{newId}"}"""),
      new Route("POST /customers/{customerId}/erase", Kind.COMMAND, Set.of("owner"), Staff.REFUSED,
          "/customers/{customer}/erase", "", "{}", CUSTOMER_NOT_FOUND, FORBIDDEN),
      new Route("GET /customers", Kind.QUERY, MANAGERS, Staff.REFUSED, "/customers", "name=ro&status=active", null,
          null, FORBIDDEN),
      new Route("GET /customers/{customerId}", Kind.QUERY, MANAGERS, Staff.REFUSED, "/customers/{customer}", "", null,
          CUSTOMER_NOT_FOUND, FORBIDDEN),

      // the team context: the business's settings, the owner's only
      new Route("PUT /settings", Kind.COMMAND, Set.of("owner"), Staff.REFUSED, "/settings", "", """
          {"name": "Acme Electrical Ltd", "address": "2 Mill Lane, Leeds", "vatQuarterStagger": "mar-jun-sep-dec"}""",
          null, FORBIDDEN),

      // the team context: the team, the owner's only (another business's member is checked in TeamEndToEndTest)
      new Route("POST /team/members", Kind.COMMAND, Set.of("owner"), Staff.REFUSED, "/team/members", "", """
          {"email": "invitee-{newId}@acme.example", "name": "Ivy Invitee", "role": "staff"}""", null, FORBIDDEN),
      new Route("PUT /team/members/{userId}/role", Kind.COMMAND, Set.of("owner"), Staff.REFUSED, "/team/members/{me}/role",
          "", """
          {"role": "owner"}""", null, FORBIDDEN),
      new Route("DELETE /team/members/{userId}", Kind.COMMAND, Set.of("owner"), Staff.REFUSED, "/team/members/{me}", "",
          "", null, FORBIDDEN),
      // text messages: any member sets their own (an owner may clear another's, which the function test covers)
      new Route("PUT /team/members/{userId}/text-messages", Kind.COMMAND, EVERYONE, Staff.OWN_TEXT_MESSAGES,
          "/team/members/{me}/text-messages", "", """
          {"mobile": "07700 900123", "optIn": false}""", null, new Refusal(403, "team.text-messages-own-only")),
      // API clients: programs' read-only access to the reports, the owner's only
      new Route("POST /api-clients", Kind.COMMAND, Set.of("owner"), Staff.REFUSED, "/api-clients", "", """
          {"name": "BI tool {newId}"}""", null, FORBIDDEN),
      new Route("DELETE /api-clients/{clientId}", Kind.COMMAND, Set.of("owner"), Staff.REFUSED, "/api-clients/{apiClient}",
          "", "", API_CLIENT_NOT_FOUND, FORBIDDEN),
      new Route("GET /api-clients", Kind.QUERY, Set.of("owner"), Staff.REFUSED, "/api-clients", "", null, null, FORBIDDEN),

      new Route("GET /quotes", Kind.QUERY, MANAGERS, Staff.REFUSED, "/quotes", "state=draft,issued", null, null,
          FORBIDDEN),
      new Route("GET /quotes/{quoteId}", Kind.QUERY, MANAGERS, Staff.REFUSED, "/quotes/{issuedQuote}", "", null,
          QUOTE_NOT_FOUND, FORBIDDEN),
      new Route("GET /reports/quotes-pipeline", Kind.QUERY, MANAGERS, Staff.REFUSED, "/reports/quotes-pipeline",
          "from={monthAgo}&to={today}", null, null, FORBIDDEN),
      new Route("GET /jobs", Kind.QUERY, MANAGERS, Staff.REFUSED, "/jobs", "status=open,scheduled", null, null,
          FORBIDDEN),
      // staff read only a job with a task of theirs on it: the seeded job has none, so it is not found
      new Route("GET /jobs/{jobId}", Kind.QUERY, EVERYONE, Staff.REFUSED, "/jobs/{job}", "", null, JOB_NOT_FOUND,
          JOB_NOT_FOUND),
      new Route("GET /tasks", Kind.QUERY, EVERYONE, Staff.OWN_TASKS, "/tasks", "", null, null, null),
      new Route("GET /tasks/mine", Kind.QUERY, EVERYONE, Staff.OWN_TASKS, "/tasks/mine", "", null, null, null),
      new Route("GET /tasks/{taskId}", Kind.QUERY, EVERYONE, Staff.ASSIGNED_TASK, "/tasks/{task}", "", null, TASK_NOT_FOUND,
          TASK_NOT_FOUND),
      new Route("GET /reports/open-tasks-by-assignee", Kind.QUERY, MANAGERS, Staff.REFUSED,
          "/reports/open-tasks-by-assignee", "overdueTasks=3", null, null, FORBIDDEN),

      // the team context: the business's settings
      new Route("GET /settings", Kind.QUERY, MANAGERS, Staff.REFUSED, "/settings", "", null, null, FORBIDDEN),
      // the team context: the team (owners and admins) and the caller's own profile (anyone)
      new Route("GET /team", Kind.QUERY, MANAGERS, Staff.REFUSED, "/team", "", null, null, FORBIDDEN),
      new Route("GET /me", Kind.QUERY, EVERYONE, Staff.OWN_PROFILE, "/me", "", null, null, null),

      // expenses: anyone with a role logs them; staff work on their own only; owners and admins judge, never their own
      new Route("POST /expenses", Kind.COMMAND, EVERYONE, Staff.CLAIMS_FOR_THEMSELVES, "/expenses", "", EXPENSE, null,
          EXPENSE_FORBIDDEN),
      new Route("POST /expenses/mileage", Kind.COMMAND, EVERYONE, Staff.CLAIMS_FOR_THEMSELVES, "/expenses/mileage", "",
          MILEAGE, null, EXPENSE_FORBIDDEN),
      expenseCommand("PUT /expenses/{expenseId}", Staff.OWN_EXPENSE, "/expenses/{expense}", EXPENSE_DETAILS),
      expenseCommand("PUT /expenses/{expenseId}/mileage", Staff.OWN_EXPENSE, "/expenses/{expense}/mileage",
          MILEAGE_CHANGE),
      expenseCommand("POST /expenses/{expenseId}/submit", Staff.OWN_EXPENSE, "/expenses/{expense}/submit", "{}"),
      expenseCommand("POST /expenses/{expenseId}/approve", Staff.MANAGERS_ONLY_ON_EXPENSE, "/expenses/{expense}/approve",
          "{}"),
      expenseCommand("POST /expenses/{expenseId}/refuse", Staff.MANAGERS_ONLY_ON_EXPENSE, "/expenses/{expense}/refuse",
          """
          {"reason": "No receipt"}"""),
      expenseCommand("POST /expenses/{expenseId}/reimburse", Staff.MANAGERS_ONLY_ON_EXPENSE,
          "/expenses/{expense}/reimburse", "{}"),
      // receipts: a grant writes nothing; staff only on their own expense (draft or submitted)
      expenseCommand("POST /expenses/{expenseId}/receipt-upload", Staff.OWN_EXPENSE, "/expenses/{expense}/receipt-upload",
          """
          {"contentType": "image/png"}"""),
      expenseCommand("POST /expenses/{expenseId}/receipt", Staff.OWN_EXPENSE, "/expenses/{expense}/receipt", """
          {"key": "{receipt}"}"""),
      new Route("GET /expenses", Kind.QUERY, EVERYONE, Staff.OWN_EXPENSES, "/expenses", "status=draft,submitted", null,
          null, null),
      new Route("GET /expenses/{expenseId}", Kind.QUERY, EVERYONE, Staff.OWN_EXPENSE, "/expenses/{expense}", "", null,
          EXPENSE_NOT_FOUND, EXPENSE_NOT_FOUND),
      new Route("GET /expenses/{expenseId}/receipt", Kind.QUERY, EVERYONE, Staff.OWN_EXPENSE, "/expenses/{expense}/receipt", "",
          null, EXPENSE_NOT_FOUND, EXPENSE_NOT_FOUND),

      // mileage: a person's count per tax year; staff read only their own (naming another member is 403)
      new Route("GET /mileage", Kind.QUERY, EVERYONE, Staff.OWN_MILEAGE, "/mileage", "taxYear=2026-27", null, null,
          FORBIDDEN),

      // diary: owners and admins book anyone; staff only block out their own time (a visit is 403), and read
      // only their own diary (naming another member is 403); a fresh appointment id is nobody's (404)
      new Route("POST /appointments", Kind.COMMAND, EVERYONE, Staff.REFUSED, "/appointments", "", """
          {"appointmentId": "{newId}", "kind": "job-visit", "start": "{today}T09:00", "end": "{today}T10:30",
           "members": ["{me}"], "jobId": "{job}", "title": "Fit the new boiler", "notes": "Side gate"}""", null,
          new Refusal(403, "appointment.staff-own-blocks-only")),
      new Route("POST /appointments/{appointmentId}/cancel", Kind.COMMAND, EVERYONE, Staff.REFUSED,
          "/appointments/{newId}/cancel", "", """
          {"reason": "The customer is away"}""", new Refusal(404, "appointment.not-found"),
          new Refusal(404, "appointment.not-found")),
      new Route("POST /appointments/{appointmentId}/move", Kind.COMMAND, EVERYONE, Staff.REFUSED,
          "/appointments/{newId}/move", "", """
          {"start": "{today}T13:00", "end": "{today}T14:00", "members": ["{me}"], "resources": ["{resource}"]}""",
          new Refusal(404, "appointment.not-found"), new Refusal(404, "appointment.not-found")),
      new Route("GET /diary", Kind.QUERY, EVERYONE, Staff.OWN_DIARY, "/diary", "from={today}", null, null, FORBIDDEN),
      // diary, recurring series: as for booking (staff only a series of blocked time for themselves)
      new Route("POST /appointment-series", Kind.COMMAND, EVERYONE, Staff.REFUSED, "/appointment-series", "", """
          {"seriesId": "{newId}", "kind": "meeting", "members": ["{me}"], "title": "Monday planning",
           "rule": {"frequency": "weekly", "every": 1, "weekdays": ["monday"], "from": "{today}", "count": 2,
                    "startTime": "07:00", "minutes": 30}}""", null, new Refusal(403, "appointment.staff-own-blocks-only")),
      new Route("POST /appointment-series/{seriesId}/end", Kind.COMMAND, EVERYONE, Staff.REFUSED,
          "/appointment-series/{newId}/end", "", """
          {"from": "{today}", "reason": "The customer changed contractor"}""", new Refusal(404, "series.not-found"),
          new Refusal(404, "series.not-found")),
      // utilisation per ISO week: owners and admins (and API clients, a report)
      new Route("GET /reports/utilisation", Kind.QUERY, MANAGERS, Staff.REFUSED, "/reports/utilisation",
          "from={today}", null, null, FORBIDDEN),
      // free slots across the team: owners and admins
      new Route("GET /diary/free-slots", Kind.QUERY, MANAGERS, Staff.REFUSED, "/diary/free-slots",
          "duration=60&from={today}", null, null, FORBIDDEN),
      // resources: equipment and vehicles, kept by owners and admins; staff read the names and kinds of those in use
      new Route("POST /resources", Kind.COMMAND, MANAGERS, Staff.REFUSED, "/resources", "",
          RESOURCE_DETAILS.replace("{\"name\"", "{\"resourceId\": \"{newId}\", \"kind\": \"vehicle\", \"name\""), null,
          FORBIDDEN),
      resourceCommand("PUT /resources/{resourceId}", "/resources/{resource}", RESOURCE_DETAILS),
      resourceCommand("POST /resources/{resourceId}/retire", "/resources/{resource}/retire", "{}"),
      resourceCommand("POST /resources/{resourceId}/restore", "/resources/{resource}/restore", "{}"),
      new Route("GET /resources", Kind.QUERY, EVERYONE, Staff.RESOURCE_NAMES, "/resources", "kind=vehicle,equipment",
          null, null, FORBIDDEN),
      new Route("GET /resources/{resourceId}", Kind.QUERY, EVERYONE, Staff.RESOURCE_NAMES, "/resources/{resource}", "",
          null, RESOURCE_NOT_FOUND, FORBIDDEN),
      // staff as resources: owners and admins set a member's profile and cost (another business's member is not in
      // the team: 422); staff read their own profile only, without costs
      new Route("PUT /resources/staff/{memberId}", Kind.COMMAND, MANAGERS, Staff.REFUSED, "/resources/staff/{member}", "",
          """
          {"skills": ["gas safe"], "workingHours": {"monday": [{"start": "08:00", "end": "16:30"}]}}""", NOT_IN_TEAM,
          FORBIDDEN),
      new Route("POST /resources/staff/{memberId}/hourly-cost", Kind.COMMAND, MANAGERS, Staff.REFUSED,
          "/resources/staff/{member}/hourly-cost", "", """
          {"hourlyCost": 1850, "effectiveFrom": "{today}"}""", NOT_IN_TEAM, FORBIDDEN),
      new Route("GET /resources/staff/{memberId}", Kind.QUERY, EVERYONE, Staff.OWN_STAFF_PROFILE,
          "/resources/staff/{member}", "", null, new Refusal(404, "resource.staff-not-found"),
          new Refusal(404, "resource.staff-not-found")),
      // availability: owners and admins record and cancel a member's absences (another business's member is not in
      // the team: 422, before the absence is looked at)
      new Route("POST /resources/staff/{memberId}/absences", Kind.COMMAND, MANAGERS, Staff.REFUSED,
          "/resources/staff/{member}/absences", "", """
          {"absenceId": "{newId}", "kind": "holiday", "firstDay": "{today}", "lastDay": "{today}"}""", NOT_IN_TEAM,
          FORBIDDEN),
      new Route("POST /resources/staff/{memberId}/absences/{absenceId}/cancel", Kind.COMMAND, MANAGERS, Staff.REFUSED,
          "/resources/staff/{member}/absences/{newId}/cancel", "", "{}", NOT_IN_TEAM, FORBIDDEN),
      // availability: staff read their own only (anyone else's is 404, as the profile)
      new Route("GET /resources/staff/{memberId}/availability", Kind.QUERY, EVERYONE, Staff.OWN_STAFF_PROFILE,
          "/resources/staff/{member}/availability", "", null, new Refusal(404, "resource.staff-not-found"),
          new Refusal(404, "resource.staff-not-found")),

      // money reports: owners and admins only (ReportReaders); staff see no other prices
      new Route("GET /reports/expenses", Kind.QUERY, MANAGERS, Staff.REFUSED, "/reports/expenses",
          "from={monthAgo}&to={today}", null, null, FORBIDDEN),
      new Route("GET /reports/vat", Kind.QUERY, MANAGERS, Staff.REFUSED, "/reports/vat", "year=2026", null, null,
          FORBIDDEN),
      new Route("GET /reports/reimbursements", Kind.QUERY, MANAGERS, Staff.REFUSED, "/reports/reimbursements", "", null,
          null, FORBIDDEN),
      new Route("GET /exports/expenses.csv", Kind.QUERY, MANAGERS, Staff.REFUSED, "/exports/expenses.csv",
          "format=xero&from={monthAgo}&to={today}", null, null, FORBIDDEN),
      new Route("GET /exports/quotes.csv", Kind.QUERY, MANAGERS, Staff.REFUSED, "/exports/quotes.csv",
          "format=quickbooks&from={monthAgo}&to={today}", null, null, FORBIDDEN),

      // job costing: owners and admins only (CostingReaders); staff see no price and no rate; another business's
      // job is not found
      new Route("GET /jobs/{jobId}/costing", Kind.QUERY, MANAGERS, Staff.REFUSED, "/jobs/{job}/costing", "", null,
          JOB_NOT_FOUND, FORBIDDEN),
      new Route("GET /reports/job-costing", Kind.QUERY, MANAGERS, Staff.REFUSED, "/reports/job-costing",
          "from={monthAgo}&to={today}&status=completed", null, null, FORBIDDEN),
      // the audit trail: owners only (admins and staff 403); another tenant's trail is simply not theirs to see
      new Route("GET /audit", Kind.QUERY, Set.of("owner"), Staff.REFUSED, "/audit", "record=quote", null, null,
          FORBIDDEN),
      new Route("GET /audit/export.csv", Kind.QUERY, Set.of("owner"), Staff.REFUSED, "/audit/export.csv",
          "from={monthAgo}&to={today}", null, null, FORBIDDEN),
      new Route("GET /audit/export.jsonl", Kind.QUERY, Set.of("owner"), Staff.REFUSED, "/audit/export.jsonl",
          "from={monthAgo}&to={today}", null, null, FORBIDDEN),

      // WebSocket: the authorizer refuses a handshake 401 (no token) or 403; a message no route selects
      // gets API Gateway's Forbidden frame (the API has no $default route)
      new Route("WS $connect", Kind.WEBSOCKET, EVERYONE, Staff.ANY, "/ws?token={token}", "", null, null,
          new Refusal(403, null)),
      new Route("WS $disconnect", Kind.WEBSOCKET, EVERYONE, Staff.ANY, "", "", """
          {"action": "$disconnect"}""", null, null),
      new Route("WS ping", Kind.WEBSOCKET, EVERYONE, Staff.ANY, "", "", """
          {"action": "ping"}""", null, null));

  private Catalogue() {
  }

  private static Route customerCommand(String key, String path, String body) {
    return new Route(key, Kind.COMMAND, MANAGERS, Staff.REFUSED, path, "", body, CUSTOMER_NOT_FOUND, FORBIDDEN);
  }

  private static Route quoteCommand(String key, String path, String body) {
    return quoteCommand(key, path, body, QUOTE_NOT_FOUND);
  }

  private static Route quoteCommand(String key, String path, String body, Refusal otherTenant) {
    return new Route(key, Kind.COMMAND, MANAGERS, Staff.REFUSED, path, "", body, otherTenant, FORBIDDEN);
  }

  private static Route expenseCommand(String key, Staff staff, String path, String body) {
    return new Route(key, Kind.COMMAND, EVERYONE, staff, path, "", body, EXPENSE_NOT_FOUND,
        staff == Staff.MANAGERS_ONLY_ON_EXPENSE ? EXPENSE_FORBIDDEN : EXPENSE_NOT_FOUND);
  }

  private static Route resourceCommand(String key, String path, String body) {
    return new Route(key, Kind.COMMAND, MANAGERS, Staff.REFUSED, path, "", body, RESOURCE_NOT_FOUND, FORBIDDEN);
  }

  private static Route jobCommand(String key, String path, String body) {
    return new Route(key, Kind.COMMAND, MANAGERS, Staff.REFUSED, path, "", body, JOB_NOT_FOUND, FORBIDDEN);
  }

  private static Route taskCommand(String key, Staff staff, String path, String body) {
    return new Route(key, Kind.COMMAND, EVERYONE, staff, path, "", body, TASK_NOT_FOUND,
        staff == Staff.MANAGERS_ONLY_ON_TASK ? TASK_FORBIDDEN : TASK_NOT_FOUND);
  }

  static List<Route> http() {
    return ROUTES.stream().filter(Route::isHttp).toList();
  }

  static List<Route> of(Kind kind) {
    return ROUTES.stream().filter(r -> r.kind() == kind).toList();
  }

  static Route route(String key) {
    return ROUTES.stream().filter(r -> r.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no route " + key + " in the catalogue"));
  }

  /** What the template and the catalogue disagree on, one line each; empty when they agree. */
  static List<String> differencesFrom(TemplateRoutes template) {
    return differences(template.functionByRoute().keySet(), ROUTES.stream().map(Route::key).collect(Collectors.toSet()));
  }

  static List<String> differences(Set<String> inTemplate, Set<String> inCatalogue) {
    List<String> differences = new ArrayList<>();
    Function<Set<String>, Set<String>> sorted = TreeSet::new;
    for (String route : sorted.apply(inTemplate)) {
      if (!inCatalogue.contains(route)) {
        differences.add(route + " is in template.yaml but not in the attack suite's catalogue (add it to Catalogue.ROUTES)");
      }
    }
    for (String route : sorted.apply(inCatalogue)) {
      if (!inTemplate.contains(route)) {
        differences.add(route + " is in the attack suite's catalogue but not in template.yaml");
      }
    }
    return differences;
  }
}

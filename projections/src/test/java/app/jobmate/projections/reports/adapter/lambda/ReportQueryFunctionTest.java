package app.jobmate.projections.reports.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.team.BusinessEvent.VatStaggerChanged;
import app.jobmate.events.team.VatNumber;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.team.VatStagger;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoCustomerNames;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.business.BusinessReadSide;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.reports.ReportReadSide;
import app.jobmate.projections.reports.adapter.mongodb.MongoExportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoQuoteExportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoReportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoVatRegistrations;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.ExpenseStream;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The money reports on real MongoDB adapters (mongo-java-server) and real HTTP API events, fed by the
 * report projection and, for the VAT registration and stagger, by the business settings' own projection
 * (so a rename of a stored settings field fails here): owners and admins only, the tenant's own
 * figures, every bad parameter named.
 */
class ReportQueryFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PAT = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  /** 6 December 2026, 10:00 in London. */
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector reports = new Projector(readModels, history, EventCodec.standard(),
      new ReportReadSide().projections());
  private final Projector business = new Projector(readModels, history, EventCodec.standard(),
      new BusinessReadSide().projections());
  private final HttpCalls api = new HttpCalls(function(readModels));
  private int n;

  private static ReportQueryFunction function(MongoReadModels readModels) {
    return function(readModels, 20_000);
  }

  private static ReportQueryFunction function(MongoReadModels readModels, long maxExportBytes) {
    return new ReportQueryFunction(readModels, new MongoReportQueries(readModels), new MongoExportQueries(readModels),
        new MongoQuoteExportQueries(readModels, new MongoCustomerNames(readModels)),
        new MongoVatRegistrations(readModels), Duration.ofMillis(300), TODAY, maxExportBytes);
  }

  private void project(Projector projector, List<EventEnvelope> commit) {
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  /** An expense through its life: logged, and then submitted, approved and reimbursed as far as {@code stage} says. */
  private ExpenseStream expense(String tenant, LocalDate date, VatCode code, long net, String member, int stage,
                                Instant reimbursed) {
    ExpenseStream x = new ExpenseStream(tenant, ExpenseStream.id(++n), Instant.parse("2026-01-01T09:00:00Z"));
    project(reports, List.of(x.append(new ExpenseLogged(x.expenseId(), UserId.of(member == null ? OWNER : member), date,
        "Supplier " + n, null, ExpenseCategory.MATERIALS, ExpensePricing.of(code, AmountEntered.NET, Money.ofPence(net),
        date), member == null ? PaidBy.COMPANY : PaidBy.MEMBER, member == null ? null : UserId.of(member), null))));
    if (stage >= 1) {
      project(reports, List.of(x.append(new ExpenseSubmitted(x.expenseId(), x.now()))));
    }
    if (stage >= 2) {
      project(reports, List.of(x.append(new ExpenseApproved(x.expenseId(), UserId.of(OWNER), x.now()))));
    }
    if (stage >= 3) {
      project(reports, List.of(x.append(new ExpenseReimbursed(x.expenseId(), UserId.of(member),
          ExpensePricing.of(code, AmountEntered.NET, Money.ofPence(net), date).gross(), reimbursed))));
    }
    return x;
  }

  private void settings(String tenant, DomainEvent... events) {
    long version = history.read(new app.jobmate.events.StreamId(TenantId.of(tenant), "business", tenant), 1).size();
    List<EventEnvelope> commit = new java.util.ArrayList<>();
    for (DomainEvent event : events) {
      var type = EventTypes.of(event.getClass());
      version++;
      commit.add(new EventEnvelope(java.util.UUID.randomUUID().toString(), type.name(), type.schemaVersion(),
          TenantId.of(tenant), type.streamType(), tenant, version, Instant.parse("2026-12-01T09:00:00Z"), "c", "c", "c",
          new Actor(UserId.of(OWNER), List.of(Role.OWNER)), EventCodec.standard().encode(event)));
    }
    project(business, commit);
  }

  @BeforeEach
  void expenses() {
    expense(ACME, LocalDate.of(2026, 3, 31), VatCode.STANDARD, 10_000, null, 2, null);
    expense(ACME, LocalDate.of(2026, 4, 1), VatCode.STANDARD, 5_000, SAM, 2, null);
    expense(ACME, LocalDate.of(2026, 5, 20), VatCode.REVERSE_CHARGE, 20_000, null, 2, null);
    expense(ACME, LocalDate.of(2026, 11, 3), VatCode.REDUCED, 1_000, PAT, 3, Instant.parse("2026-12-01T00:30:00Z"));
    expense(ACME, LocalDate.of(2026, 11, 4), VatCode.STANDARD, 700, SAM, 3, Instant.parse("2026-11-30T23:30:00Z"));
    expense(ACME, LocalDate.of(2026, 12, 1), VatCode.STANDARD, 400, SAM, 1, null);
    expense(ACME, LocalDate.of(2026, 12, 2), VatCode.STANDARD, 9_999, SAM, 0, null);
    expense("t-other", LocalDate.of(2026, 4, 1), VatCode.STANDARD, 77_700, "u-theirs", 2, null);
  }

  private Answer asOwner(HttpCalls.Call call) {
    Answer answer = api.send(call.as(ACME, OWNER, "[owner]"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  @Test
  void the_expenses_report_defaults_to_the_twelve_months_to_today_and_counts_only_approved_and_reimbursed() {
    Answer answer = asOwner(get("GET /reports/expenses", "/reports/expenses"));

    assertThat(answer.json().get("from").asText()).isEqualTo("2026-01-01");
    assertThat(answer.json().get("to").asText()).isEqualTo("2026-12-06");
    assertThat(answer.json().get("months").size()).isEqualTo(12);
    assertThat(answer.json().at("/months/2/month").asText()).isEqualTo("2026-03");
    assertThat(answer.json().at("/months/2/total/net").asLong()).isEqualTo(10_000);
    assertThat(answer.json().at("/months/2/categories/0/category").asText()).isEqualTo("materials");
    assertThat(answer.json().at("/months/10/total/count").asLong()).as("November: one reimbursed, one paid back")
        .isEqualTo(2);
    assertThat(answer.json().at("/months/11/total/count").asLong()).isZero();
    assertThat(answer.json().at("/months/11/awaitingApproval/gross").asLong()).isEqualTo(480);
    assertThat(answer.json().at("/total/net").asLong()).as("the other tenant's 77,700 is not here")
        .isEqualTo(10_000 + 5_000 + 20_000 + 1_000 + 700);
    assertThat(answer.json().get("behind").asBoolean()).isFalse();
  }

  @Test
  void the_vat_report_follows_the_settings_registration_date_and_stagger_with_no_rebuild_when_the_stagger_changes() {
    Answer unregistered = asOwner(get("GET /reports/vat", "/reports/vat").query("year", "2026"));
    assertThat(unregistered.json().get("vatRegistered").asBoolean()).isFalse();
    assertThat(unregistered.json().at("/quarters/1/inputVat").asLong()).isZero();

    settings(ACME, new VatRegistrationChanged(new VatRegistration(VatNumber.of("GB123456789"), LocalDate.of(2026, 4, 1))));
    Answer calendar = asOwner(get("GET /reports/vat", "/reports/vat").query("year", "2026"));
    assertThat(calendar.json().get("staggerChosen").asBoolean()).isFalse();
    assertThat(calendar.json().at("/quarters/0/inputVat").asLong()).as("31 March: before registration").isZero();
    assertThat(calendar.json().at("/quarters/1/countedFrom").asText()).isEqualTo("2026-04-01");
    assertThat(calendar.json().at("/quarters/1/inputVat").asLong()).as("1,000 standard and 4,000 reverse charge")
        .isEqualTo(5_000);
    assertThat(calendar.json().at("/quarters/1/reverseChargeOutputVat").asLong()).isEqualTo(4_000);
    assertThat(calendar.json().at("/quarters/1/netReclaimable").asLong()).isEqualTo(1_000);
    assertThat(calendar.json().at("/quarters/3/inputVat").asLong()).as("November: 50 reduced and 140 standard")
        .isEqualTo(190);

    settings(ACME, new VatStaggerChanged(VatStagger.STAGGER_2));
    Answer stagger2 = asOwner(get("GET /reports/vat", "/reports/vat").query("year", "2026"));
    assertThat(stagger2.json().get("stagger").asText()).isEqualTo("apr-jul-oct-jan");
    assertThat(stagger2.json().at("/quarters/1/start").asText()).isEqualTo("2026-02-01");
    assertThat(stagger2.json().at("/quarters/1/inputVat").asLong()).as("1 April only").isEqualTo(1_000);
    assertThat(stagger2.json().at("/quarters/2/inputVat").asLong()).as("May's reverse charge").isEqualTo(4_000);
  }

  @Test
  void reimbursements_show_what_each_member_is_owed_and_was_paid_back_this_london_month() {
    Answer answer = asOwner(get("GET /reports/reimbursements", "/reports/reimbursements"));

    assertThat(answer.json().get("month").asText()).isEqualTo("2026-12");
    assertThat(answer.json().get("people").size()).as("Pat paid on 1 December; Sam on 30 November, not this month")
        .isEqualTo(2);
    assertThat(answer.json().at("/people/0/member").asText()).isEqualTo(SAM);
    assertThat(answer.json().at("/people/0/owed").asLong()).isEqualTo(6_000);
    assertThat(answer.json().at("/people/0/paidThisMonth").asLong()).isZero();
    assertThat(answer.json().at("/people/1/member").asText()).isEqualTo(PAT);
    assertThat(answer.json().at("/people/1/owed").asLong()).isZero();
    assertThat(answer.json().at("/people/1/paidThisMonth").asLong()).isEqualTo(1_050);
  }

  @Test
  void staff_are_refused_every_report_and_admins_read_them() {
    for (String route : List.of("/reports/expenses", "/reports/vat", "/reports/reimbursements", "/exports/expenses.csv",
        "/exports/quotes.csv")) {
      HttpCalls.Call call = get("GET " + route, route);
      if (route.endsWith(".csv")) {
        call.query("format", "xero").query("from", "2026-01-01").query("to", "2026-12-31");
      }
      Answer staff = api.send(call.as(ACME, SAM, "[staff]"));
      Answer admin = api.send(call.as(ACME, PAT, "[admin]"));
      assertThat(staff.status()).as(route).isEqualTo(403);
      assertThat(admin.status()).as(route).isEqualTo(200);
    }
  }

  @Test
  void an_api_client_of_the_business_reads_every_report_and_export_as_an_admin_does_and_only_its_own() {
    for (String route : List.of("/reports/expenses", "/reports/vat", "/reports/reimbursements", "/exports/expenses.csv",
        "/exports/quotes.csv")) {
      HttpCalls.Call call = get("GET " + route, route);
      if (route.endsWith(".csv")) {
        call.query("format", "xero").query("from", "2026-01-01").query("to", "2026-12-31");
      }
      Answer admin = api.send(call.as(ACME, PAT, "[admin]"));
      Answer program = api.send(call.asApiClient(ACME, "accountant1"));
      assertThat(program.status()).as(route).isEqualTo(200);
      assertThat(program.body()).as(route).isEqualTo(admin.body());
    }
    Answer theirs = api.send(get("GET /reports/expenses", "/reports/expenses").asApiClient("t-other", "theiraccountant"));
    assertThat(theirs.json().at("/total/net").asLong()).isEqualTo(77_700);
  }

  @Test
  void another_tenant_reads_only_its_own_figures() {
    Answer theirs = api.send(get("GET /reports/expenses", "/reports/expenses").as("t-other", "u-boss", "[owner]"));
    Answer owed = api.send(get("GET /reports/reimbursements", "/reports/reimbursements").as("t-other", "u-boss",
        "[owner]"));

    assertThat(theirs.json().at("/total/net").asLong()).isEqualTo(77_700);
    assertThat(owed.json().at("/people/0/member").asText()).isEqualTo("u-theirs");
    assertThat(owed.json().get("people").size()).isEqualTo(1);
  }

  @Test
  void every_bad_or_unknown_parameter_is_named() {
    Answer expenses = api.send(get("GET /reports/expenses", "/reports/expenses").query("from", "2026-13-01")
        .query("to", "1999-12-31").query("tenantId", "t-other").as(ACME, OWNER, "[owner]"));
    Answer backwards = api.send(get("GET /reports/expenses", "/reports/expenses").query("from", "2026-03-01")
        .query("to", "2026-02-28").as(ACME, OWNER, "[owner]"));
    Answer tooLong = api.send(get("GET /reports/expenses", "/reports/expenses").query("from", "2020-01-01")
        .query("to", "2026-12-31").as(ACME, OWNER, "[owner]"));
    Answer vat = api.send(get("GET /reports/vat", "/reports/vat").query("year", "26").query("minVersion", "x")
        .as(ACME, OWNER, "[owner]"));
    Answer reimbursements = api.send(get("GET /reports/reimbursements", "/reports/reimbursements").query("from",
        "2026-01-01").as(ACME, OWNER, "[owner]"));

    assertThat(fields(expenses)).containsExactlyInAnyOrder("from (query)", "to (query)", "tenantId (query)");
    assertThat(fields(backwards)).containsExactly("to (query)");
    assertThat(fields(tooLong)).containsExactly("to (query)");
    assertThat(fields(vat)).containsExactlyInAnyOrder("year (query)", "minVersion (query)");
    assertThat(fields(reimbursements)).containsExactly("from (query)");
  }

  private static List<String> fields(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.header("content-type")).startsWith("application/problem+json");
    List<String> fields = new java.util.ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void min_version_waits_for_the_expense_and_says_when_the_report_is_behind() {
    String ahead = ExpenseStream.id(1) + ":9";

    Answer answer = asOwner(get("GET /reports/reimbursements", "/reports/reimbursements").query("minVersion", ahead));

    assertThat(answer.json().get("behind").asBoolean()).isTrue();
    assertThat(answer.header("x-read-model-behind")).isEqualTo("true");
  }

  private static HttpCalls.Call export(String format, String from, String to) {
    return get("GET /exports/expenses.csv", "/exports/expenses.csv").query("format", format).query("from", from)
        .query("to", to);
  }

  @Test
  void the_expense_export_is_a_csv_file_of_the_tenant_s_approved_and_reimbursed_expenses_of_the_range_by_date() {
    Answer xero = asOwner(export("xero", "2026-01-01", "2026-12-31"));
    Answer quickbooks = asOwner(export("quickbooks", "2026-04-01", "2026-11-03"));

    assertThat(xero.header("content-type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(xero.header("content-disposition"))
        .isEqualTo("attachment; filename=\"expenses-xero-2026-01-01-to-2026-12-31.csv\"");
    List<String> rows = List.of(xero.body().split("\r\n"));
    assertThat(rows).hasSize(6);
    assertThat(rows.getFirst()).startsWith("*ContactName,");
    assertThat(rows.subList(1, 6)).extracting(row -> row.split(",")[11])
        .containsExactly("31/03/2026", "01/04/2026", "20/05/2026", "03/11/2026", "04/11/2026");
    assertThat(rows.get(3)).contains("Domestic Reverse Charge @ 20%").contains(",200.00,");
    assertThat(xero.body()).doesNotContain("777.00").doesNotContain("99.99").doesNotContain("4.80");
    List<String> qbo = List.of(quickbooks.body().split("\r\n"));
    assertThat(qbo.getFirst()).startsWith("Bill No.,Supplier,Bill Date");
    assertThat(qbo).hasSize(4);
    assertThat(qbo.get(3)).contains(",03/11/2026,").contains(",5.0% R,");
  }

  @Test
  void an_export_larger_than_an_answer_may_be_is_refused_asking_for_a_shorter_range() {
    HttpCalls small = new HttpCalls(function(readModels, 600));

    Answer answer = small.send(export("xero", "2026-01-01", "2026-12-31").as(ACME, OWNER, "[owner]"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("code").asText()).isEqualTo("export.too-large");
    assertThat(small.send(export("xero", "2026-03-31", "2026-03-31").as(ACME, OWNER, "[owner]")).status())
        .isEqualTo(200);
  }

  @Test
  void an_export_s_missing_or_bad_parameters_are_named() {
    Answer missing = api.send(get("GET /exports/expenses.csv", "/exports/expenses.csv").as(ACME, OWNER, "[owner]"));
    Answer bad = api.send(export("sage", "2026-01-01", "2030-01-01").as(ACME, OWNER, "[owner]"));

    assertThat(fields(missing)).containsExactlyInAnyOrder("format (query)", "from (query)", "to (query)");
    assertThat(fields(bad)).containsExactlyInAnyOrder("format (query)", "to (query)");
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    MongoDatabase database = EmbeddedMongo.freshDatabase();

    function(new MongoReadModels(database, ReadSides.ALL)).prime();

    assertThat(database.listCollectionNames().into(new HashSet<>())).isEmpty();
  }
}

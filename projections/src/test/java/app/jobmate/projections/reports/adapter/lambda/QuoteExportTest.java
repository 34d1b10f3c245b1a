package app.jobmate.projections.reports.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.mongodb.MongoCustomerNames;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerStatus;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.reports.adapter.mongodb.MongoExportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoQuoteExportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoReportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoVatRegistrations;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.QuoteStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accepted quotes as the accountant's sales invoice imports, on real MongoDB adapters: the quotes
 * projected by the quotes' own read side from real events and the customers written as the customer
 * projector writes them, so that a change of either stored shape fails here. Each quote's rows add up to
 * what the customer accepted, to the penny; an erased customer is never named.
 */
class QuoteExportTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
  private static final CustomerId CAFE = CustomerId.of("0193a5a0-2222-7abc-8def-0123456789ab");
  private static final CustomerId ERASED = CustomerId.of("0193a5a0-3333-7abc-8def-0123456789ab");

  private final MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL)
      .ensureIndexes();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector quotes = new Projector(readModels, history, EventCodec.standard(),
      new QuoteReadSide().projections());
  private final HttpCalls api = new HttpCalls(new ReportQueryFunction(readModels, new MongoReportQueries(readModels),
      new MongoExportQueries(readModels), new MongoQuoteExportQueries(readModels, new MongoCustomerNames(readModels)),
      new MongoVatRegistrations(readModels), Duration.ofMillis(300), TODAY, 20_000));
  private int n;

  private QuoteStream quote(String tenant, CustomerId customer, String start) {
    n++;
    return new QuoteStream(tenant, QuoteId.of("0193a5a0-" + String.format("%04d", n) + "-7abc-8def-0123456789ab"),
        customer, Instant.parse(start));
  }

  private void project(EventEnvelope... commit) {
    history.append(List.of(commit));
    assertThat(quotes.project(List.of(commit)).allApplied()).isTrue();
  }

  private void inBook(CustomerId id, String name) {
    DocumentId document = DocumentId.of(TenantId.of(ACME), id.value());
    Customer customer = new Customer(CustomerKind.COMPANY, name == null ? CustomerStatus.ERASED : CustomerStatus.ACTIVE,
        null, name == null ? Customer.ERASED_NAME : name, null, null, null, null, null, null, null, null, null,
        TODAY.instant(), TODAY.instant(), null, null, null, null);
    String collection = readModels.placement(CustomerProjection.NAME).active();
    assertThat(readModels.write(collection, List.of(new ReadModels.Write(new Versioned<>(document, 1, customer), 0))))
        .isEmpty();
  }

  private record Line(String description, String quantity, long unitPrice, VatCode vatCode) {
  }

  /** Drafted, lines added, issued with {@code number}, and accepted {@code days} later (optional lines not taken). */
  private void accepted(QuoteStream q, String title, PercentOrAmount discount, long number, int days,
                        List<Line> lines) {
    project(q.drafted(title, discount, null));
    for (Line line : lines) {
      project(q.lineAdded(q.line(line.description(), line.quantity(), line.unitPrice(), line.vatCode(), false)));
    }
    project(q.issued(number));
    project(q.after(Duration.ofDays(days)).accepted(Set.of()));
  }

  @BeforeEach
  void quotes() {
    inBook(CAFE, "Harbour Café Ltd");
    inBook(ERASED, null);
    accepted(quote(ACME, CAFE, "2026-03-02T09:00:00Z"), "Kitchen refit, phase 1", PercentOrAmount.percent("10"), 41, 8,
        List.of(new Line("Labour", "3", 33_333L, VatCode.STANDARD),
            new Line("Insulation", "1", 12_345L, VatCode.REDUCED),
            new Line("Skip hire (disbursement)", "1", 25_000L, VatCode.OUTSIDE_SCOPE)));
    accepted(quote(ACME, ERASED, "2026-05-28T09:00:00Z"), "=HYPERLINK(\"x\") boiler", null, 42, 4,
        List.of(new Line("Boiler service", "1", 9_000L, VatCode.STANDARD)));
    accepted(quote(ACME, CAFE, "2027-01-02T09:00:00Z"), "Next year", null, 43, 1,
        List.of(new Line("Paint", "1", 1_000L, VatCode.STANDARD)));
    QuoteStream open = quote(ACME, CAFE, "2026-04-01T09:00:00Z");
    project(open.drafted("Still with the customer"));
    project(open.lineAdded(open.line("Survey", "1", 5_000L, VatCode.STANDARD, false)));
    project(open.issued(44));
    accepted(quote("t-other", CAFE, "2026-04-01T09:00:00Z"), "Theirs", null, 1, 1,
        List.of(new Line("Their work", "1", 77_700L, VatCode.STANDARD)));
  }

  private static HttpCalls.Call export(String format, String from, String to) {
    return get("GET /exports/quotes.csv", "/exports/quotes.csv").query("format", format).query("from", from)
        .query("to", to);
  }

  private Answer asOwner(HttpCalls.Call call) {
    Answer answer = api.send(call.as(ACME, OWNER, "[owner]"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  private static List<List<String>> rows(Answer answer) {
    List<List<String>> rows = new ArrayList<>();
    for (String row : answer.body().split("\r\n")) {
      rows.add(splitCsv(row));
    }
    return rows;
  }

  /** Splits one RFC 4180 record. */
  private static List<String> splitCsv(String row) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static long pence(String pounds) {
    return new BigDecimal(pounds).movePointRight(2).longValueExact();
  }

  @Test
  void the_xero_export_has_a_line_per_vat_code_of_each_quote_accepted_in_the_range_adding_up_to_what_was_accepted() {
    Answer answer = asOwner(export("xero", "2026-01-01", "2026-12-31"));

    assertThat(answer.header("content-type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(answer.header("content-disposition"))
        .isEqualTo("attachment; filename=\"quotes-xero-2026-01-01-to-2026-12-31.csv\"");
    List<List<String>> rows = rows(answer);
    List<String> header = rows.getFirst();
    assertThat(header).startsWith("*ContactName", "EmailAddress").contains("*InvoiceNumber", "*TaxType", "TaxAmount");
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(header.size()));
    List<List<String>> kitchen = rows.stream().filter(r -> r.get(10).equals("Q-00041")).toList();
    List<List<String>> boiler = rows.stream().filter(r -> r.get(10).equals("Q-00042")).toList();
    assertThat(rows).hasSize(1 + kitchen.size() + boiler.size());
    assertThat(kitchen).extracting(r -> r.get(21))
        .containsExactly("20% (VAT on Income)", "5% (VAT on Income)", "No VAT");
    // 3 × £333.33 + £123.45 + £250.00 = £1,373.44, less 10%; VAT per rate on the discounted nets
    long net = kitchen.stream().mapToLong(r -> pence(r.get(18))).sum();
    long vat = kitchen.stream().mapToLong(r -> pence(r.get(22))).sum();
    long gross = pence(kitchen.getFirst().get(14));
    assertThat(net).isEqualTo(123_610);
    assertThat(net + vat).isEqualTo(gross);
    assertThat(kitchen).allSatisfy(r -> {
      assertThat(r.getFirst()).isEqualTo("Harbour Café Ltd");
      assertThat(r.get(12)).isEqualTo("10/03/2026");
      assertThat(r.get(20)).isEqualTo("200");
      assertThat(r.get(27)).isEqualTo("GBP");
    });
    assertThat(kitchen.getFirst().get(16)).isEqualTo("Kitchen refit, phase 1 (standard rate)");
    assertThat(boiler.getFirst().getFirst()).isEqualTo("Erased customer");
    assertThat(boiler.getFirst().get(11)).isEqualTo("'=HYPERLINK(\"x\") boiler");
    assertThat(boiler.getFirst().get(18)).isEqualTo("90.00");
    assertThat(boiler.getFirst().get(22)).isEqualTo("18.00");
    assertThat(answer.body()).doesNotContain("Still with the customer", "Next year", "Theirs", "777.00");
  }

  @Test
  void the_quickbooks_export_is_the_invoice_import_with_the_uk_vat_codes() {
    List<List<String>> rows = rows(asOwner(export("quickbooks", "2026-03-10", "2026-03-10")));

    assertThat(rows.getFirst()).startsWith("Invoice No", "Customer", "Invoice Date");
    assertThat(rows).hasSize(4);
    assertThat(rows.subList(1, 4)).extracting(r -> r.get(12)).containsExactly("20.0% S", "5.0% R", "No VAT");
    assertThat(rows.subList(1, 4)).allSatisfy(r -> {
      assertThat(r.getFirst()).isEqualTo("Q-00041");
      assertThat(r.get(7)).isEqualTo("Services");
      assertThat(r.get(10)).isEqualTo(r.get(11));
    });
    assertThat(rows.subList(1, 4).stream().mapToLong(r -> pence(r.get(10))).sum()).isEqualTo(123_610);
  }

  @Test
  void staff_are_refused_the_quote_export_and_its_bad_parameters_are_named() {
    Answer staff = api.send(export("xero", "2026-01-01", "2026-12-31").as(ACME, "u-sam", "[staff]"));
    Answer bad = api.send(get("GET /exports/quotes.csv", "/exports/quotes.csv").query("format", "sage")
        .query("from", "2026-12-31").query("to", "2026-01-01").query("state", "accepted").as(ACME, OWNER, "[owner]"));

    assertThat(staff.status()).isEqualTo(403);
    assertThat(bad.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("format (query)", "to (query)", "state (query)");
  }

  @Test
  void an_api_client_of_the_business_reads_the_quote_export_as_an_admin_does() {
    Answer admin = api.send(export("xero", "2026-01-01", "2026-12-31").as(ACME, "u-pat", "[admin]"));
    Answer program = api.send(export("xero", "2026-01-01", "2026-12-31").asApiClient(ACME, "accountant1"));

    assertThat(program.status()).isEqualTo(200);
    assertThat(program.body()).isEqualTo(admin.body());
  }
}

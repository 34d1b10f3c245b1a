package app.jobmate.projections.reports.adapter.lambda;

import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.ReadYourWrites;
import app.jobmate.projections.adapter.lambda.ReadYourWrites.MinVersion;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.adapter.mongodb.MongoCustomerNames;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.reports.ExpenseReportProjection;
import app.jobmate.projections.reports.ReportQueries;
import app.jobmate.projections.reports.ReportReadSide;
import app.jobmate.projections.reports.ReportReaders;
import app.jobmate.projections.reports.adapter.mongodb.MongoExportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoQuoteExportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoReportQueries;
import app.jobmate.projections.reports.adapter.mongodb.MongoVatRegistrations;
import app.jobmate.projections.reports.expenses.ExpensesByMonth;
import app.jobmate.projections.reports.exports.CappedText;
import app.jobmate.projections.reports.exports.ExpenseExport;
import app.jobmate.projections.reports.exports.ExpenseExportFormat;
import app.jobmate.projections.reports.exports.ExportQueries;
import app.jobmate.projections.reports.exports.QuoteExport;
import app.jobmate.projections.reports.exports.QuoteExportFormat;
import app.jobmate.projections.reports.exports.QuoteExportQueries;
import app.jobmate.projections.reports.reimbursements.Reimbursements;
import app.jobmate.projections.reports.vat.Stagger;
import app.jobmate.projections.reports.vat.VatRegistration;
import app.jobmate.projections.reports.vat.VatRegistrations;
import app.jobmate.projections.reports.vat.VatReport;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The money reports of the HTTP API, for owners and admins ({@link ReportReaders}; staff 403), of the
 * token's tenant only: {@code GET /reports/expenses} ({@link ExpensesByMonth}), {@code GET /reports/vat}
 * ({@link VatReport}) and {@code GET /reports/reimbursements} ({@link Reimbursements}); and the
 * accountant's {@code GET /exports/expenses.csv} ({@link ExpenseExport}: rows written from the cursor
 * as read, at most {@link CappedText#LAMBDA_ANSWER_BYTES}, beyond which a 422 {@code export.too-large}
 * asks for a shorter range) and {@code GET /exports/quotes.csv} ({@link QuoteExport}, the accepted quotes as
 * sales invoices, capped the same way). Days are London
 * days of the function's {@link Clock}. {@code minVersion=<expenseId>:<version>}: see
 * {@link ReadYourWrites}.
 */
public final class ReportQueryFunction extends QueryFunction {

  private static final Function<String, MinVersion> MIN_VERSION = ReadYourWrites.ofAStream(ExpenseId::of, "expenseId");
  private static final ExpenseReportProjection LINES = new ExpenseReportProjection();

  private final ReportQueries reports;
  private final ExportQueries exports;
  private final QuoteExportQueries quoteExports;
  private final VatRegistrations registrations;
  private final ReadYourWrites freshness;
  private final Clock clock;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public ReportQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("ReportQueryFunction", this::prime);
  }

  private ReportQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new ReportReadSide())), RealAdapters.maxWait(settings));
  }

  private ReportQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoReportQueries(readModels), new MongoExportQueries(readModels),
        new MongoQuoteExportQueries(readModels, new MongoCustomerNames(readModels)),
        new MongoVatRegistrations(readModels), maxWait, Clock.systemUTC(), CappedText.LAMBDA_ANSWER_BYTES);
  }

  private final long maxExportBytes;

  public ReportQueryFunction(ReadModels readModels, ReportQueries reports, ExportQueries exports,
                             QuoteExportQueries quoteExports, VatRegistrations registrations, Duration maxWait,
                             Clock clock, long maxExportBytes) {
    super(readModels);
    this.reports = reports;
    this.exports = exports;
    this.quoteExports = quoteExports;
    this.maxExportBytes = maxExportBytes;
    this.registrations = registrations;
    this.freshness = new ReadYourWrites(readModels, maxWait);
    this.clock = clock;
  }

  void prime() {
    prime(new Route("GET /reports/expenses", "/reports/expenses", Map.of(), Map.of("from", "2026-01-01")),
        new Route("GET /reports/vat", "/reports/vat", Map.of(), Map.of("year", "2026")),
        new Route("GET /reports/reimbursements", "/reports/reimbursements", Map.of(), Map.of()),
        new Route("GET /exports/expenses.csv", "/exports/expenses.csv", Map.of(),
            Map.of("format", "xero", "from", "2026-01-01", "to", "2026-12-31")),
        new Route("GET /exports/quotes.csv", "/exports/quotes.csv", Map.of(),
            Map.of("format", "xero", "from", "2026-01-01", "to", "2026-12-31")));
  }

  /** Every route here is a report or an export: the business's API clients (its accountant's program) may read them. */
  @Override
  protected boolean openToApiClients(String routeKey) {
    return true;
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    return switch (request.routeKey()) {
      case "GET /reports/expenses" -> expenses(viewer, request);
      case "GET /reports/vat" -> vat(viewer, request);
      case "GET /reports/reimbursements" -> reimbursements(viewer, request);
      case "GET /exports/expenses.csv" -> expenseExport(viewer, request);
      case "GET /exports/quotes.csv" -> quoteExport(viewer, request);
      default -> throw noRoute("report", request);
    };
  }

  private HttpResponse expenses(Viewer viewer, HttpRequest request) {
    ReportReaders.requireMayRead(viewer, "the expenses report");
    QueryParameters p = new QueryParameters(request.queryParameters(), "from", "to", "minVersion");
    LocalDate from = p.optional("from", ReportQueryFunction::day);
    LocalDate to = p.optional("to", ReportQueryFunction::day);
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    LocalDate until = to == null ? today() : to;
    LocalDate since = from == null ? YearMonth.from(until).minusMonths(11).atDay(1) : from;
    if (from != null && to != null && from.isAfter(to)) {
      p.reject("to", "must not be before from");
    } else if (ChronoUnit.MONTHS.between(YearMonth.from(since), YearMonth.from(until)) >= ExpensesByMonth.MAX_MONTHS) {
      p.reject(to == null ? "from" : "to", "the range must cover at most " + ExpensesByMonth.MAX_MONTHS + " months");
    } else if (since.isAfter(until)) {
      p.reject("from", "must not be after today when to is not given");
    }
    p.throwIfInvalid();
    boolean behind = freshness.behind(viewer.tenantId(), LINES, minVersion);
    return ok(ExpensesByMonth.of(since, until, reports.expenses(viewer.tenantId(), since, until)), behind);
  }

  private HttpResponse vat(Viewer viewer, HttpRequest request) {
    ReportReaders.requireMayRead(viewer, "the VAT report");
    QueryParameters p = new QueryParameters(request.queryParameters(), "year", "minVersion");
    Integer year = p.optional("year", ReportQueryFunction::year);
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    p.throwIfInvalid();
    int asked = year == null ? today().getYear() : year;
    boolean behind = freshness.behind(viewer.tenantId(), LINES, minVersion);
    VatRegistration registration = registrations.of(viewer.tenantId());
    List<Stagger.Period> quarters = VatReport.quarters(asked, registration);
    LocalDate from = registration.countsFrom(quarters.getFirst().start());
    LocalDate to = quarters.getLast().end();
    List<ReportQueries.ExpenseTally> tallies = from == null || from.isAfter(to) ? List.of()
        : reports.expenses(viewer.tenantId(), from, to);
    return ok(VatReport.of(asked, registration, tallies), behind);
  }

  private HttpResponse reimbursements(Viewer viewer, HttpRequest request) {
    ReportReaders.requireMayRead(viewer, "the reimbursements report");
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    p.throwIfInvalid();
    boolean behind = freshness.behind(viewer.tenantId(), LINES, minVersion);
    LocalDate today = today();
    return ok(Reimbursements.of(today, reports.owed(viewer.tenantId()),
        reports.reimbursed(viewer.tenantId(), Reimbursements.monthStart(today), today)), behind);
  }

  private HttpResponse expenseExport(Viewer viewer, HttpRequest request) {
    ReportReaders.requireMayRead(viewer, "the expense export");
    QueryParameters p = new QueryParameters(request.queryParameters(), "format", "from", "to");
    ExpenseExportFormat format = p.required("format", QueryParameters.oneOf(ExpenseExportFormat.values(),
        ExpenseExportFormat::wireName));
    Range range = range(p);
    String csv = capped(range, out -> ExpenseExport.write(exports, viewer.tenantId(), range.from(), range.to(), format,
        out));
    return csvFile(csv, ExpenseExport.fileName(format, range.from(), range.to()));
  }

  private HttpResponse quoteExport(Viewer viewer, HttpRequest request) {
    ReportReaders.requireMayRead(viewer, "the quote export");
    QueryParameters p = new QueryParameters(request.queryParameters(), "format", "from", "to");
    QuoteExportFormat format = p.required("format", QueryParameters.oneOf(QuoteExportFormat.values(),
        QuoteExportFormat::wireName));
    Range range = range(p);
    String csv = capped(range, out -> QuoteExport.write(quoteExports, viewer.tenantId(), range.from(), range.to(),
        format, out));
    return csvFile(csv, QuoteExport.fileName(format, range.from(), range.to()));
  }

  /** An export's days: both required, in order, at most {@link ExpensesByMonth#MAX_MONTHS} months; every bad one named. */
  private static Range range(QueryParameters p) {
    LocalDate from = p.required("from", ReportQueryFunction::day);
    LocalDate to = p.required("to", ReportQueryFunction::day);
    if (from != null && to != null && from.isAfter(to)) {
      p.reject("to", "must not be before from");
    } else if (from != null && to != null
        && ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) >= ExpensesByMonth.MAX_MONTHS) {
      p.reject("to", "the range must cover at most " + ExpensesByMonth.MAX_MONTHS + " months");
    }
    p.throwIfInvalid();
    return new Range(from, to);
  }

  private record Range(LocalDate from, LocalDate to) {
  }

  /** The export's text, written as read; past the answer's size, a 422 asking for a shorter range. */
  private String capped(Range range, Consumer<CappedText> write) {
    CappedText csv = new CappedText(maxExportBytes);
    try {
      write.accept(csv);
    } catch (CappedText.TooLarge e) {
      throw new ProblemException(Problem.unprocessable("export.too-large", "the export from " + range.from() + " to "
          + range.to() + " is larger than an answer may be (" + maxExportBytes + " bytes): export a shorter range"));
    }
    return csv.toString();
  }

  private static HttpResponse csvFile(String csv, String fileName) {
    return new HttpResponse(200, Map.of("content-type", "text/csv; charset=utf-8", "content-disposition",
        "attachment; filename=\"" + fileName + "\""), csv);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ExpenseReportProjection.LONDON));
  }

  /** A day from 2000 to 2100, as expenses are dated. */
  static LocalDate day(String text) {
    LocalDate day = LocalDate.parse(text);
    if (day.isBefore(ExpenseEvent.EARLIEST_DATE) || day.isAfter(ExpenseEvent.LATEST_DATE)) {
      throw new IllegalArgumentException("must be a date from " + ExpenseEvent.EARLIEST_DATE + " to "
          + ExpenseEvent.LATEST_DATE);
    }
    return day;
  }

  /** A year from 2000 to 2100. */
  static int year(String text) {
    int year;
    try {
      year = text.matches("[0-9]{4}") ? Integer.parseInt(text) : 0;
    } catch (NumberFormatException e) {
      year = 0;
    }
    if (year < ExpenseEvent.EARLIEST_DATE.getYear() || year > ExpenseEvent.LATEST_DATE.getYear()) {
      throw new IllegalArgumentException("must be a year from " + ExpenseEvent.EARLIEST_DATE.getYear() + " to "
          + ExpenseEvent.LATEST_DATE.getYear());
    }
    return year;
  }
}

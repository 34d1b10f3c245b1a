package app.jobmate.projections.audit.adapter.lambda;

import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.audit.AuditCursor;
import app.jobmate.projections.audit.AuditExport;
import app.jobmate.projections.audit.AuditPage;
import app.jobmate.projections.audit.AuditQueries;
import app.jobmate.projections.audit.AuditReadSide;
import app.jobmate.projections.audit.AuditReaders;
import app.jobmate.projections.audit.ListAudit;
import app.jobmate.projections.audit.adapter.mongodb.MongoAuditQueries;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Viewer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit trail of the HTTP API, owners only (admins, staff and API clients 403):
 * {@code GET /audit} (a page, oldest first, with the cursor of the next) and
 * {@code GET /audit/export.csv} and {@code GET /audit/export.jsonl} (the whole answer, read in
 * batches, at most {@link AuditExport#LAMBDA_ANSWER_BYTES}; past it 422 {@code export.too-large}),
 * all with the filters {@code record} (a stream type) and {@code recordId}, {@code person} (an actor
 * id), {@code from} and {@code to} (days in Europe/London, both included). The tenant is the token's.
 */
public final class AuditQueryFunction extends QueryFunction {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final Set<String> RECORDS = EventTypes.all().stream().map(EventType::streamType)
      .collect(Collectors.toCollection(TreeSet::new));

  private final AuditQueries queries;
  private final long maxExportBytes;

  /** Wired from the function's settings (see {@link RealAdapters}). */
  public AuditQueryFunction() {
    this(RealAdapters.readModels(FunctionSettings.current(), List.of(new AuditReadSide())));
    SnapStartPriming.beforeSnapshot("AuditQueryFunction", this::prime);
  }

  private AuditQueryFunction(MongoReadModels readModels) {
    this(readModels, new MongoAuditQueries(readModels));
  }

  public AuditQueryFunction(ReadModels readModels, AuditQueries queries) {
    this(readModels, queries, AuditExport.LAMBDA_ANSWER_BYTES);
  }

  /** @param maxExportBytes the largest export answered (tests set a small one) */
  public AuditQueryFunction(ReadModels readModels, AuditQueries queries, long maxExportBytes) {
    super(readModels);
    this.queries = queries;
    this.maxExportBytes = maxExportBytes;
  }

  void prime() {
    prime(new Route("GET /audit", "/audit", Map.of(), Map.of("record", "quote")),
        new Route("GET /audit/export.csv", "/audit/export.csv", Map.of(), Map.of("from", "2026-01-01")),
        new Route("GET /audit/export.jsonl", "/audit/export.jsonl", Map.of(), Map.of("from", "2026-01-01")));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    AuditReaders.requireMayRead(viewer);
    return switch (request.routeKey()) {
      case "GET /audit" -> page(viewer, request);
      case "GET /audit/export.csv" -> export(viewer, request, AuditExport.Format.CSV);
      case "GET /audit/export.jsonl" -> export(viewer, request, AuditExport.Format.JSONL);
      default -> throw noRoute("audit", request);
    };
  }

  private HttpResponse page(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "record", "recordId", "person", "from", "to",
        "cursor", "limit");
    AuditCursor cursor = p.optional("cursor", AuditCursor::decode);
    Integer limit = p.optional("limit", QueryParameters.limit(ListAudit.MAX_LIMIT));
    ListAudit query = filters(viewer, p, cursor, limit == null ? ListAudit.DEFAULT_LIMIT : limit);
    return ok(AuditPage.of(query, queries.list(query)), false);
  }

  private HttpResponse export(Viewer viewer, HttpRequest request, AuditExport.Format format) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "record", "recordId", "person", "from", "to");
    ListAudit query = filters(viewer, p, null, AuditExport.BATCH);
    String text;
    try {
      text = AuditExport.write(queries, query, format, maxExportBytes);
    } catch (AuditExport.TooLarge e) {
      throw new ProblemException(Problem.unprocessable("export.too-large", "the audit export is larger than an answer"
          + " may be (" + maxExportBytes + " bytes): export a shorter period, or one record or person"));
    }
    return new HttpResponse(200, Map.of("content-type", format.contentType(), "content-disposition",
        "attachment; filename=\"audit." + format.extension() + "\""), text);
  }

  /** The filters every route shares; every bad one named in one 400. */
  private static ListAudit filters(Viewer viewer, QueryParameters p, AuditCursor cursor, int limit) {
    String record = p.optional("record", AuditQueryFunction::record);
    String recordId = p.optional("recordId", AuditQueryFunction::recordId);
    String person = p.optional("person", text -> UserId.of(text).value());
    LocalDate from = p.optional("from", AuditQueryFunction::day);
    LocalDate to = p.optional("to", AuditQueryFunction::day);
    if (recordId != null && !p.has("record")) {
      p.reject("recordId", "needs record, the kind of record it is");
    }
    if (from != null && to != null && from.isAfter(to)) {
      p.reject("to", "must not be before from");
    }
    p.throwIfInvalid();
    return new ListAudit(viewer.tenantId(), record, recordId, person,
        from == null ? null : from.atStartOfDay(LONDON).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(LONDON).toInstant(), cursor, limit);
  }

  private static String record(String text) {
    if (!RECORDS.contains(text)) {
      throw new IllegalArgumentException("must be one of " + String.join(", ", RECORDS));
    }
    return text;
  }

  /** A record's id as stored: 1 to 200 printable ASCII characters (UUIDs, and the ids of per-member or per-day streams). */
  private static String recordId(String text) {
    if (text.isEmpty() || text.length() > 200 || !text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("must be a record's id: 1 to 200 printable characters without spaces");
    }
    return text;
  }

  /** A day from 2000 to 2100. */
  private static LocalDate day(String text) {
    LocalDate day = LocalDate.parse(text);
    if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
      throw new IllegalArgumentException("must be a date from " + EARLIEST + " to " + LATEST);
    }
    return day;
  }
}

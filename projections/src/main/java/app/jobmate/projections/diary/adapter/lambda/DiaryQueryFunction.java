package app.jobmate.projections.diary.adapter.lambda;

import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.diary.Appointment;
import app.jobmate.projections.diary.AppointmentProjection;
import app.jobmate.projections.diary.AppointmentReadSide;
import app.jobmate.projections.diary.DiaryDay;
import app.jobmate.projections.diary.DiaryDayProjection;
import app.jobmate.projections.diary.DiaryEntry;
import app.jobmate.projections.diary.DiaryReadSide;
import app.jobmate.projections.diary.DiaryView;
import app.jobmate.projections.diary.DiaryVisibility;
import app.jobmate.projections.query.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /diary?member=&from=&to=}: a member's booked appointments on the London days {@code from}
 * to {@code to} (inclusive, at most 31 days; a day view is one day, a week view seven), each with its
 * local times and its instants (docs/api.md). {@code member} defaults to the caller (staff: only
 * themselves, else 403: "my diary"); {@code from} to today in London, {@code to} to {@code from}. No
 * price is ever in it. The tenant is the token's: another business's member has an empty diary here.
 * {@code GET /diary?resource=&from=&to=} is a busy piece of equipment's or vehicle's week instead (owners and
 * admins only, 403 for staff): the appointments its own schedule reserves, the same shape with
 * {@code resource} in place of {@code member}. A resource that is not busy has no schedule, so its week is
 * empty: it is shown on its appointments only (docs/decisions/diary-equipment.md).
 */
public final class DiaryQueryFunction extends QueryFunction {

  public static final int MAX_DAYS = 31;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final ReadModels readModels;
  private final Clock clock;

  /** Wired from the function's settings (see {@link RealAdapters}). */
  public DiaryQueryFunction() {
    this(RealAdapters.readModels(FunctionSettings.current(), List.of(new DiaryReadSide(), new AppointmentReadSide())),
        Clock.systemUTC());
    SnapStartPriming.beforeSnapshot("DiaryQueryFunction", this::prime);
  }

  public DiaryQueryFunction(ReadModels readModels, Clock clock) {
    super(readModels);
    this.readModels = readModels;
    this.clock = clock;
  }

  void prime() {
    prime(new Route("GET /diary", "/diary", Map.of(), Map.of("from", "2026-12-07", "to", "2026-12-13")));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    if (!request.routeKey().equals("GET /diary")) {
      throw noRoute("diary", request);
    }
    QueryParameters p = new QueryParameters(request.queryParameters(), "member", "resource", "from", "to");
    String member = p.optional("member", text -> {
      Identifier.parse(text);
      return text;
    });
    String resource = p.optional("resource", text -> Identifier.parse(text).toString());
    if (member != null && resource != null) {
      p.reject("resource", "name a member or a resource, not both");
    }
    LocalDate from = p.optional("from", DiaryQueryFunction::date);
    LocalDate to = p.optional("to", DiaryQueryFunction::date);
    LocalDate first = from != null ? from : LocalDate.now(clock.withZone(LONDON));
    LocalDate last = to != null ? to : first;
    if (p.isValid() && last.isBefore(first)) {
      p.reject("to", "must not be before from");
    } else if (p.isValid() && last.isAfter(first.plusDays(MAX_DAYS - 1))) {
      p.reject("to", "must be at most " + MAX_DAYS + " days from from, inclusive");
    }
    p.throwIfInvalid();
    String whose = null;
    if (resource != null) {
      DiaryVisibility.mayReadResource(viewer);
    } else {
      whose = DiaryVisibility.whose(viewer, member);
    }
    List<String> dayIds = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      String schedule = resource != null ? DiaryEvents.scheduleIdOf(resource, day)
          : DiaryEvents.scheduleId(UserId.of(whose), day);
      dayIds.add(DocumentId.of(viewer.tenantId(), schedule).value());
    }
    List<DiaryEntry> reserved = new ArrayList<>();
    readModels.find(readModels.placement(DiaryDayProjection.NAME).active(), DiaryDay.class, dayIds).values().stream()
        .map(Versioned::document)
        .forEach(day -> reserved.addAll(day.entries()));
    List<String> appointmentIds = reserved.stream().map(DiaryEntry::appointmentId).distinct()
        .map(id -> DocumentId.of(viewer.tenantId(), id).value()).toList();
    Map<String, Versioned<Appointment>> standing = appointmentIds.isEmpty() ? Map.of()
        : readModels.find(readModels.placement(AppointmentProjection.NAME).active(), Appointment.class, appointmentIds);
    // a booked appointment's reservation at its revision now: not one a move is making or has left behind
    Map<String, DiaryEntry> booked = new LinkedHashMap<>();
    for (DiaryEntry e : reserved) {
      Versioned<Appointment> a = standing.get(DocumentId.of(viewer.tenantId(), e.appointmentId()).value());
      if (a != null && a.document().status().equals(Appointment.BOOKED) && a.document().revision() == e.revisionNumber()) {
        booked.putIfAbsent(e.appointmentId(), e);
      }
    }
    List<DiaryEntry> shown = booked.values().stream()
        .sorted(Comparator.comparing(DiaryEntry::startsAt).thenComparing(DiaryEntry::appointmentId))
        .toList();
    return ok(new DiaryView(whose, first.toString(), last.toString(), shown,
        resource), false);
  }

  private static LocalDate date(String text) {
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new IllegalArgumentException("must be a date, YYYY-MM-DD");
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        throw new IllegalArgumentException("must be from " + EARLIEST + " to " + LATEST);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("is not a date on the calendar");
    }
  }
}

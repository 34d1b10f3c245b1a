package app.jobmate.projections.staff.adapter.lambda;

import app.jobmate.events.Role;
import app.jobmate.events.resources.Skills;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.lambda.ReadYourWrites.MinVersion;
import app.jobmate.projections.adapter.lambda.ReadYourWrites;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Membership;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.staff.StaffProfile;
import app.jobmate.projections.staff.StaffProfileProjection;
import app.jobmate.projections.staff.StaffProfileView;
import app.jobmate.projections.staff.StaffReadSide;
import app.jobmate.projections.staff.StaffVisibility;
import app.jobmate.projections.staff.adapter.mongodb.MongoBookedTime;
import app.jobmate.projections.staff.adapter.mongodb.MongoStaffRoster;
import app.jobmate.projections.staff.availability.Availability;
import app.jobmate.projections.staff.availability.AvailabilityView;
import app.jobmate.projections.staff.availability.BookedTime;
import app.jobmate.projections.staff.availability.FreeSlots;
import app.jobmate.projections.staff.availability.Intervals.Interval;
import app.jobmate.projections.staff.availability.StaffRoster;
import app.jobmate.projections.staff.availability.Utilisation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /resources/staff/{memberId}}: a member of staff as a resource, their skills, working hours,
 * absences and (owners and admins) the history of their hourly cost; staff read only their own, without
 * costs. {@code GET /resources/staff/{memberId}/availability?from=&to=}: each London day's working ranges
 * less absences and diary bookings (at most {@value Availability#MAX_DAYS} days; docs/decisions/availability.md),
 * the same readers. The tenant is the token's: another business's member is not found. {@code minVersion}:
 * see {@link ReadYourWrites}.
 */
public final class StaffQueryFunction extends QueryFunction {

  private static final StaffProfileProjection STAFF = new StaffProfileProjection();
  static final String FREE_SLOTS = "GET /diary/free-slots";
  static final String UTILISATION = "GET /reports/utilisation";
  private static final String PRIMING_MEMBER = "00000000-0000-7000-8000-000000000000";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final ReadModels readModels;
  private final ReadYourWrites freshness;
  private final BookedTime booked;
  private final StaffRoster roster;
  private final Membership members;
  private final Clock clock;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public StaffQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("StaffQueryFunction", this::prime);
  }

  private StaffQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new StaffReadSide())), RealAdapters.maxWait(settings));
  }

  private StaffQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoBookedTime(readModels), new MongoStaffRoster(readModels), maxWait, Clock.systemUTC());
  }

  /**
   * {@code booked}: the diary's reservations (the diary's read model, in production); {@code roster}: the
   * business's staff profiles, for free slots.
   */
  public StaffQueryFunction(ReadModels readModels, BookedTime booked, StaffRoster roster, Duration maxWait,
                            Clock clock) {
    super(readModels);
    this.readModels = readModels;
    this.freshness = new ReadYourWrites(readModels, maxWait);
    this.booked = booked;
    this.roster = roster;
    this.members = ReadSides.membership(readModels);
    this.clock = clock;
  }

  void prime() {
    prime(new Route("GET /resources/staff/{memberId}", "/resources/staff/" + PRIMING_MEMBER,
        Map.of("memberId", PRIMING_MEMBER), Map.of()));
    prime(new Route("GET /resources/staff/{memberId}/availability", "/resources/staff/" + PRIMING_MEMBER
        + "/availability", Map.of("memberId", PRIMING_MEMBER), Map.of("from", "2026-12-07", "to", "2026-12-13")));
    prime(new Route(UTILISATION, "/reports/utilisation", Map.of(), Map.of("from", "2026-12-07")));
    prime(new Route(FREE_SLOTS, "/diary/free-slots", Map.of(), Map.of("duration", "60", "from", "2026-12-07")));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    if (request.routeKey().equals(FREE_SLOTS)) {
      return freeSlots(viewer, request);
    }
    if (request.routeKey().equals(UTILISATION)) {
      return utilisation(viewer, request);
    }
    StaffVisibility.requireMayReadProfiles(viewer);
    boolean availability = request.routeKey().equals("GET /resources/staff/{memberId}/availability");
    if (!availability && !request.routeKey().equals("GET /resources/staff/{memberId}")) {
      throw noRoute("staff", request);
    }
    QueryParameters p = availability ? new QueryParameters(request.queryParameters(), "minVersion", "from", "to")
        : new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    LocalDate first = null;
    LocalDate last = null;
    if (availability) {
      LocalDate from = p.optional("from", StaffQueryFunction::date);
      LocalDate to = p.optional("to", StaffQueryFunction::date);
      first = from != null ? from : LocalDate.now(clock.withZone(LONDON));
      last = to != null ? to : first;
      if (p.isValid() && last.isBefore(first)) {
        p.reject("to", "must not be before from");
      } else if (p.isValid() && last.isAfter(first.plusDays(Availability.MAX_DAYS - 1))) {
        p.reject("to", "must be at most " + Availability.MAX_DAYS + " days from from, inclusive");
      }
    }
    p.throwIfInvalid();
    String member = request.pathParameter("memberId");
    Problem missing = Problem.notFound("resource.staff-not-found", "there is no staff profile of " + member);
    try {
      Identifier.parse(member);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(missing);
    }
    if (!StaffVisibility.maySeeProfileOf(viewer, member)) {
      throw new ProblemException(missing);
    }
    boolean behind = freshness.behind(viewer.tenantId(), STAFF, MinVersion.onPage(member, minVersion));
    var found = readModels.findActive(StaffProfileProjection.NAME, StaffProfile.class,
        DocumentId.of(viewer.tenantId(), member));
    if (found.isEmpty()) {
      return notFound(missing, behind, request);
    }
    if (!availability) {
      return ok(StaffProfileView.of(found.get(), StaffVisibility.seesCosts(viewer)), behind);
    }
    StaffProfile profile = found.get().document();
    List<Interval> away = profile.absences().stream().map(a -> new Interval(a.startsAt(), a.endsAt())).toList();
    List<Interval> taken = booked.of(viewer.tenantId(), member, first, last).stream()
        .map(b -> new Interval(b.startsAt(), b.endsAt())).toList();
    return ok(new AvailabilityView(member, first.toString(), last.toString(),
        Availability.of(profile.workingHours(), away, taken, first, last)), behind);
  }

  /**
   * {@code GET /diary/free-slots?duration=&skill=&from=&to=} (owners and admins): every stretch of at least
   * {@code duration} minutes in which a member of the team (with the skill, when given) is working, not away
   * and not booked, in time order, for at most {@value FreeSlots#MAX_DAYS} London days; capped at
   * {@value FreeSlots#MAX_SLOTS} slots and {@value StaffRoster#MAX} members ({@code truncated} says so). A
   * member removed from the team is never offered.
   */
  private HttpResponse freeSlots(Viewer viewer, HttpRequest request) {
    viewer.requireAny("find free slots in the team's diary", Role.OWNER, Role.ADMIN);
    QueryParameters p = new QueryParameters(request.queryParameters(), "duration", "skill", "from", "to");
    Long minutes = p.required("duration", StaffQueryFunction::minutes);
    String skill = p.optional("skill", StaffQueryFunction::skill);
    LocalDate from = p.optional("from", StaffQueryFunction::date);
    LocalDate to = p.optional("to", StaffQueryFunction::date);
    LocalDate first = from != null ? from : LocalDate.now(clock.withZone(LONDON));
    LocalDate last = to != null ? to : first.plusDays(6);
    if (p.isValid() && last.isBefore(first)) {
      p.reject("to", "must not be before from");
    } else if (p.isValid() && last.isAfter(first.plusDays(FreeSlots.MAX_DAYS - 1))) {
      p.reject("to", "must be at most " + FreeSlots.MAX_DAYS + " days from from, inclusive");
    }
    p.throwIfInvalid();
    List<StaffProfile> profiles = roster.of(viewer.tenantId(), skill);
    boolean more = profiles.size() > StaffRoster.MAX;
    List<FreeSlots.Member> team = new ArrayList<>();
    for (StaffProfile profile : profiles.subList(0, Math.min(profiles.size(), StaffRoster.MAX))) {
      if (members.standing(viewer.tenantId(), UserId.of(profile.member())).removed()) {
        continue;
      }
      team.add(new FreeSlots.Member(profile, booked.of(viewer.tenantId(), profile.member(), first, last)));
    }
    return ok(FreeSlots.find(team, more, Duration.ofMinutes(minutes), skill, first, last), false);
  }

  /** Utilisation is a report: an accountant's or a BI tool's API client may read it. */
  @Override
  protected boolean openToApiClients(String routeKey) {
    return routeKey.equals(UTILISATION);
  }

  /**
   * {@code GET /reports/utilisation?from=&to=} (owners, admins, API clients): each member's booked hours over the
   * hours they could be booked, per ISO week from the week of {@code from} (default this week) to the week of
   * {@code to} (default the week of {@code from}), at most {@value Utilisation#MAX_WEEKS} weeks; members removed
   * from the team are left out.
   */
  private HttpResponse utilisation(Viewer viewer, HttpRequest request) {
    viewer.requireAny("read the team's utilisation", Role.OWNER, Role.ADMIN);
    QueryParameters p = new QueryParameters(request.queryParameters(), "from", "to");
    LocalDate from = p.optional("from", StaffQueryFunction::date);
    LocalDate to = p.optional("to", StaffQueryFunction::date);
    LocalDate first = Utilisation.mondayOf(from != null ? from : LocalDate.now(clock.withZone(LONDON)));
    LocalDate last = Utilisation.mondayOf(to != null ? to : first).plusDays(6);
    if (p.isValid() && last.isBefore(first)) {
      p.reject("to", "must not be before from");
    } else if (p.isValid() && last.isAfter(first.plusWeeks(Utilisation.MAX_WEEKS).minusDays(1))) {
      p.reject("to", "must be within " + Utilisation.MAX_WEEKS + " weeks of from");
    }
    p.throwIfInvalid();
    List<StaffProfile> profiles = roster.of(viewer.tenantId(), null);
    boolean more = profiles.size() > StaffRoster.MAX;
    List<Utilisation.Member> team = new ArrayList<>();
    for (StaffProfile profile : profiles.subList(0, Math.min(profiles.size(), StaffRoster.MAX))) {
      if (!members.standing(viewer.tenantId(), UserId.of(profile.member())).removed()) {
        team.add(new Utilisation.Member(profile, booked.of(viewer.tenantId(), profile.member(), first, last)));
      }
    }
    return ok(new UtilisationView(first.toString(), last.toString(), team.stream().map(m -> m.profile().member())
        .toList(), Utilisation.of(team, first, last), more), false);
  }

  /** The utilisation report as answered. */
  record UtilisationView(String from, String to, List<String> members, List<Utilisation.Week> weeks,
                         boolean truncated) {
  }

  private static Long minutes(String text) {
    if (!text.matches("[0-9]{1,4}")) {
      throw new IllegalArgumentException("must be whole minutes, " + FreeSlots.SHORTEST.toMinutes() + " to "
          + FreeSlots.LONGEST.toMinutes());
    }
    long minutes = Long.parseLong(text);
    if (minutes < FreeSlots.SHORTEST.toMinutes() || minutes > FreeSlots.LONGEST.toMinutes()) {
      throw new IllegalArgumentException("must be " + FreeSlots.SHORTEST.toMinutes() + " to "
          + FreeSlots.LONGEST.toMinutes() + " minutes");
    }
    return minutes;
  }

  /** A skill as profiles keep them (lower case, single spaces). */
  private static String skill(String text) {
    return Skills.normalise(text);
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

package app.jobmate.projections.costing;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent.JobCompleted;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scripted job costed to the penny (docs/decisions/job-costing.md), as the write sides would commit it,
 * one event a commit: a job agreed at £2,500 + £500 VAT; Ann at £20.00 an hour, then £24.00 from 27
 * October; Bob at £15.25 throughout; a visit by both across the clock change of 25 October 2026 (00:30
 * BST to 03:30 GMT: four hours passed, the clock says three), a visit by both on 28 October (167
 * minutes, Bob's cost rounded half up), a cancelled visit, a meeting on the job's day (no job pays for
 * it), a visit still to come at {@link #NOW}; expenses of £120 + £24 VAT (approved), £50 + £10
 * (refused) and £25 + £5 (submitted), one of another job, and the same job id at another tenant.
 */
public final class CostingScript {

  public static final String TENANT = "t-acme";
  public static final String OTHER_TENANT = "t-bolt";
  public static final String ANN = "a1a1a1a1-0000-4000-8000-000000000001";
  public static final String BOB = "b2b2b2b2-0000-4000-8000-000000000002";
  public static final JobId JOB = JobId.of("0193c5a0-0000-7000-8000-000000000001");
  public static final JobId OTHER_JOB = JobId.of("0193c5a0-0000-7000-8000-000000000002");
  /** 20 November 2026, noon. */
  public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));

  // what the script costs, to the penny
  public static final long ANN_VISIT_1 = 240 * 2_000 / 60;       // 8,000: four hours at £20.00 (rate of 25 Oct)
  public static final long BOB_VISIT_1 = 240 * 1_525 / 60;       // 6,100
  public static final long ANN_VISIT_2 = 167 * 2_400 / 60;       // 6,680: the new rate from 27 Oct
  public static final long BOB_VISIT_2 = 4_245;                  // 167 × 1,525 / 60 = 4,244.58, half up
  public static final long STAFF = ANN_VISIT_1 + BOB_VISIT_1 + ANN_VISIT_2 + BOB_VISIT_2; // 25,025
  public static final long STAFF_MINUTES = 2 * 240 + 2 * 167;
  public static final long EXPENSES_NET = 12_000 + 2_500;
  public static final long EXPENSES_GROSS = 14_400 + 3_000;

  private final List<List<EventEnvelope>> commits = new ArrayList<>();
  private final Map<String, Long> versions = new HashMap<>();
  private Instant clock = Instant.parse("2026-10-01T08:00:00Z");

  public CostingScript() {
    for (String tenant : List.of(TENANT, OTHER_TENANT)) {
      add(tenant, JOB.toString(), new JobCreated(JOB, CustomerId.of("0193c5a0-0000-7000-8000-0000000000c1"), null,
          "Rewire the kitchen", null, new AgreedValue(Money.ofPence(250_000), Money.ofPence(50_000),
          Money.ofPence(300_000)), Instant.parse("2026-10-01T09:00:00Z")));
    }
    add(TENANT, OTHER_JOB.toString(), new JobCreated(OTHER_JOB, CustomerId.of("0193c5a0-0000-7000-8000-0000000000c2"),
        null, "Another job", null, null, Instant.parse("2026-10-02T09:00:00Z")));
    rate(ANN, 2_000, LocalDate.of(2026, 1, 1));
    rate(BOB, 1_525, LocalDate.of(2026, 1, 1));
    // across the clock change: 00:30 BST (23:30Z on the 24th) to 03:30 GMT
    visit(1, AppointmentKind.JOB_VISIT, JOB, LocalDateTime.of(2026, 10, 25, 0, 30), LocalDateTime.of(2026, 10, 25, 3, 30),
        List.of(ANN, BOB), false);
    rate(ANN, 2_400, LocalDate.of(2026, 10, 27));
    visit(2, AppointmentKind.JOB_VISIT, JOB, LocalDateTime.of(2026, 10, 28, 9, 0), LocalDateTime.of(2026, 10, 28, 11, 47),
        List.of(ANN, BOB), false);
    visit(3, AppointmentKind.JOB_VISIT, JOB, LocalDateTime.of(2026, 11, 2, 9, 0), LocalDateTime.of(2026, 11, 2, 17, 0),
        List.of(ANN), true);
    visit(4, AppointmentKind.MEETING, null, LocalDateTime.of(2026, 10, 28, 13, 0), LocalDateTime.of(2026, 10, 28, 14, 0),
        List.of(ANN), false);
    visit(5, AppointmentKind.JOB_VISIT, JOB, LocalDateTime.of(2026, 11, 25, 9, 0), LocalDateTime.of(2026, 11, 25, 12, 0),
        List.of(BOB), false);
    visit(6, AppointmentKind.JOB_VISIT, OTHER_JOB, LocalDateTime.of(2026, 10, 29, 9, 0),
        LocalDateTime.of(2026, 10, 29, 10, 0), List.of(BOB), false);
    expense(1, JOB, LocalDate.of(2026, 10, 26), 12_000, "approved");
    expense(2, JOB, LocalDate.of(2026, 10, 29), 5_000, "refused");
    expense(3, JOB, LocalDate.of(2026, 11, 3), 2_500, "submitted");
    expense(4, OTHER_JOB, LocalDate.of(2026, 11, 3), 9_900, "approved");
    expense(5, null, LocalDate.of(2026, 11, 3), 7_700, "approved");
    add(TENANT, JOB.toString(), new JobCompleted(JOB, Instant.parse("2026-11-03T16:00:00Z")));
  }

  /** Every commit, in the order the write sides made them. */
  public List<List<EventEnvelope>> commits() {
    return List.copyOf(commits);
  }

  public static AppointmentId appointment(int n) {
    return AppointmentId.of(String.format("0193c5a0-0000-7000-8000-1000000000%02d", n));
  }

  public static ExpenseId expenseId(int n) {
    return ExpenseId.of(String.format("0193c5a0-0000-7000-8000-2000000000%02d", n));
  }

  private void rate(String member, long pence, LocalDate from) {
    add(TENANT, member, new StaffHourlyCostSet(UserId.of(member), Money.ofPence(pence), from));
  }

  private void visit(int n, AppointmentKind kind, JobId job, LocalDateTime start, LocalDateTime end,
                     List<String> members, boolean cancelled) {
    Booking booking = new Booking(kind, start, end, start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant(),
        members.stream().map(UserId::of).toList(), job, "Visit " + n, null);
    AppointmentId id = appointment(n);
    add(TENANT, id.toString(), new AppointmentBooked(id, booking, null, UserId.of("u-owner")));
    if (cancelled) {
      add(TENANT, id.toString(), new AppointmentCancelled(id, booking, clock, "the customer was away",
          UserId.of("u-owner")));
    }
  }

  private void expense(int n, JobId job, LocalDate date, long net, String stage) {
    ExpenseId id = expenseId(n);
    add(TENANT, id.toString(), new ExpenseLogged(id, UserId.of(ANN), date, "Supplier " + n, null,
        ExpenseCategory.MATERIALS, ExpensePricing.of(VatCode.STANDARD, AmountEntered.NET, Money.ofPence(net), date),
        PaidBy.COMPANY, null, job));
    add(TENANT, id.toString(), new ExpenseSubmitted(id, clock));
    switch (stage) {
      case "approved" -> add(TENANT, id.toString(), new ExpenseApproved(id, UserId.of("u-owner"), clock));
      case "refused" -> add(TENANT, id.toString(), new ExpenseRefused(id, UserId.of("u-owner"), clock, "not this job"));
      case "submitted" -> { }
      default -> throw new IllegalArgumentException(stage);
    }
  }

  private void add(String tenant, String streamId, DomainEvent event) {
    commits.add(List.of(envelope(tenant, streamId, event)));
  }

  private EventEnvelope envelope(String tenant, String streamId, DomainEvent event) {
    EventType<?> type = EventTypes.of(event.getClass());
    long version = versions.merge(tenant + "/" + type.streamType() + "/" + streamId, 1L, Long::sum);
    clock = clock.plusSeconds(60);
    return new EventEnvelope(
        UUID.nameUUIDFromBytes((tenant + "/" + streamId + "/" + version).getBytes(StandardCharsets.UTF_8)).toString(),
        type.name(), type.schemaVersion(), TenantId.of(tenant), type.streamType(), streamId, version, clock,
        "cmd-" + version, "corr-" + streamId, null, OWNER, EventCodec.standard().encode(event));
  }
}

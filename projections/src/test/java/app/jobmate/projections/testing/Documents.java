package app.jobmate.projections.testing;

import app.jobmate.events.Role;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.detail.QuoteDetail.Adjustment;
import app.jobmate.projections.quotes.detail.QuoteDetail.HistoryEntry;
import app.jobmate.projections.quotes.detail.QuoteDetail.Line;
import app.jobmate.projections.quotes.detail.QuoteDetail.Totals;
import app.jobmate.projections.quotes.detail.QuoteDetail.TotalsBasis;
import app.jobmate.projections.quotes.detail.QuoteDetail.VatLine;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.tasks.Task.ChecklistEntry;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Documents with every kind of field filled in (or left out), for the store contracts. */
public final class Documents {

  private Documents() {
  }

  public static Versioned<QuoteListItem> listItem(String tenant, String quoteId, long version, String title) {
    return new Versioned<>(DocumentId.of(TenantId.of(tenant), quoteId), version, new QuoteListItem(title,
        "0193a5a0-1111-7abc-8def-0123456789ab", QuoteStatus.DRAFT, null, 1, null, null, null, null, null,
        Instant.parse("2026-03-01T09:00:00.123Z"), LocalDate.parse("2026-03-01"), null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, Instant.parse("2026-03-01T09:00:00.123Z")));
  }

  /** A task with every kind of field: a ticked and an unticked item, history with and without an actor. */
  public static Versioned<Task> fullTask(String tenant, String taskId, long version) {
    List<ChecklistEntry> checklist = List.of(
        new ChecklistEntry("0193a5b3-0001-7000-8000-00000000c001", "Isolate the supply", true,
            Instant.parse("2026-11-20T09:30:00.250Z"), "u-sam"),
        new ChecklistEntry("0193a5b3-0001-7000-8000-00000000c002", "Fit the “new” unit — £", false, null, null));
    List<Task.HistoryEntry> history = List.of(
        new Task.HistoryEntry(1, "TaskCreated", TaskStatus.OPEN, null, null, null, Instant.parse("2026-11-19T08:00:00Z"),
            "u-owner", List.of(Role.OWNER, Role.ADMIN)),
        new Task.HistoryEntry(2, "TaskReassigned", TaskStatus.OPEN, "u-sam", "u-pat", null,
            Instant.parse("2026-11-19T08:01:00.001Z"), null, List.of()),
        new Task.HistoryEntry(3, "TaskChecklistItemTicked", TaskStatus.IN_PROGRESS, "u-sam", null,
            "0193a5b3-0001-7000-8000-00000000c001", Instant.parse("2026-11-20T09:30:00.250Z"), "u-sam",
            List.of(Role.STAFF)));
    return new Versioned<>(DocumentId.of(TenantId.of(tenant), taskId), version, new Task("Replace boiler",
        "Bring the flue kit", "0193a5a0-3333-7abc-8def-0123456789ab", LocalDate.parse("2026-11-25"), TaskPriority.HIGH,
        TaskStatus.IN_PROGRESS, "u-sam", Instant.parse("2026-11-19T08:01:00.001Z"), checklist, 0, 0,
        Instant.parse("2026-11-19T08:00:00Z"), "u-owner", Instant.parse("2026-11-20T09:00:00Z"), null, null, null,
        Instant.parse("2026-11-20T09:30:00.250Z"), history, null, null, null));
  }

  /** A task with only what every task has. */
  public static Versioned<Task> sparseTask(String tenant, String taskId, long version) {
    return new Versioned<>(DocumentId.of(TenantId.of(tenant), taskId), version, new Task("Sweep up", null, null,
        null, TaskPriority.NORMAL, TaskStatus.OPEN, null, null, List.of(), 0, 0, Instant.parse("2026-11-19T08:00:00Z"),
        null, null, null, null, null, Instant.parse("2026-11-19T08:00:00Z"), List.of(), null, null, null));
  }

  public static Versioned<QuoteDetail> fullDetail(String tenant, String quoteId, long version) {
    Line line = new Line("0193a5b3-0001-7000-8000-00000000b011", "Boiler, fitted", new BigDecimal("0.333"), 189_500,
        VatCode.REVERSE_CHARGE, new Adjustment(new BigDecimal("12.5"), null), true, 63_104, true);
    Totals totals = new Totals(200_000, 5_000, 195_000, List.of(new VatLine(VatCode.STANDARD, new BigDecimal("20"), 190_000,
        38_000, 0L), new VatLine(VatCode.REDUCED, new BigDecimal("5"), 5_000, 250, 0L)), 38_250, 233_250, 58_313, 1_500L,
        12_620L);
    HistoryEntry drafted = new HistoryEntry(1, "QuoteDrafted", QuoteStatus.DRAFT, 1, Instant.parse("2026-03-01T09:00:00Z"),
        "u-owner", List.of(Role.OWNER, Role.ADMIN));
    HistoryEntry expired = new HistoryEntry(9, "QuoteExpired", QuoteStatus.EXPIRED, 2, Instant.parse("2026-04-01T00:00:00.001Z"),
        null, List.of());
    return new Versioned<>(DocumentId.of(TenantId.of(tenant), quoteId), version, new QuoteDetail(42L, 2,
        "Q-00042/2", QuoteStatus.DECLINED, "0193a5a0-1111-7abc-8def-0123456789ab", "0193a5a0-2222-7abc-8def-0123456789ab",
        "Boiler — “Greenstar” £1,895", "Notes", "Terms", LocalDate.parse("2026-04-01"), 30, RoundingPolicy.PER_DOCUMENT,
        new Adjustment(null, 5_000L), new Adjustment(new BigDecimal("25"), null), List.of(line), totals,
        TotalsBasis.ISSUED, List.of("0193a5b3-0001-7000-8000-00000000b011"), Instant.parse("2026-03-01T09:00:00Z"),
        LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-05"), Instant.parse("2026-03-03T10:00:00.5Z"), null,
        Instant.parse("2026-03-06T10:00:00Z"), DeclineReason.CHOSE_ANOTHER_SUPPLIER, "went elsewhere", null, null, null,
        null, List.of(drafted, expired), false, LocalDate.parse("2026-03-02"),
        List.of(new QuoteDetail.Warning("discount-capped", null, "the discount of £50.00 is more than the lines come to"))));
  }
}

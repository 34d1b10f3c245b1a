package app.jobmate.notifications;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.notifications.push.Delivered;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events of two businesses, as the push function receives them. */
public final class TestEvents {

  public static final TenantId ACME = TenantId.of("t-acme");
  public static final TenantId GLOBEX = TenantId.of("t-globex");
  public static final UserId OWNER = UserId.of("u-owner");
  public static final UserId ALICE = UserId.of("u-alice");
  public static final UserId BOB = UserId.of("u-bob");
  public static final UserId CAROL = UserId.of("u-carol");
  public static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

  public static final TaskId TASK = TaskId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
  public static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-000000000042");
  public static final ChecklistItemId ISOLATE = ChecklistItemId.of("0193a5b2-7c41-7d2e-9f3a-0000000000a1");
  public static final CustomerId CUSTOMER = CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c001");
  public static final ChecklistItemId REFILL = ChecklistItemId.of("0193a5b2-7c41-7d2e-9f3a-0000000000a2");

  private TestEvents() {
  }

  public static TaskCreated taskCreated() {
    return new TaskCreated(TASK, "Service the boiler", "Annual service; the key is under the mat", null,
        LocalDate.parse("2026-11-27"), TaskPriority.HIGH,
        List.of(new ChecklistItem(ISOLATE, "Isolate the gas", false), new ChecklistItem(REFILL, "Refill the system", false)));
  }

  /** A draft of {@link #QUOTE}, "Kitchen refit". */
  public static QuoteDrafted quoteDrafted() {
    return new QuoteDrafted(QUOTE, CUSTOMER, null, "Kitchen refit", null, null, null, null, null,
        RoundingPolicy.PER_LINE, 30);
  }

  /** {@link #QUOTE} issued as Q-00042, revision 1. */
  public static QuoteIssued quoteIssued() {
    QuoteLine line = new QuoteLine(new LineId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-00000000b001")), "Units",
        Quantity.of("1"), Money.ofPence(450_000), VatCode.STANDARD, null, false);
    return new QuoteIssued(QUOTE, QuoteNumber.of(42), 1, CUSTOMER, LocalDate.parse("2026-11-26"),
        LocalDate.parse("2026-12-26"), List.of(line), null, null, RoundingPolicy.PER_LINE, totals(540_000));
  }

  public static QuoteTotals totals(long gross) {
    long net = gross * 5 / 6;
    return new QuoteTotals(Money.ofPence(net), Money.ZERO, Money.ofPence(net),
        List.of(), Money.ofPence(gross - net), Money.ofPence(gross), Money.ZERO);
  }

  /** A task event of ACME, version {@code version}, by the owner. */
  public static Delivered task(long version, TaskEvent event) {
    return delivered(ACME, version, event, OWNER, Role.OWNER);
  }

  public static Delivered quote(long version, QuoteEvent event) {
    return delivered(ACME, version, event, OWNER, Role.OWNER);
  }

  public static Delivered delivered(TenantId tenant, long version, DomainEvent event, UserId actor, Role... roles) {
    return new Delivered(envelope(tenant, version, event, actor, roles), event);
  }

  public static EventEnvelope envelope(TenantId tenant, long version, DomainEvent event, UserId actor, Role... roles) {
    EventCodec codec = EventCodec.standard();
    EventType<?> type = codec.typeOf(event);
    String streamId = switch (event) {
      case TaskEvent t -> t.taskId().toString();
      case QuoteEvent q -> q.quoteId().toString();
      case app.jobmate.events.expenses.ExpenseEvent x -> x.expenseId().toString();
      case app.jobmate.events.team.TeamEvent t -> tenant.value();
      case app.jobmate.events.diary.AppointmentEvent a -> a.appointmentId().toString();
      default -> throw new IllegalArgumentException("no stream for " + event);
    };
    return new EventEnvelope(UUID.randomUUID().toString(), type.name(), type.schemaVersion(), tenant, type.streamType(),
        streamId, version, NOW.plusSeconds(version), "cmd-" + version, "corr-" + version, null,
        new Actor(actor, List.of(roles)), codec.encode(event));
  }
}

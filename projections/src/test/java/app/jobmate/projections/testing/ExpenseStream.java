package app.jobmate.projections.testing;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The envelopes of one expense's stream as the write side would commit them: versions from 1, a minute apart. */
public final class ExpenseStream {

  private final TenantId tenant;
  private final ExpenseId expenseId;
  private final List<EventEnvelope> envelopes = new ArrayList<>();
  private Instant clock;

  public ExpenseStream(String tenant, ExpenseId expenseId, Instant start) {
    this.tenant = TenantId.of(tenant);
    this.expenseId = expenseId;
    this.clock = start;
  }

  public static ExpenseId id(int n) {
    return ExpenseId.of(String.format("0193b2a0-1111-7abc-8def-%012d", n));
  }

  public ExpenseId expenseId() {
    return expenseId;
  }

  public Instant now() {
    return clock;
  }

  /** An expense of {@code gross} pence at the standard rate, logged by {@code by}, owed to {@code member} if not null. */
  public EventEnvelope logged(String by, LocalDate date, String supplier, ExpenseCategory category, long gross,
                              String member, JobId job) {
    return append(new ExpenseLogged(expenseId, UserId.of(by), date, supplier, null, category,
        ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(gross), date),
        member == null ? PaidBy.COMPANY : PaidBy.MEMBER, member == null ? null : UserId.of(member), job), by, Role.STAFF);
  }

  public EventEnvelope append(ExpenseEvent event) {
    return append(event, "u-owner", Role.OWNER);
  }

  public EventEnvelope append(ExpenseEvent event, String by, Role role) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    long version = envelopes.size() + 1;
    EventEnvelope envelope = new EventEnvelope(
        UUID.nameUUIDFromBytes((tenant + "/" + expenseId + "/" + version).getBytes(StandardCharsets.UTF_8)).toString(),
        type.name(), type.schemaVersion(), tenant, "expense", expenseId.toString(), version, clock, "cmd-" + version,
        "corr-" + expenseId, null, new Actor(UserId.of(by), List.of(role)), EventCodec.standard().encode(event));
    envelopes.add(envelope);
    clock = clock.plusSeconds(60);
    return envelope;
  }
}

package app.jobmate.notifications.expenses;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.messages.ClientMessage;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * An expense's step, for those it concerns: submitted (to owners and admins, with its gross in pence),
 * approved or refused (to whom it belongs, with the refusal's reason and no money), with the expense as
 * it stands at {@code version}.
 *
 * @param at when the step was taken
 * @param by who took it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "expenseId", "supplier", "gross", "reason", "version", "at", "by"})
public record ExpenseMessage(Kind kind, ExpenseId expenseId, String supplier, Money gross, String reason, long version,
                             Instant at, UserId by) implements ClientMessage {

  public enum Kind {
    SUBMITTED("expense.submitted"),
    APPROVED("expense.approved"),
    REFUSED("expense.refused");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  public ExpenseMessage {
    if (kind == null || expenseId == null || at == null) {
      throw new IllegalArgumentException("kind, expenseId and at are required");
    }
    if (kind != Kind.SUBMITTED && gross != null) {
      throw new IllegalArgumentException("only a submission, told to owners and admins, shows money");
    }
  }

  public static ExpenseMessage submitted(ExpenseSummary expense, EventEnvelope event) {
    return of(Kind.SUBMITTED, expense, expense.gross(), null, event);
  }

  public static ExpenseMessage approved(ExpenseSummary expense, EventEnvelope event) {
    return of(Kind.APPROVED, expense, null, null, event);
  }

  public static ExpenseMessage refused(ExpenseSummary expense, String reason, EventEnvelope event) {
    return of(Kind.REFUSED, expense, null, reason, event);
  }

  private static ExpenseMessage of(Kind kind, ExpenseSummary expense, Money gross, String reason, EventEnvelope event) {
    return new ExpenseMessage(kind, expense.expenseId(), expense.supplier(), gross, reason, expense.version(),
        event.occurredAt(), event.actor() == null ? null : event.actor().userId());
  }

  @JsonIgnore
  public Kind kind() {
    return kind;
  }

  @JsonProperty("type")
  @Override
  public String type() {
    return kind.wireName();
  }

  @JsonIgnore
  @Override
  public boolean showsPrices() {
    return gross != null;
  }
}

package app.jobmate.events.expenses;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import java.util.List;

/** The expenses context in the published language: its event types, wire names and schema versions, written here once. */
public final class ExpenseEvents {

  /** The stream type of an expense: one stream per expense, {@code <tenantId>#expense#<id>}. */
  public static final String STREAM = "expense";

  public static final EventContext CONTEXT = new EventContext("expenses", List.of(
      type("ExpenseLogged", 1, ExpenseEvent.ExpenseLogged.class),
      type("ExpenseChanged", 1, ExpenseEvent.ExpenseChanged.class),
      type("ExpenseSubmitted", 1, ExpenseEvent.ExpenseSubmitted.class),
      type("ExpenseApproved", 1, ExpenseEvent.ExpenseApproved.class),
      type("ExpenseRefused", 1, ExpenseEvent.ExpenseRefused.class),
      type("ExpenseReimbursed", 1, ExpenseEvent.ExpenseReimbursed.class),
      type("ExpenseReceiptAttached", 1, ExpenseEvent.ExpenseReceiptAttached.class)));

  private ExpenseEvents() {
  }

  private static <E extends ExpenseEvent> EventType<E> type(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "expenses", STREAM, type);
  }
}

package app.jobmate.projections.expenses.detail;

import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.values.TenantId;

/** The page of one expense of a tenant. */
public record ShowExpense(TenantId tenantId, ExpenseId expenseId) {
}

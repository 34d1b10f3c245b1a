package app.jobmate.projections.costing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An expense as the costing sees it (collection {@code costing_expense}, one per expense, built by
 * {@link CostedExpenseProjection}): the job it was for (absent: none), its date, what it was, its pence as
 * logged and whether it was refused (a refused expense was never the business's cost).
 */
public record CostedExpense(String jobId, LocalDate date, String supplier, String description, long net, long vat,
                            long gross, String stage, boolean refused, Instant updatedAt) {

  public static final String REFUSED = "refused";

  public CostedExpense {
    refused = REFUSED.equals(stage);
  }

  CostedExpense at(String next, Instant at) {
    return new CostedExpense(jobId, date, supplier, description, net, vat, gross, next, false, at);
  }
}

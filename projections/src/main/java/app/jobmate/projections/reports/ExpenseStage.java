package app.jobmate.projections.reports;

/**
 * Where an expense is in its life, as the reports see it. Only {@link #APPROVED} and
 * {@link #REIMBURSED} are counted in a money report: a draft or a submitted expense may still change
 * or be refused, and a refused one was never the business's cost (docs/decisions/money-reports.md).
 */
public enum ExpenseStage {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REFUSED,
  REIMBURSED;

  /** Whether an expense at this stage is a cost of the business in the money reports. */
  public boolean counted() {
    return switch (this) {
      case APPROVED, REIMBURSED -> true;
      case DRAFT, SUBMITTED, REFUSED -> false;
    };
  }
}

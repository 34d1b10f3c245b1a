package app.jobmate.projections.expenses;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an expense is in its life: Draft -> Submitted -> Approved | Refused; Approved -> Reimbursed. */
public enum ExpenseStatus {
  DRAFT("draft"),
  SUBMITTED("submitted"),
  APPROVED("approved"),
  REFUSED("refused"),
  REIMBURSED("reimbursed");

  private final String wireName;

  ExpenseStatus(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }
}

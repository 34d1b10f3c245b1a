package app.jobmate.projections.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.testing.ExpenseStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report line of an expense, given its events: what it counts, in which month, and when it was approved and paid back. */
class ExpenseReportProjectionTest {

  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(),
      new ReportReadSide().projections());

  private void project(EventEnvelope... commit) {
    history.append(List.of(commit));
    assertThat(projector.project(List.of(commit)).allApplied()).isTrue();
  }

  private ExpenseReportLine line(ExpenseStream x) {
    return readModels.find(ExpenseReportProjection.NAME, ExpenseReportLine.class,
            List.of(DocumentId.of(app.jobmate.events.values.TenantId.of("t-acme"), x.expenseId()).value()))
        .values().iterator().next().document();
  }

  @Test
  void a_logged_expense_is_a_draft_line_of_its_purchase_month_counted_in_no_money_report() {
    ExpenseStream x = new ExpenseStream("t-acme", ExpenseStream.id(1), Instant.parse("2026-11-30T10:00:00Z"));
    project(x.logged(SAM, LocalDate.of(2026, 10, 31), "City Plumbing", ExpenseCategory.MATERIALS, 1_200, SAM, null));

    ExpenseReportLine line = line(x);
    assertThat(line.month()).isEqualTo("2026-10");
    assertThat(line.stage()).isEqualTo(ExpenseStage.DRAFT);
    assertThat(line.counted()).isFalse();
    assertThat(List.of(line.net(), line.vat(), line.gross())).containsExactly(1_000L, 200L, 1_200L);
    assertThat(line.paidBy()).isEqualTo(PaidBy.MEMBER);
    assertThat(line.member()).isEqualTo(SAM);
  }

  @Test
  void a_change_while_a_draft_moves_the_line_to_the_new_date_s_month_with_the_new_amounts() {
    ExpenseStream x = new ExpenseStream("t-acme", ExpenseStream.id(2), Instant.parse("2026-11-30T10:00:00Z"));
    project(x.logged(SAM, LocalDate.of(2026, 10, 31), "City Plumbing", ExpenseCategory.MATERIALS, 1_200, null, null));
    LocalDate day = LocalDate.of(2026, 11, 1);
    project(x.append(new ExpenseChanged(x.expenseId(), day, "Travis Perkins", null, ExpenseCategory.TOOLS,
        ExpensePricing.of(VatCode.REVERSE_CHARGE, AmountEntered.NET, Money.ofPence(10_000), day), PaidBy.COMPANY, null,
        null)));

    ExpenseReportLine line = line(x);
    assertThat(line.month()).isEqualTo("2026-11");
    assertThat(line.category()).isEqualTo(ExpenseCategory.TOOLS);
    assertThat(line.vatCode()).isEqualTo(VatCode.REVERSE_CHARGE);
    assertThat(List.of(line.net(), line.vat(), line.gross(), line.reverseChargeVat()))
        .containsExactly(10_000L, 0L, 10_000L, 2_000L);
  }

  @Test
  void approval_counts_the_line_and_reimbursement_keeps_it_counted_with_london_days_of_each() {
    ExpenseStream x = new ExpenseStream("t-acme", ExpenseStream.id(3), Instant.parse("2026-06-30T22:00:00Z"));
    project(x.logged(SAM, LocalDate.of(2026, 6, 30), "Shell", ExpenseCategory.FUEL, 6_000, SAM, null));
    project(x.append(new ExpenseSubmitted(x.expenseId(), Instant.parse("2026-06-30T22:10:00Z"))));
    assertThat(line(x).counted()).isFalse();

    project(x.append(new ExpenseApproved(x.expenseId(), UserId.of("u-owner"), Instant.parse("2026-06-30T23:30:00Z"))));
    ExpenseReportLine approved = line(x);
    assertThat(approved.stage()).isEqualTo(ExpenseStage.APPROVED);
    assertThat(approved.counted()).isTrue();
    assertThat(approved.approvedOn()).as("23:30 UTC in June is the next day in London").isEqualTo(LocalDate.of(2026, 7, 1));

    project(x.append(new ExpenseReimbursed(x.expenseId(), UserId.of(SAM), Money.ofPence(6_000),
        Instant.parse("2026-12-31T23:30:00Z"))));
    ExpenseReportLine paid = line(x);
    assertThat(paid.stage()).isEqualTo(ExpenseStage.REIMBURSED);
    assertThat(paid.counted()).isTrue();
    assertThat(paid.reimbursedOn()).as("GMT in December").isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(paid.reimbursedAmount()).isEqualTo(6_000);
    assertThat(paid.month()).as("still the purchase's month").isEqualTo("2026-06");
  }

  @Test
  void a_refused_expense_is_counted_nowhere() {
    ExpenseStream x = new ExpenseStream("t-acme", ExpenseStream.id(4), Instant.parse("2026-11-30T10:00:00Z"));
    project(x.logged(SAM, LocalDate.of(2026, 11, 2), "Greggs", ExpenseCategory.SUBSISTENCE, 450, SAM, null));
    project(x.append(new ExpenseSubmitted(x.expenseId(), x.now())));
    project(x.append(new ExpenseRefused(x.expenseId(), UserId.of("u-owner"), x.now(), "Not a work lunch")));

    assertThat(line(x).stage()).isEqualTo(ExpenseStage.REFUSED);
    assertThat(line(x).counted()).isFalse();
  }
}

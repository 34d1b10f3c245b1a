package app.jobmate.projections.reports.reimbursements;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.projections.reports.ReportQueries.MemberTally;
import app.jobmate.projections.reports.reimbursements.Reimbursements.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReimbursementsTest {

  @Test
  void each_member_owed_or_paid_this_month_appears_once_most_owed_first_with_the_totals() {
    Reimbursements report = Reimbursements.of(LocalDate.of(2026, 12, 6),
        List.of(new MemberTally("sam", 2, 3_000), new MemberTally("pat", 1, 9_000)),
        List.of(new MemberTally("sam", 1, 500), new MemberTally("lee", 4, 12_000)));

    assertThat(report.people()).containsExactly(new Person("pat", 1, 9_000, 0, 0), new Person("sam", 2, 3_000, 1, 500),
        new Person("lee", 0, 0, 4, 12_000));
    assertThat(report.owed()).isEqualTo(12_000);
    assertThat(report.owedCount()).isEqualTo(3);
    assertThat(report.paidThisMonth()).isEqualTo(12_500);
    assertThat(report.paidThisMonthCount()).isEqualTo(5);
    assertThat(report.month()).isEqualTo("2026-12");
    assertThat(Reimbursements.monthStart(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 1));
  }
}

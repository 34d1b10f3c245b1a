package app.jobmate.projections.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.reports.exports.ExportQueries;
import app.jobmate.projections.reports.exports.ExportedExpense;
import app.jobmate.projections.testing.ExpenseWorkload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link ExportQueries} must give, over the seeded year of expenses: the
 * tenant's approved and reimbursed expenses of the days asked, each once, by date and then id.
 */
public abstract class ExportQueriesContract {

  public record Fixture(ReadModels readModels, ExportQueries queries) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;

  @BeforeEach
  void aYearOfExpenses() {
    fixture = newFixture();
    InMemoryEventHistory history = new InMemoryEventHistory();
    Projector projector = new Projector(fixture.readModels(), history, EventCodec.standard(),
        new ReportReadSide().projections());
    for (List<EventEnvelope> commit : ExpenseWorkload.commits(11, 300)) {
      history.append(commit);
      assertThat(projector.project(commit).allApplied()).isTrue();
    }
  }

  private List<String> expected(TenantId tenant, LocalDate from, LocalDate to) {
    return fixture.readModels().all(ExpenseReportProjection.NAME, ExpenseReportLine.class).stream()
        .filter(v -> v.tenantId().equals(tenant) && v.document().counted() && !v.document().date().isBefore(from)
            && !v.document().date().isAfter(to))
        .sorted(Comparator.comparing((Versioned<ExpenseReportLine> v) -> v.document().date()).thenComparing(Versioned::id))
        .map(Versioned::streamId).toList();
  }

  private List<String> exported(TenantId tenant, LocalDate from, LocalDate to) {
    List<String> ids = new ArrayList<>();
    fixture.queries().forEachExpense(tenant, from, to, (ExportedExpense e) -> {
      assertThat(e.line().counted()).isTrue();
      ids.add(e.expenseId());
    });
    return ids;
  }

  @Test
  void the_export_gives_the_tenant_s_counted_expenses_of_the_days_asked_by_date_then_id() {
    List<LocalDate[]> ranges = List.of(
        new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)},
        new LocalDate[] {LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1)},
        new LocalDate[] {LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)});
    for (String tenant : ExpenseWorkload.TENANTS) {
      for (LocalDate[] range : ranges) {
        assertThat(exported(TenantId.of(tenant), range[0], range[1])).as(tenant + " " + range[0] + ".." + range[1])
            .isEqualTo(expected(TenantId.of(tenant), range[0], range[1]));
      }
    }
    assertThat(exported(TenantId.of("t-acme"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)))
        .as("the workload reached t-acme").hasSizeGreaterThan(30);
    assertThat(exported(TenantId.of("t-nobody"), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31))).isEmpty();
  }

  @Test
  void an_export_stopped_midway_leaves_nothing_open_and_the_next_one_reads_everything_again() {
    TenantId acme = TenantId.of("t-acme");
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2027, 12, 31);
    int[] seen = {0};
    try {
      fixture.queries().forEachExpense(acme, from, to, e -> {
        if (++seen[0] == 5) {
          throw new IllegalStateException("stopped");
        }
      });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("stopped");
    }

    assertThat(seen[0]).isEqualTo(5);
    assertThat(exported(acme, from, to)).isEqualTo(expected(acme, from, to));
  }
}

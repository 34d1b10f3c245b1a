package app.jobmate.projections.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.reports.ReportQueries.ExpenseTally;
import app.jobmate.projections.reports.ReportQueries.MemberTally;
import app.jobmate.projections.testing.ExpenseWorkload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link ReportQueries} must answer, over a seeded year of 400 expenses
 * of three tenants projected by the report projection: each sum exactly the report lines' own, summed
 * one by one, of the tenant asked only and of the days asked only (a month's first and last days
 * included); and the same sums when every message is delivered one to three times, in shuffled order.
 */
public abstract class ReportQueriesContract {

  private static final int EXPENSES = 400;

  public record Fixture(ReadModels readModels, ReportQueries queries) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;
  private final List<List<EventEnvelope>> commits = ExpenseWorkload.commits(42, EXPENSES);

  @BeforeEach
  void aYearOfExpenses() {
    fixture = newFixture();
    InMemoryEventHistory history = new InMemoryEventHistory();
    Projector projector = projector(fixture, history);
    for (List<EventEnvelope> commit : commits) {
      history.append(commit);
      assertThat(projector.project(commit).allApplied()).isTrue();
    }
  }

  private static Projector projector(Fixture fixture, InMemoryEventHistory history) {
    return new Projector(fixture.readModels(), history, EventCodec.standard(), new ReportReadSide().projections());
  }

  private List<Versioned<ExpenseReportLine>> lines() {
    return fixture.readModels().all(ExpenseReportProjection.NAME, ExpenseReportLine.class);
  }

  private Set<ExpenseTally> expected(TenantId tenant, LocalDate from, LocalDate to) {
    Map<List<Object>, ExpenseTally> sums = new HashMap<>();
    for (Versioned<ExpenseReportLine> v : lines()) {
      ExpenseReportLine l = v.document();
      if (!v.tenantId().equals(tenant) || l.date().isBefore(from) || l.date().isAfter(to)) {
        continue;
      }
      List<Object> key = List.of(l.month(), l.category(), l.stage(), l.vatCode());
      ExpenseTally t = sums.getOrDefault(key, new ExpenseTally(l.month(), l.category(), l.stage(), l.vatCode(), 0, 0,
          0, 0, 0));
      sums.put(key, new ExpenseTally(t.month(), t.category(), t.stage(), t.vatCode(), t.count() + 1, t.net() + l.net(),
          t.vat() + l.vat(), t.gross() + l.gross(), t.reverseChargeVat() + l.reverseChargeVat()));
    }
    return new HashSet<>(sums.values());
  }

  private Set<MemberTally> expectedByMember(TenantId tenant, Predicate<ExpenseReportLine> which,
                                            ToLongFunction<ExpenseReportLine> amount) {
    Map<String, MemberTally> sums = new HashMap<>();
    for (Versioned<ExpenseReportLine> v : lines()) {
      ExpenseReportLine l = v.document();
      if (v.tenantId().equals(tenant) && which.test(l)) {
        MemberTally t = sums.getOrDefault(l.member(), new MemberTally(l.member(), 0, 0));
        sums.put(l.member(), new MemberTally(l.member(), t.count() + 1, t.amount() + amount.applyAsLong(l)));
      }
    }
    return new HashSet<>(sums.values());
  }

  @Test
  void the_expense_sums_are_the_lines_of_the_tenant_and_days_asked_by_month_category_stage_and_vat_code() {
    List<LocalDate[]> ranges = List.of(
        new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)},
        new LocalDate[] {LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)},
        new LocalDate[] {LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1)},
        new LocalDate[] {LocalDate.of(2026, 2, 15), LocalDate.of(2026, 6, 14)});
    for (String tenant : ExpenseWorkload.TENANTS) {
      TenantId id = TenantId.of(tenant);
      for (LocalDate[] range : ranges) {
        assertThat(new HashSet<>(fixture.queries().expenses(id, range[0], range[1])))
            .as(tenant + " from " + range[0] + " to " + range[1])
            .isEqualTo(expected(id, range[0], range[1]));
      }
    }
    Set<ExpenseTally> wholeYear = expected(TenantId.of("t-acme"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
    assertThat(wholeYear.stream().mapToLong(ExpenseTally::count).sum()).as("the workload reached t-acme")
        .isGreaterThan(100);
    assertThat(wholeYear).extracting(ExpenseTally::stage).contains(ExpenseStage.values());
  }

  @Test
  void a_tenant_without_expenses_has_no_sums() {
    TenantId nobody = TenantId.of("t-nobody");

    assertThat(fixture.queries().expenses(nobody, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31))).isEmpty();
    assertThat(fixture.queries().owed(nobody)).isEmpty();
    assertThat(fixture.queries().reimbursed(nobody, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31))).isEmpty();
  }

  @Test
  void owed_is_the_gross_of_approved_expenses_members_paid_and_reimbursed_what_was_paid_back_on_the_days_asked() {
    LocalDate from = LocalDate.of(2026, 4, 1);
    LocalDate to = LocalDate.of(2026, 6, 30);
    for (String tenant : ExpenseWorkload.TENANTS) {
      TenantId id = TenantId.of(tenant);
      assertThat(new HashSet<>(fixture.queries().owed(id))).as(tenant + " owed")
          .isEqualTo(expectedByMember(id, l -> l.stage() == ExpenseStage.APPROVED && l.member() != null,
              ExpenseReportLine::gross))
          .isNotEmpty();
      assertThat(new HashSet<>(fixture.queries().reimbursed(id, from, to))).as(tenant + " reimbursed")
          .isEqualTo(expectedByMember(id, l -> l.reimbursedOn() != null && !l.reimbursedOn().isBefore(from)
              && !l.reimbursedOn().isAfter(to), ExpenseReportLine::reimbursedAmount))
          .isNotEmpty();
    }
  }

  @Test
  void every_message_delivered_one_to_three_times_in_shuffled_order_gives_the_same_sums() {
    Fixture shuffled = newFixture();
    InMemoryEventHistory history = new InMemoryEventHistory();
    commits.forEach(history::append);
    Random random = new Random(7);
    List<EventEnvelope> deliveries = new ArrayList<>();
    for (List<EventEnvelope> commit : commits) {
      for (EventEnvelope envelope : commit) {
        for (int times = 1 + random.nextInt(3); times > 0; times--) {
          deliveries.add(envelope);
        }
      }
    }
    Collections.shuffle(deliveries, random);
    Projector projector = projector(shuffled, history);
    for (int i = 0; i < deliveries.size(); i += 10) {
      assertThat(projector.project(deliveries.subList(i, Math.min(deliveries.size(), i + 10))).allApplied()).isTrue();
    }

    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2027, 12, 31);
    for (String tenant : ExpenseWorkload.TENANTS) {
      TenantId id = TenantId.of(tenant);
      assertThat(new HashSet<>(shuffled.queries().expenses(id, from, to))).as(tenant)
          .isEqualTo(new HashSet<>(fixture.queries().expenses(id, from, to)));
      assertThat(new HashSet<>(shuffled.queries().owed(id))).isEqualTo(new HashSet<>(fixture.queries().owed(id)));
      assertThat(new HashSet<>(shuffled.queries().reimbursed(id, from, to)))
          .isEqualTo(new HashSet<>(fixture.queries().reimbursed(id, from, to)));
    }
  }
}

package app.jobmate.projections.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.expenses.list.ExpenseListQueries;
import app.jobmate.projections.expenses.list.ExpensePage;
import app.jobmate.projections.expenses.list.ListExpenses;
import app.jobmate.projections.testing.ExpenseStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the expense list must answer: exactly what {@link ListExpenses} defines,
 * over fifty expenses of two tenants (several on the same day, so the id breaks ties).
 */
public abstract class ExpenseListQueriesContract {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PAT = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final JobId JOB = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");
  private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");
  private static final ExpenseCategory[] CATEGORIES = ExpenseCategory.values();

  public record Fixture(ReadModels readModels, ExpenseListQueries list) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;

  @BeforeEach
  void fiftyExpenses() {
    fixture = newFixture();
    InMemoryEventHistory history = new InMemoryEventHistory();
    Projector projector = new Projector(fixture.readModels(), history, EventCodec.standard(),
        new ExpenseReadSide().projections());
    for (int n = 1; n <= 50; n++) {
      String tenant = n % 6 == 0 ? "t-other" : ACME.value();
      ExpenseStream x = new ExpenseStream(tenant, ExpenseStream.id(n), START);
      String by = n % 2 == 0 ? SAM : "u-owner";
      String member = n % 3 == 0 ? PAT : n % 2 == 0 ? SAM : null;
      List<EventEnvelope> commit = new ArrayList<>();
      commit.add(x.logged(by, LocalDate.of(2026, 11, n / 3 + 1), "Supplier " + n, CATEGORIES[n % CATEGORIES.length],
          100L * n, member, n % 4 == 0 ? JOB : null));
      if (n % 5 != 0) {
        commit.add(x.append(new ExpenseSubmitted(x.expenseId(), START)));
      }
      if (n % 5 == 1) {
        commit.add(x.append(new ExpenseApproved(x.expenseId(), UserId.of("u-admin"), START)));
      }
      history.append(commit);
      assertThat(projector.project(commit).allApplied()).isTrue();
    }
  }

  private List<String> expected(ListExpenses query) {
    return fixture.readModels().all(ExpenseProjection.NAME, Expense.class).stream().filter(query::matches)
        .sorted(ListExpenses.NEWEST_FIRST).map(Versioned::streamId).toList();
  }

  private List<String> everyPage(ListExpenses first) {
    List<String> all = new ArrayList<>();
    ListExpenses query = first;
    while (true) {
      ExpensePage page = fixture.list().list(query);
      page.items().forEach(v -> all.add(v.streamId()));
      if (page.next().isEmpty()) {
        return all;
      }
      query = query.after(page.next().get());
    }
  }

  @Test
  void every_page_together_is_the_whole_list_newest_first_without_repeats() {
    ListExpenses all = new ListExpenses(ACME, Set.of(), Set.of(), null, null, null, null, null, 7);

    List<String> paged = everyPage(all);

    assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(expected(all)).hasSize(42);
  }

  @Test
  void filters_answer_exactly_what_the_query_defines() {
    List<ListExpenses> queries = List.of(
        new ListExpenses(ACME, Set.of(ExpenseStatus.SUBMITTED), Set.of(), null, null, null, null, null, 5),
        new ListExpenses(ACME, Set.of(ExpenseStatus.APPROVED, ExpenseStatus.DRAFT),
            Set.of(ExpenseCategory.FUEL, ExpenseCategory.TOOLS, ExpenseCategory.MILEAGE, ExpenseCategory.OTHER), null,
            null, null, null, null, 2),
        new ListExpenses(ACME, Set.of(), Set.of(), PAT, null, null, null, null, 3),
        new ListExpenses(ACME, Set.of(), Set.of(), SAM, null, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 12),
            null, 2),
        new ListExpenses(ACME, Set.of(), Set.of(), null, JOB, null, null, null, 4));
    for (ListExpenses q : queries) {
      assertThat(everyPage(q)).as(q.toString()).containsExactlyElementsOf(expected(q)).isNotEmpty();
    }
  }
}

package app.jobmate.projections.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.lambda.ProjectorFunction;
import app.jobmate.projections.adapter.lambda.RebuildProjection;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Rebuild;
import app.jobmate.projections.testing.ExpenseStream;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.testing.TestContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expense read model is rebuilt from the event store alone: the rebuilt collection, swapped in,
 * equals the one the projector function built event by event, and later events go to it.
 */
public abstract class ExpenseRebuildContract {

  private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryReadModels reference = new InMemoryReadModels();
  private final ProjectorFunction referenceProjector = new ProjectorFunction(new ExpenseReadSide(), reference, history);

  protected abstract ReadModels newStore();

  private static List<List<EventEnvelope>> commits(int from, int to) {
    List<List<EventEnvelope>> commits = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      ExpenseStream x = new ExpenseStream(n % 4 == 0 ? "t-other" : "t-acme", ExpenseStream.id(n), START);
      commits.add(List.of(x.logged("u-" + n % 3, LocalDate.of(2026, 11, n % 28 + 1), "Supplier " + n,
          ExpenseCategory.values()[n % 7], 100L * n, n % 2 == 0 ? "u-" + n % 3 : null, null)));
      commits.add(List.of(x.append(new ExpenseSubmitted(x.expenseId(), START))));
      if (n % 3 == 0) {
        commits.add(List.of(x.append(new ExpenseApproved(x.expenseId(), UserId.of("u-admin"), START))));
      } else if (n % 3 == 1) {
        commits.add(List.of(x.append(new ExpenseRefused(x.expenseId(), UserId.of("u-admin"), START, "No"))));
      }
    }
    return commits;
  }

  private void deliver(ProjectorFunction function, List<EventEnvelope> commit) {
    assertThat(function.handleRequest(Sqs.event(commit.stream().map(Sqs::message).toList()), new TestContext())
        .getBatchItemFailures()).isEmpty();
  }

  private void commit(ProjectorFunction live, List<EventEnvelope> commit) {
    history.append(commit);
    deliver(live, commit);
    deliver(referenceProjector, commit);
  }

  @Test
  void a_rebuilt_expense_collection_equals_the_one_built_event_by_event_and_takes_the_events_after_it() {
    ReadModels store = newStore();
    ProjectorFunction live = new ProjectorFunction(new ExpenseReadSide(), store, history);
    commits(1, 30).forEach(c -> commit(live, c));

    List<Rebuild.Result> results = new RebuildProjection(store, history, 2).rebuild(ExpenseProjection.NAME);
    commits(31, 40).forEach(c -> commit(live, c));

    assertThat(results).singleElement().satisfies(r -> assertThat(r.streams()).isEqualTo(30));
    String active = store.placement(ExpenseProjection.NAME).active();
    assertThat(active).isNotEqualTo(ExpenseProjection.NAME);
    assertThat(store.all(active, Expense.class)).hasSize(40)
        .isEqualTo(reference.all(ExpenseProjection.NAME, Expense.class));
  }
}

package app.jobmate.notifications.summaries;

import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemAdded;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.TestEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link Summaries} does; run against each implementation. */
public abstract class SummariesContract {

  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final TenantId globex = TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8));
  private final TaskId task = new TaskId(UUID.randomUUID());

  protected abstract Summaries summaries();

  @Test
  void the_first_update_starts_from_the_initial_summary_and_later_ones_from_the_stored_one() {
    Summaries summaries = summaries();
    Subject subject = subject(acme);

    TaskSummary first = summaries.update(subject, TaskSummary.empty(task), s -> s.apply(1, TestEvents.taskCreated()));
    TaskSummary second = summaries.update(subject, TaskSummary.empty(task), s -> s.apply(2, new TaskAssigned(task, ALICE)));

    assertThat(first.details().title()).isEqualTo("Service the boiler");
    assertThat(second.details()).isEqualTo(first.details());
    assertThat(second.assignee()).isEqualTo(ALICE);
    assertThat(summaries.update(subject, TaskSummary.empty(task), s -> s)).isEqualTo(second);
  }

  @Test
  void the_same_task_in_two_tenants_has_two_summaries() {
    Summaries summaries = summaries();

    summaries.update(subject(acme), TaskSummary.empty(task), s -> s.apply(2, new TaskAssigned(task, ALICE)));
    summaries.update(subject(globex), TaskSummary.empty(task), s -> s.apply(2, new TaskAssigned(task, BOB)));

    assertThat(summaries.update(subject(acme), TaskSummary.empty(task), s -> s).assignee()).isEqualTo(ALICE);
    assertThat(summaries.update(subject(globex), TaskSummary.empty(task), s -> s).assignee()).isEqualTo(BOB);
  }

  @Test
  void concurrent_updates_of_one_subject_lose_no_change() throws Exception {
    Summaries summaries = summaries();
    Subject subject = subject(acme);
    int updates = 24;

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 1; i <= updates; i++) {
        long version = i;
        ChecklistItem item = new ChecklistItem(new ChecklistItemId(UUID.randomUUID()), "Item " + i, false);
        done.add(threads.submit(() -> summaries.update(subject, TaskSummary.empty(task),
            s -> s.apply(version, new TaskChecklistItemAdded(task, item)))));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    TaskSummary stored = summaries.update(subject, TaskSummary.empty(task), s -> s);
    assertThat(stored.shownChecklist()).hasSize(updates);
    assertThat(stored.version()).isEqualTo(updates);
  }

  private Subject subject(TenantId tenant) {
    return new Subject(tenant, "task", task.toString());
  }
}

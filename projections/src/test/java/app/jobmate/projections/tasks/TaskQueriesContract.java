package app.jobmate.projections.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.tasks.list.ListTasks;
import app.jobmate.projections.tasks.list.TaskCursor;
import app.jobmate.projections.tasks.list.TaskListQueries;
import app.jobmate.projections.tasks.list.TaskListSort;
import app.jobmate.projections.tasks.list.TaskPage;
import app.jobmate.projections.tasks.list.WhoseTasks;
import app.jobmate.projections.tasks.workload.OpenTaskQueries;
import app.jobmate.projections.tasks.workload.OpenTaskTally;
import app.jobmate.projections.testing.TaskWorkload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the task queries must answer: exactly what {@link ListTasks} and
 * {@link OpenTaskTally} define, over a generated workload. One subclass per implementation.
 */
public abstract class TaskQueriesContract {

  private static final LocalDate TODAY = TaskWorkload.TODAY;

  /** A store and the queries over it, all empty. */
  public record Fixture(ReadModels readModels, TaskListQueries list, OpenTaskQueries open) {
  }

  protected abstract Fixture newFixture();

  private Fixture fixture;
  private InMemoryEventHistory history;
  private Projector projector;
  private List<List<EventEnvelope>> later;
  private TenantId tenant;
  private UserId sam;

  @BeforeEach
  void populate() {
    fixture = newFixture();
    history = new InMemoryEventHistory();
    projector = new Projector(fixture.readModels(), history, EventCodec.standard(), new TaskReadSide().projections());
    List<List<EventEnvelope>> commits = TaskWorkload.generate(13, 3, 50).commits();
    int now = commits.size() * 3 / 4;
    for (List<EventEnvelope> commit : commits.subList(0, now)) {
      append(commit);
    }
    later = commits.subList(now, commits.size());
    tenant = stored().getFirst().tenantId();
    sam = UserId.of("u-" + tenant.value() + "-sam");
  }

  private void append(List<EventEnvelope> commit) {
    history.append(commit);
    assertThat(projector.project(commit).allApplied()).isTrue();
  }

  private List<Versioned<Task>> stored() {
    return fixture.readModels().all(TaskProjection.NAME, Task.class);
  }

  private List<Versioned<Task>> expected(ListTasks query) {
    return stored().stream().filter(query::matches).sorted(query.comparator()).toList();
  }

  private List<Versioned<Task>> everyPage(ListTasks first) {
    List<Versioned<Task>> seen = new ArrayList<>();
    ListTasks query = first;
    for (int pages = 0; pages < 1_000; pages++) {
      TaskPage page = fixture.list().list(query);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(query.limit());
      seen.addAll(page.items());
      if (page.next().isEmpty()) {
        return seen;
      }
      query = query.after(page.next().get());
    }
    throw new AssertionError("paging did not end");
  }

  private ListTasks query(TaskListSort sort, SortOrder order) {
    return new ListTasks(tenant, Set.of(), new WhoseTasks.Everyone(), null, null, null, sort, order, null, 7);
  }

  @Test
  void every_order_pages_through_exactly_the_tenants_tasks_in_that_order() {
    for (TaskListSort sort : TaskListSort.values()) {
      for (SortOrder order : SortOrder.values()) {
        ListTasks query = query(sort, order);

        assertThat(everyPage(query)).as(sort + " " + order).isEqualTo(expected(query));
      }
    }
    assertThat(expected(query(TaskListSort.QUEUE, SortOrder.ASC))).hasSizeGreaterThan(30)
        .allMatch(t -> t.tenantId().equals(tenant));
  }

  @Test
  void the_filters_select_by_status_assignee_no_one_job_and_a_due_range() {
    String job = stored().stream().filter(t -> t.tenantId().equals(tenant) && t.document().jobId() != null).findFirst()
        .orElseThrow().document().jobId();
    List<ListTasks> queries = List.of(
        new ListTasks(tenant, Set.of(TaskStatus.DONE), new WhoseTasks.Everyone(), null, null, null, TaskListSort.UPDATED,
            SortOrder.DESC, null, 5),
        new ListTasks(tenant, TaskStatus.UNFINISHED, new WhoseTasks.AssignedTo(sam), null, null, null, TaskListSort.DUE,
            SortOrder.ASC, null, 3),
        new ListTasks(tenant, Set.of(), new WhoseTasks.Unassigned(), null, null, null, TaskListSort.PRIORITY,
            SortOrder.ASC, null, 4),
        new ListTasks(tenant, Set.of(), new WhoseTasks.Everyone(), JobId.of(job), null, null, TaskListSort.QUEUE,
            SortOrder.ASC, null, 3),
        new ListTasks(tenant, Set.of(), new WhoseTasks.Everyone(), null, TODAY.minusDays(5), TODAY.plusDays(5),
            TaskListSort.DUE, SortOrder.DESC, null, 6),
        new ListTasks(tenant, Set.of(TaskStatus.OPEN, TaskStatus.CANCELLED), new WhoseTasks.Everyone(), null, null,
            TODAY, TaskListSort.CREATED, SortOrder.ASC, null, 4),
        new ListTasks(tenant, Set.of(TaskStatus.IN_PROGRESS), new WhoseTasks.Everyone(), null, TODAY, null,
            TaskListSort.QUEUE, SortOrder.DESC, null, 2));
    for (ListTasks query : queries) {
      assertThat(expected(query)).as("the workload has tasks for " + query).isNotEmpty();

      assertThat(everyPage(query)).as(query.toString()).isEqualTo(expected(query));
    }
  }

  @Test
  void my_tasks_are_mine_only_unfinished_first_by_due_date_undated_last_then_the_most_urgent() {
    ListTasks mine = ListTasks.mine(tenant, sam, Set.of(), null, null, null, 4);

    List<Versioned<Task>> tasks = everyPage(mine);

    assertThat(tasks).isEqualTo(expected(mine)).hasSizeGreaterThan(5)
        .allMatch(t -> t.document().assignee().equals(sam.value()));
    List<Boolean> finished = tasks.stream().map(t -> t.document().status().isFinished()).toList();
    assertThat(finished).as("unfinished first").isSortedAccordingTo(Boolean::compare);
    List<Versioned<Task>> unfinished = tasks.stream().filter(t -> !t.document().status().isFinished()).toList();
    assertThat(unfinished).extracting(t -> t.document().dueDate() == null ? LocalDate.MAX : t.document().dueDate())
        .isSorted();
    ListTasks openThisWeek = ListTasks.mine(tenant, sam, Set.of(TaskStatus.OPEN), TODAY, TODAY.plusDays(6), null, 2);
    assertThat(everyPage(openThisWeek)).isEqualTo(expected(openThisWeek));
  }

  @Test
  void a_persons_overdue_tasks_are_the_unfinished_ones_due_before_today_longest_overdue_first() {
    for (WhoseTasks whose : List.of(new WhoseTasks.AssignedTo(sam), new WhoseTasks.Unassigned())) {
      List<Versioned<Task>> overdue = expected(ListTasks.overdue(tenant, whose, TODAY, 100));

      int top = Math.min(3, overdue.size() - 1);

      List<Versioned<Task>> first = fixture.list().list(ListTasks.overdue(tenant, whose, TODAY, top)).items();

      assertThat(overdue).as(whose + " has overdue tasks").hasSizeGreaterThanOrEqualTo(2)
          .allMatch(t -> t.document().overdueOn(TODAY));
      assertThat(first).isEqualTo(overdue.subList(0, top));
      assertThat(first).extracting(t -> t.document().dueDate()).isSorted();
    }
  }

  @Test
  void another_tenants_tasks_are_never_listed_or_counted() {
    TenantId nobody = TenantId.of("t-nobody");

    assertThat(fixture.list().list(ListTasks.firstPage(nobody)).items()).isEmpty();
    assertThat(fixture.list().list(ListTasks.mine(nobody, sam, Set.of(), null, null, null, 10)).items()).isEmpty();
    assertThat(fixture.open().tally(nobody).rows()).isEmpty();
  }

  @Test
  void the_last_page_has_no_cursor_and_a_cursor_starts_strictly_after_its_task() {
    ListTasks query = query(TaskListSort.DUE, SortOrder.ASC);
    List<Versioned<Task>> all = expected(query);
    Versioned<Task> third = all.get(2);
    Versioned<Task> lastButOne = all.get(all.size() - 2);

    TaskPage afterThird = fixture.list().list(query.after(
        TaskCursor.after(TaskListSort.DUE, SortOrder.ASC, third.document(), third.streamId())));
    TaskPage last = fixture.list().list(query.after(
        TaskCursor.after(TaskListSort.DUE, SortOrder.ASC, lastButOne.document(), lastButOne.streamId())));

    assertThat(afterThird.items().getFirst()).isEqualTo(all.get(3));
    assertThat(last.items()).containsExactly(all.getLast());
    assertThat(last.next()).isEmpty();
  }

  @Test
  void a_cursor_survives_its_round_trip_through_the_wire() {
    Versioned<Task> task = stored().getFirst();
    for (TaskListSort sort : TaskListSort.values()) {
      TaskCursor cursor = TaskCursor.after(sort, SortOrder.DESC, task.document(), task.streamId());

      assertThat(TaskCursor.decode(cursor.encode())).isEqualTo(cursor);
    }
  }

  @Test
  void paging_while_tasks_are_added_and_changed_neither_repeats_nor_skips_a_task() {
    int next = 0;
    for (SortOrder order : SortOrder.values()) {
      ListTasks query = query(TaskListSort.CREATED, order);
      List<Versioned<Task>> before = expected(query);
      List<String> seen = new ArrayList<>();
      TaskPage page = fixture.list().list(query);
      while (true) {
        page.items().forEach(t -> seen.add(t.streamId()));
        // more traffic between pages: new tasks and changes to listed ones
        for (int i = 0; i < 4 && next < later.size(); i++, next++) {
          append(later.get(next));
        }
        if (page.next().isEmpty()) {
          break;
        }
        page = fixture.list().list(query.after(page.next().get()));
      }

      assertThat(seen).as(order.toString()).doesNotHaveDuplicates();
      assertThat(new HashSet<>(seen)).containsAll(before.stream().map(Versioned::streamId).toList());
    }
  }

  @Test
  void the_tally_counts_the_unfinished_tasks_by_assignee_status_and_due_date() {
    later.forEach(this::append);
    OpenTaskTally expected = OpenTaskTally.of(stored().stream()
        .filter(t -> t.tenantId().equals(tenant))
        .map(Versioned::document));

    OpenTaskTally tally = fixture.open().tally(tenant);

    assertThat(tally).isEqualTo(expected);
    assertThat(tally.rows()).extracting(OpenTaskTally.Row::assignee).contains(null, sam.value());
    assertThat(tally.rows()).extracting(OpenTaskTally.Row::dueDate).contains((LocalDate) null);
    assertThat(tally.rows()).extracting(OpenTaskTally.Row::status).contains(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
  }
}

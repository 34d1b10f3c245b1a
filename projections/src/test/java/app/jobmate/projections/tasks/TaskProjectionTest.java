package app.jobmate.projections.tasks;

import static app.jobmate.projections.testing.Fold.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static java.time.temporal.ChronoUnit.MILLIS;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.projections.tasks.Task.ChecklistEntry;
import app.jobmate.projections.tasks.Task.HistoryEntry;
import app.jobmate.projections.testing.TaskStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskProjectionTest {

  private static final TaskProjection TASKS = new TaskProjection();
  private static final JobId JOB = JobId.of("0193a5a0-3333-7abc-8def-0123456789ab");
  private static final LocalDate DUE = LocalDate.parse("2026-11-27");

  private final TaskStream task = TaskStream.of("t-acme", "0193a5c0-7c41-7d2e-9f3a-1b2c3d4e5f60",
      Instant.parse("2026-11-20T08:15:00.123456Z"));
  private ChecklistItem isolate;
  private ChecklistItem fit;

  private void created() {
    isolate = task.item("Isolate the supply");
    fit = task.item("Fit the new unit");
    task.created("Replace boiler", "Bring the flue kit", JOB, DUE, TaskPriority.HIGH, List.of(isolate, fit));
  }

  private Task now() {
    return fold(TASKS, task.envelopes());
  }

  private TaskEvent decoded(EventEnvelope envelope) {
    return (TaskEvent) EventCodec.standard().decode(envelope);
  }

  @Test
  void the_task_documents_take_every_task_event() {
    Set<String> taskTypes = Set.copyOf(EventTypes.all().stream().filter(t -> t.streamType().equals("task"))
        .map(t -> t.name()).toList());

    assertThat(TASKS.eventTypes()).isEqualTo(taskTypes).hasSize(12);
    assertThat(TASKS.streamType()).isEqualTo("task");
  }

  @Test
  void a_created_task_is_open_unassigned_with_its_details_checklist_and_who_created_it() {
    created();

    Task created = now();

    assertThat(created.title()).isEqualTo("Replace boiler");
    assertThat(created.description()).isEqualTo("Bring the flue kit");
    assertThat(created.jobId()).isEqualTo(JOB.toString());
    assertThat(created.dueDate()).isEqualTo(DUE);
    assertThat(created.priority()).isEqualTo(TaskPriority.HIGH);
    assertThat(created.status()).isEqualTo(TaskStatus.OPEN);
    assertThat(created.assignee()).isNull();
    assertThat(created.checklist()).extracting(ChecklistEntry::text, ChecklistEntry::done)
        .containsExactly(tuple("Isolate the supply", false),
            tuple("Fit the new unit", false));
    assertThat(created.checklistDone()).isZero();
    assertThat(created.checklistTotal()).isEqualTo(2);
    assertThat(created.createdAt()).as("kept to the millisecond").isEqualTo(Instant.parse("2026-11-20T08:15:00.123Z"));
    assertThat(created.createdBy()).isEqualTo("u-owner");
    assertThat(created.updatedAt()).isEqualTo(created.createdAt());
    assertThat(created.startedAt()).isNull();
  }

  @Test
  void created_with_an_assignee_in_the_same_commit_it_is_on_their_list_from_the_start() {
    created();
    task.assigned("u-sam");

    Task assigned = now();

    assertThat(assigned.assignee()).isEqualTo("u-sam");
    assertThat(assigned.assignedAt()).isEqualTo(Instant.parse("2026-11-20T08:16:00.123Z"));
    assertThat(assigned.status()).isEqualTo(TaskStatus.OPEN);
  }

  @Test
  void reassigning_moves_the_task_and_the_history_says_from_whom_and_unassigning_leaves_it_with_no_one() {
    created();
    task.assigned("u-sam");
    task.by(TaskStream.staff("u-sam")).started();
    task.by(TaskStream.OWNER).after(Duration.ofHours(2)).reassigned("u-pat");

    Task reassigned = now();

    assertThat(reassigned.assignee()).isEqualTo("u-pat");
    assertThat(reassigned.status()).as("a task keeps its state when it moves").isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(reassigned.assignedAt()).isEqualTo(reassigned.updatedAt());
    assertThat(reassigned.history().getLast()).extracting(HistoryEntry::event, HistoryEntry::assignee,
        HistoryEntry::previousAssignee).containsExactly("TaskReassigned", "u-pat", "u-sam");

    task.unassigned();
    Task unassigned = now();

    assertThat(unassigned.assignee()).isNull();
    assertThat(unassigned.assignedAt()).isNull();
    assertThat(unassigned.history().getLast()).extracting(HistoryEntry::event, HistoryEntry::assignee,
        HistoryEntry::previousAssignee).containsExactly("TaskUnassigned", null, "u-pat");
  }

  @Test
  void the_checklist_shows_who_ticked_each_item_and_the_progress_n_of_m() {
    created();
    task.assigned("u-sam");
    ChecklistItem test = task.item("Test the pressure");
    task.itemAdded(test);
    EventEnvelope ticked = task.by(TaskStream.staff("u-sam")).ticked(isolate.itemId());
    task.ticked(test.itemId());

    Task twoOfThree = now();

    assertThat(twoOfThree.checklistDone()).isEqualTo(2);
    assertThat(twoOfThree.checklistTotal()).isEqualTo(3);
    assertThat(twoOfThree.checklist()).extracting(ChecklistEntry::itemId)
        .containsExactly(isolate.itemId().toString(), fit.itemId().toString(), test.itemId().toString());
    assertThat(twoOfThree.checklist().getFirst()).isEqualTo(new ChecklistEntry(isolate.itemId().toString(),
        "Isolate the supply", true, ticked.occurredAt().truncatedTo(MILLIS), "u-sam"));

    task.unticked(isolate.itemId());
    task.by(TaskStream.OWNER).removed(fit.itemId());
    Task oneOfTwo = now();

    assertThat(oneOfTwo.checklist()).extracting(ChecklistEntry::itemId)
        .containsExactly(isolate.itemId().toString(), test.itemId().toString());
    assertThat(oneOfTwo.checklist().getFirst()).isEqualTo(new ChecklistEntry(isolate.itemId().toString(),
        "Isolate the supply", false, null, null));
    assertThat(oneOfTwo.checklistDone()).isEqualTo(1);
    assertThat(oneOfTwo.checklistTotal()).isEqualTo(2);
    assertThat(oneOfTwo.history()).extracting(HistoryEntry::itemId).endsWith(isolate.itemId().toString(),
        fit.itemId().toString());
  }

  @Test
  void a_change_replaces_the_details_whole_and_what_it_leaves_out_is_cleared() {
    created();
    task.changed("Replace boiler (combi)", null, null, null, TaskPriority.NORMAL);

    Task changed = now();

    assertThat(changed.title()).isEqualTo("Replace boiler (combi)");
    assertThat(changed.description()).isNull();
    assertThat(changed.jobId()).isNull();
    assertThat(changed.dueDate()).isNull();
    assertThat(changed.priority()).isEqualTo(TaskPriority.NORMAL);
    assertThat(changed.checklistTotal()).as("the checklist is not a detail").isEqualTo(2);
  }

  @Test
  void starting_then_completing_records_each_step_and_a_done_task_goes_to_the_end_of_the_work_order() {
    created();
    task.assigned("u-sam");
    task.by(TaskStream.staff("u-sam")).after(Duration.ofDays(1));
    EventEnvelope started = task.started();
    Task inProgress = now();
    task.after(Duration.ofHours(3));
    EventEnvelope completed = task.completed();

    Task done = now();

    assertThat(inProgress.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(inProgress.queueKey()).isEqualTo("0:2026-11-27:1");
    assertThat(done.status()).isEqualTo(TaskStatus.DONE);
    assertThat(done.startedAt()).isEqualTo(started.occurredAt().truncatedTo(MILLIS));
    assertThat(done.completedAt()).isEqualTo(completed.occurredAt().truncatedTo(MILLIS));
    assertThat(done.assignee()).as("a finished task keeps who did it").isEqualTo("u-sam");
    assertThat(done.queueKey()).isEqualTo("1:2026-11-27:1");
  }

  @Test
  void cancelling_records_when_and_why() {
    created();
    task.after(Duration.ofDays(2)).cancelled("customer cancelled the job");

    Task cancelled = now();

    assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(cancelled.cancelledAt()).isEqualTo(Instant.parse("2026-11-22T08:16:00.123Z"));
    assertThat(cancelled.cancellationReason()).isEqualTo("customer cancelled the job");
    assertThat(cancelled.completedAt()).isNull();
  }

  @Test
  void the_history_has_every_event_with_its_version_the_status_after_it_who_and_when() {
    created();
    task.assigned("u-sam");
    task.by(TaskStream.staff("u-sam")).started();
    task.ticked(isolate.itemId());
    task.completed();

    List<HistoryEntry> history = now().history();

    List<String> lines = new ArrayList<>();
    history.forEach(h -> lines.add(h.version() + " " + h.event() + " " + h.status().wireName() + " by " + h.by()));
    assertThat(lines).containsExactly("1 TaskCreated open by u-owner", "2 TaskAssigned open by u-owner",
        "3 TaskStarted in-progress by u-sam", "4 TaskChecklistItemTicked in-progress by u-sam",
        "5 TaskCompleted done by u-sam");
    assertThat(history.getFirst().roles()).containsExactly(Role.OWNER);
    assertThat(history.get(2).roles()).containsExactly(Role.STAFF);
    assertThat(history.get(1).at()).isEqualTo(Instant.parse("2026-11-20T08:16:00.123Z"));
  }

  @Test
  void the_sort_keys_put_unfinished_before_finished_then_soonest_due_undated_last_then_most_urgent() {
    Task urgentTomorrow = taskDue(DUE, TaskPriority.URGENT, false);
    Task lowTomorrow = taskDue(DUE, TaskPriority.LOW, false);
    Task normalUndated = taskDue(null, TaskPriority.NORMAL, false);
    Task doneYesterday = taskDue(DUE.minusDays(2), TaskPriority.URGENT, true);

    List<String> queue = new ArrayList<>(List.of(doneYesterday.queueKey(), normalUndated.queueKey(),
        lowTomorrow.queueKey(), urgentTomorrow.queueKey()));
    Collections.sort(queue);

    assertThat(queue).containsExactly(urgentTomorrow.queueKey(), lowTomorrow.queueKey(), normalUndated.queueKey(),
        doneYesterday.queueKey());
    assertThat(urgentTomorrow.dueKey()).isEqualTo("2026-11-27:0");
    assertThat(normalUndated.dueKey()).isEqualTo("~:2");
    assertThat(lowTomorrow.priorityKey()).isEqualTo("3:2026-11-27");
  }

  @Test
  void a_task_is_overdue_from_the_day_after_its_due_date_until_it_is_finished() {
    created();
    Task open = now();
    task.completed();
    Task done = now();

    assertThat(open.overdueOn(DUE)).as("due today").isFalse();
    assertThat(open.overdueOn(DUE.plusDays(1))).isTrue();
    assertThat(done.overdueOn(DUE.plusDays(1))).isFalse();
    assertThat(taskDue(null, TaskPriority.URGENT, false).overdueOn(DUE.plusYears(1))).isFalse();
  }

  @Test
  void a_stream_must_start_with_the_creation_and_a_task_is_created_once() {
    created();
    Task existing = now();
    EventEnvelope again = task.created("Again", DUE, TaskPriority.LOW);
    TaskStream other = TaskStream.of("t-acme", "0193a5c0-7c41-7d2e-9f3a-00000000aaaa", Instant.now());
    EventEnvelope startedFirst = other.started();

    assertThatThrownBy(() -> TASKS.evolve(existing, again, decoded(again))).hasMessageContaining("created twice");
    assertThatThrownBy(() -> TASKS.evolve(null, startedFirst, decoded(startedFirst)))
        .hasMessageContaining("starts with TaskCreated");
  }

  private static Task taskDue(LocalDate due, TaskPriority priority, boolean done) {
    return new Task("t", null, null, due, priority, done ? TaskStatus.DONE : TaskStatus.OPEN, null, null, List.of(), 0, 0,
        Instant.EPOCH, null, null, null, null, null, Instant.EPOCH, List.of(), null, null, null);
  }
}

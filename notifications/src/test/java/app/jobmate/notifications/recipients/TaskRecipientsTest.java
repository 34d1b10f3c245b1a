package app.jobmate.notifications.recipients;

import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.jobmate.events.Role;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemAdded;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemRemoved;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemUnticked;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskEvent.TaskUnassigned;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.messages.TaskMessage;
import app.jobmate.notifications.messages.TaskMessage.Kind;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.summaries.Subject;
import app.jobmate.notifications.summaries.TaskSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given the task's events so far, when one more arrives, who is told what. */
class TaskRecipientsTest {

  private final TaskRecipients rules = new TaskRecipients();
  private final List<Delivered> history = new ArrayList<>();

  @Test
  void a_task_created_without_an_assignee_tells_nobody() {
    assertThat(when(taskCreated())).isEmpty();
  }

  @Test
  void assigning_tells_the_assignee_the_whole_task() {
    given(taskCreated());

    List<Notice> notices = when(new TaskAssigned(TASK, ALICE));

    assertThat(notices).extracting(this::who, this::what).containsExactly(tuple(ALICE, Kind.ASSIGNED));
    TaskMessage message = (TaskMessage) notices.getFirst().message();
    assertThat(message.title()).isEqualTo("Service the boiler");
    assertThat(message.dueDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(message.priority()).isEqualTo(TaskPriority.HIGH);
    assertThat(message.checklist()).hasSize(2);
    assertThat(message.version()).isEqualTo(2);
  }

  @Test
  void reassigning_tells_the_new_assignee_and_takes_the_task_from_the_previous_one() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskReassigned(TASK, ALICE, BOB))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.REMOVED), tuple(BOB, Kind.ASSIGNED));
  }

  @Test
  void unassigning_takes_the_task_from_the_previous_assignee() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskUnassigned(TASK, ALICE))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.REMOVED));
  }

  @Test
  void a_change_tells_the_assignee() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    List<Notice> notices = when(new TaskChanged(TASK, "Service the boiler and flue", null, null, null, TaskPriority.LOW));

    assertThat(notices).extracting(this::who, this::what).containsExactly(tuple(ALICE, Kind.CHANGED));
    assertThat(((TaskMessage) notices.getFirst().message()).title()).isEqualTo("Service the boiler and flue");
  }

  @Test
  void a_change_to_a_task_nobody_has_tells_nobody() {
    given(taskCreated());

    assertThat(when(new TaskChanged(TASK, "Renamed", null, null, null, TaskPriority.LOW))).isEmpty();
  }

  @Test
  void checklist_changes_tell_the_assignee_with_the_checklist_as_it_now_is() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));
    ChecklistItemId flush = ChecklistItemId.of("0193a5b2-7c41-7d2e-9f3a-0000000000f1");

    assertThat(when(new TaskChecklistItemTicked(TASK, ISOLATE))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.CHECKLIST_CHANGED));
    assertThat(when(new TaskChecklistItemUnticked(TASK, ISOLATE))).extracting(this::what)
        .containsExactly(Kind.CHECKLIST_CHANGED);
    assertThat(when(new TaskChecklistItemAdded(TASK, new ChecklistItem(flush, "Flush", false)))).extracting(this::what)
        .containsExactly(Kind.CHECKLIST_CHANGED);
    List<Notice> removed = when(new TaskChecklistItemRemoved(TASK, flush));

    assertThat(removed).extracting(this::what).containsExactly(Kind.CHECKLIST_CHANGED);
    assertThat(((TaskMessage) removed.getFirst().message()).checklist())
        .extracting(TaskMessage.Item::text).containsExactly("Isolate the gas", "Refill the system");
  }

  @Test
  void starting_completing_and_cancelling_tell_the_assignee() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskStarted(TASK, TestEvents.NOW))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.STARTED));
    assertThat(when(new TaskCompleted(TASK, TestEvents.NOW))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.COMPLETED));
  }

  @Test
  void cancelling_tells_the_assignee() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskCancelled(TASK, TestEvents.NOW, "Customer cancelled"))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.CANCELLED));
  }

  @Test
  void a_person_is_told_of_their_own_action_for_their_other_devices() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    Delivered ticked = TestEvents.delivered(TestEvents.ACME, 3, new TaskChecklistItemTicked(TASK, ISOLATE), ALICE,
        Role.STAFF);
    history.add(ticked);
    List<Notice> notices = rules.notices(ticked.envelope(), (TaskEvent) ticked.event(), summary());

    assertThat(notices).extracting(this::who).containsExactly(ALICE);
    assertThat(((TaskMessage) notices.getFirst().message()).by()).isEqualTo(ALICE);
  }

  @Test
  void an_assignment_that_arrives_after_a_later_reassignment_only_takes_the_task_away() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));
    // version 3 (to Bob) has been applied; version 2 (to Alice) arrives again, late
    history.add(TestEvents.task(3, new TaskReassigned(TASK, ALICE, BOB)));

    Delivered late = history.get(1);
    List<Notice> notices = rules.notices(late.envelope(), (TaskEvent) late.event(), summary());

    assertThat(notices).extracting(this::who, this::what).containsExactly(tuple(ALICE, Kind.REMOVED));
  }

  @Test
  void a_status_that_arrives_after_a_later_status_tells_nobody() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE), new TaskStarted(TASK, TestEvents.NOW),
        new TaskCompleted(TASK, TestEvents.NOW));

    Delivered lateStart = history.get(2);

    assertThat(rules.notices(lateStart.envelope(), (TaskEvent) lateStart.event(), summary())).isEmpty();
  }

  @Test
  void every_message_about_a_task_carries_no_money() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskStarted(TASK, TestEvents.NOW))).allSatisfy(n ->
        assertThat(n.message().showsPrices()).isFalse());
  }

  private void given(TaskEvent... events) {
    for (TaskEvent event : events) {
      history.add(TestEvents.task(history.size() + 1, event));
    }
  }

  /** The notices of {@code event}, the next in the stream, given the summary after it. */
  private List<Notice> when(TaskEvent event) {
    Delivered delivered = TestEvents.task(history.size() + 1, event);
    history.add(delivered);
    return rules.notices(delivered.envelope(), event, summary());
  }

  private TaskSummary summary() {
    TaskSummary summary = rules.empty(new Subject(TestEvents.ACME, "task", TASK.toString()));
    for (Delivered d : history) {
      summary = rules.apply(summary, d.envelope(), (TaskEvent) d.event());
    }
    return summary;
  }

  private UserId who(Notice notice) {
    return ((Audience.Person) notice.audience()).userId();
  }

  private Kind what(Notice notice) {
    return ((TaskMessage) notice.message()).kind();
  }
}

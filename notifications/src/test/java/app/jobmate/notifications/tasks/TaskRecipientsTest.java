package app.jobmate.notifications.tasks;

import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.CAROL;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
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
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import app.jobmate.notifications.tasks.TaskMessage.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given what people were told of a task, when more happens within one window, who is told what. */
class TaskRecipientsTest {

  private final TaskRecipients rules = new TaskRecipients();
  private final List<Delivered> stream = new ArrayList<>();

  @Test
  void a_task_created_without_an_assignee_tells_nobody() {
    assertThat(when(taskCreated())).isEmpty();
  }

  @Test
  void a_task_created_with_an_assignee_tells_them_the_whole_task() {
    List<Notice> notices = when(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(notices).extracting(this::who, this::what).containsExactly(tuple(ALICE, Kind.ASSIGNED));
    TaskMessage message = (TaskMessage) notices.getFirst().message();
    assertThat(message.title()).isEqualTo("Service the boiler");
    assertThat(message.dueDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(message.priority()).isEqualTo(TaskPriority.HIGH);
    assertThat(message.checklist()).hasSize(2);
    assertThat(message.version()).isEqualTo(2);
  }

  @Test
  void assigning_a_task_told_of_before_tells_the_assignee() {
    given(taskCreated());

    assertThat(when(new TaskAssigned(TASK, ALICE))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.ASSIGNED));
  }

  @Test
  void reassigning_tells_the_new_assignee_and_takes_the_task_from_the_previous_one() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    List<Notice> notices = when(new TaskReassigned(TASK, ALICE, BOB));

    assertThat(notices).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.REMOVED), tuple(BOB, Kind.ASSIGNED));
    assertThat(((TaskMessage) notices.getLast().message()).title()).isEqualTo("Service the boiler");
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
  void several_changes_in_one_window_become_one_message_saying_what_happened_last() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    List<Notice> notices = when(new TaskChecklistItemTicked(TASK, ISOLATE), new TaskStarted(TASK, TestEvents.NOW));

    assertThat(notices).extracting(this::who, this::what).containsExactly(tuple(ALICE, Kind.STARTED));
    TaskMessage message = (TaskMessage) notices.getFirst().message();
    assertThat(message.version()).isEqualTo(4);
    assertThat(message.checklist()).extracting(TaskMessage.Item::done).containsExactly(true, false);
    assertThat(message.at()).isEqualTo(TestEvents.NOW.plusSeconds(4));
  }

  @Test
  void a_task_assigned_and_then_changed_in_one_window_is_still_new_to_its_assignee() {
    given(taskCreated());

    List<Notice> notices = when(new TaskAssigned(TASK, ALICE), new TaskChecklistItemTicked(TASK, ISOLATE),
        new TaskStarted(TASK, TestEvents.NOW));

    assertThat(notices).extracting(this::who, this::what).containsExactly(tuple(ALICE, Kind.ASSIGNED));
    assertThat(((TaskMessage) notices.getFirst().message()).status()).isNotNull();
  }

  @Test
  void a_task_given_and_taken_away_in_one_window_is_removed() {
    given(taskCreated());

    List<Notice> notices = when(new TaskAssigned(TASK, ALICE), new TaskUnassigned(TASK, ALICE));

    assertThat(notices).extracting(this::who, this::what).containsExactly(tuple(ALICE, Kind.REMOVED));
    assertThat(((TaskMessage) notices.getFirst().message()).checklist()).isNull();
  }

  @Test
  void a_task_taken_away_and_given_back_in_one_window_is_assigned() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskUnassigned(TASK, ALICE), new TaskAssigned(TASK, ALICE))).extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.ASSIGNED));
  }

  @Test
  void a_task_passed_on_twice_in_one_window_tells_each_person_once() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskReassigned(TASK, ALICE, BOB), new TaskReassigned(TASK, BOB, CAROL)))
        .extracting(this::who, this::what)
        .containsExactly(tuple(ALICE, Kind.REMOVED), tuple(BOB, Kind.REMOVED), tuple(CAROL, Kind.ASSIGNED));
  }

  @Test
  void a_person_is_told_of_their_own_action_for_their_other_devices() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));
    stream.add(TestEvents.delivered(TestEvents.ACME, 3, new TaskChecklistItemTicked(TASK, ISOLATE), ALICE, Role.STAFF));

    List<Notice> notices = rules.notices(changes(2));

    assertThat(notices).extracting(this::who).containsExactly(ALICE);
    assertThat(((TaskMessage) notices.getFirst().message()).by()).isEqualTo(ALICE);
  }

  @Test
  void every_message_about_a_task_carries_no_money() {
    given(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(when(new TaskStarted(TASK, TestEvents.NOW), new TaskReassigned(TASK, ALICE, BOB)))
        .isNotEmpty().allSatisfy(n -> assertThat(n.message().showsPrices()).isFalse());
  }

  /** Events people have been told of. */
  private void given(TaskEvent... events) {
    for (TaskEvent event : events) {
      stream.add(TestEvents.task(stream.size() + 1, event));
    }
  }

  /** The notices of {@code events}, the next in the stream, all within one window. */
  private List<Notice> when(TaskEvent... events) {
    long told = stream.size();
    given(events);
    return rules.notices(changes(told));
  }

  private Changes<TaskEvent, TaskSummary> changes(long told) {
    TaskSummary before = rules.empty(new StreamId(TestEvents.ACME, "task", TASK.toString()));
    TaskSummary after = before;
    List<Changes.Change<TaskEvent>> since = new ArrayList<>();
    for (Delivered d : stream) {
      after = rules.apply(after, d.envelope(), (TaskEvent) d.event());
      if (d.envelope().version() <= told) {
        before = after;
      } else {
        since.add(new Changes.Change<>(d.envelope(), (TaskEvent) d.event()));
      }
    }
    return new Changes<>(told, before, after, since);
  }

  private UserId who(Notice notice) {
    return ((Audience.Person) notice.audience()).userId();
  }

  private Kind what(Notice notice) {
    return ((TaskMessage) notice.message()).kind();
  }
}

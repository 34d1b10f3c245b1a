package app.jobmate.projections.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.tasks.list.WhoseTasks;
import app.jobmate.projections.testing.Documents;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who sees which tasks: owners and admins all of them, staff only those assigned to them now. */
class TaskVisibilityTest {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final Viewer OWNER = new Viewer(ACME, UserId.of("u-owner"), Set.of(Role.OWNER));
  private static final Viewer ADMIN = new Viewer(ACME, UserId.of("u-admin"), Set.of(Role.ADMIN));
  private static final Viewer SAM = new Viewer(ACME, UserId.of("u-sam"), Set.of(Role.STAFF));
  private static final Viewer NOBODY = new Viewer(ACME, UserId.of("u-none"), Set.of());
  private static final WhoseTasks SAMS = new WhoseTasks.AssignedTo(UserId.of("u-sam"));
  private static final WhoseTasks PATS = new WhoseTasks.AssignedTo(UserId.of("u-pat"));

  @Test
  void owners_and_admins_list_whatever_they_ask_for() {
    for (Viewer manager : new Viewer[] {OWNER, ADMIN}) {
      assertThat(TaskVisibility.whose(manager, new WhoseTasks.Everyone())).isEqualTo(new WhoseTasks.Everyone());
      assertThat(TaskVisibility.whose(manager, PATS)).isEqualTo(PATS);
      assertThat(TaskVisibility.whose(manager, new WhoseTasks.Unassigned())).isEqualTo(new WhoseTasks.Unassigned());
    }
  }

  @Test
  void staff_who_name_no_one_or_themselves_get_their_own_tasks() {
    assertThat(TaskVisibility.whose(SAM, new WhoseTasks.Everyone())).isEqualTo(SAMS);
    assertThat(TaskVisibility.whose(SAM, SAMS)).isEqualTo(SAMS);
  }

  @Test
  void staff_may_not_list_someone_elses_tasks_or_the_ones_no_one_has() {
    assertThatThrownBy(() -> TaskVisibility.whose(SAM, PATS)).isInstanceOf(NotAllowed.class)
        .hasMessage("staff may only list the tasks assigned to them; leave out assignee, or use /tasks/mine");
    assertThatThrownBy(() -> TaskVisibility.whose(SAM, new WhoseTasks.Unassigned())).isInstanceOf(NotAllowed.class);
  }

  @Test
  void staff_see_a_task_only_while_it_is_assigned_to_them() {
    Task sams = Documents.fullTask("t-acme", "0193a5c0-7c41-7d2e-9f3a-000000000001", 3).document();

    assertThat(sams.assignee()).isEqualTo("u-sam");
    assertThat(TaskVisibility.maySee(SAM, sams)).isTrue();
    assertThat(TaskVisibility.maySee(new Viewer(ACME, UserId.of("u-pat"), Set.of(Role.STAFF)), sams)).isFalse();
    assertThat(TaskVisibility.maySee(OWNER, sams)).isTrue();
  }

  @Test
  void anyone_with_a_role_reads_tasks_and_only_owners_and_admins_see_everyones_open_tasks() {
    assertThatCode(() -> TaskVisibility.requireMayReadTasks(SAM)).doesNotThrowAnyException();
    assertThatThrownBy(() -> TaskVisibility.requireMayReadTasks(NOBODY)).isInstanceOf(NotAllowed.class)
        .hasMessage("only owner or admin or staff may read tasks");
    assertThatCode(() -> TaskVisibility.requireMaySeeEveryonesTasks(ADMIN)).doesNotThrowAnyException();
    assertThatThrownBy(() -> TaskVisibility.requireMaySeeEveryonesTasks(SAM)).isInstanceOf(NotAllowed.class)
        .hasMessage("only owner or admin may see everyone's open and overdue tasks");
  }
}

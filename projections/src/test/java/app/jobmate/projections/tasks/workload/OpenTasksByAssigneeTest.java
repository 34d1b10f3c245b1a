package app.jobmate.projections.tasks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.projections.tasks.TaskStatus;
import app.jobmate.projections.tasks.workload.OpenTaskTally.Row;
import app.jobmate.projections.tasks.workload.OpenTasksByAssignee.AssigneeFigures;
import app.jobmate.projections.tasks.workload.OpenTasksByAssignee.Figures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenTasksByAssigneeTest {

  /** A Wednesday: this week runs to Sunday the 29th. */
  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

  @Test
  void counts_open_in_progress_overdue_due_today_and_this_week_per_person_and_for_no_one() {
    OpenTaskTally tally = new OpenTaskTally(List.of(
        new Row("u-sam", TaskStatus.OPEN, TODAY.minusDays(1), 2),
        new Row("u-sam", TaskStatus.IN_PROGRESS, TODAY, 1),
        new Row("u-sam", TaskStatus.OPEN, LocalDate.parse("2026-11-29"), 1),
        new Row("u-sam", TaskStatus.OPEN, LocalDate.parse("2026-11-30"), 1),
        new Row("u-sam", TaskStatus.OPEN, null, 3),
        new Row("u-pat", TaskStatus.IN_PROGRESS, TODAY.minusDays(30), 1),
        new Row(null, TaskStatus.OPEN, TODAY.minusDays(3), 1),
        new Row(null, TaskStatus.OPEN, null, 4)));

    OpenTasksByAssignee report = OpenTasksByAssignee.of(TODAY, tally);

    assertThat(report.weekEnds()).isEqualTo(LocalDate.parse("2026-11-29"));
    assertThat(report.assignees()).containsExactly(
        new AssigneeFigures("u-sam", new Figures(8, 1, 2, 1, 2)),
        new AssigneeFigures("u-pat", new Figures(1, 1, 1, 0, 0)));
    assertThat(report.unassigned()).isEqualTo(new Figures(5, 0, 1, 0, 0));
    assertThat(report.total()).isEqualTo(new Figures(14, 2, 4, 1, 2));
  }

  @Test
  void people_come_in_order_of_overdue_tasks_then_open_tasks_then_id() {
    OpenTaskTally tally = new OpenTaskTally(List.of(
        new Row("u-a", TaskStatus.OPEN, null, 9),
        new Row("u-b", TaskStatus.OPEN, TODAY.minusDays(1), 1),
        new Row("u-c", TaskStatus.OPEN, TODAY.minusDays(1), 1),
        new Row("u-c", TaskStatus.OPEN, null, 1),
        new Row("u-d", TaskStatus.OPEN, null, 9)));

    assertThat(OpenTasksByAssignee.of(TODAY, tally).assignees()).extracting(AssigneeFigures::assignee)
        .containsExactly("u-c", "u-b", "u-a", "u-d");
  }

  @Test
  void on_a_sunday_this_week_is_today_and_nothing_is_overdue_on_its_due_date() {
    LocalDate sunday = LocalDate.parse("2026-11-29");
    OpenTaskTally tally = new OpenTaskTally(List.of(new Row("u-sam", TaskStatus.OPEN, sunday, 1),
        new Row("u-sam", TaskStatus.OPEN, sunday.plusDays(1), 1)));

    OpenTasksByAssignee report = OpenTasksByAssignee.of(sunday, tally);

    assertThat(report.weekEnds()).isEqualTo(sunday);
    assertThat(report.total()).isEqualTo(new Figures(2, 0, 0, 1, 1));
  }

  @Test
  void tallies_of_the_same_tasks_are_equal_however_the_rows_were_grouped() {
    OpenTaskTally split = new OpenTaskTally(List.of(new Row("u-sam", TaskStatus.OPEN, TODAY, 1),
        new Row(null, TaskStatus.OPEN, null, 2), new Row("u-sam", TaskStatus.OPEN, TODAY, 2)));
    OpenTaskTally merged = new OpenTaskTally(List.of(new Row(null, TaskStatus.OPEN, null, 2),
        new Row("u-sam", TaskStatus.OPEN, TODAY, 3)));

    assertThat(split).isEqualTo(merged);
    assertThat(OpenTasksByAssignee.of(TODAY, new OpenTaskTally(List.of())).total()).isEqualTo(new Figures(0, 0, 0, 0, 0));
  }
}

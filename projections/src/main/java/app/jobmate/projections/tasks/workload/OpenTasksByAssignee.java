package app.jobmate.projections.tasks.workload;

import app.jobmate.projections.tasks.TaskStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open and overdue tasks by assignee on {@code today} (the dashboard's "today and this week"
 * report): for each person who has unfinished tasks, and for the tasks no one has, how many are
 * open (Open and InProgress), in progress, overdue (due before today and not finished), due today,
 * and due this week (today to Sunday: UK weeks run Monday to Sunday). People come in order of
 * overdue tasks, then open tasks, most first.
 */
public record OpenTasksByAssignee(LocalDate today, LocalDate weekEnds, List<AssigneeFigures> assignees,
                                  Figures unassigned, Figures total) {

  private static final Comparator<AssigneeFigures> ORDER = Comparator
      .comparingLong((AssigneeFigures a) -> a.figures().overdue()).reversed()
      .thenComparing(Comparator.comparingLong((AssigneeFigures a) -> a.figures().open()).reversed())
      .thenComparing(AssigneeFigures::assignee);

  public OpenTasksByAssignee {
    assignees = List.copyOf(assignees);
  }

  public record Figures(long open, long inProgress, long overdue, long dueToday, long dueThisWeek) {
    static final Figures NONE = new Figures(0, 0, 0, 0, 0);

    Figures plus(OpenTaskTally.Row row, LocalDate today, LocalDate weekEnds) {
      LocalDate due = row.dueDate();
      long n = row.count();
      return new Figures(open + n,
          inProgress + (row.status() == TaskStatus.IN_PROGRESS ? n : 0),
          overdue + (due != null && due.isBefore(today) ? n : 0),
          dueToday + (today.equals(due) ? n : 0),
          dueThisWeek + (due != null && !due.isBefore(today) && !due.isAfter(weekEnds) ? n : 0));
    }
  }

  public record AssigneeFigures(String assignee, Figures figures) {
  }

  public static OpenTasksByAssignee of(LocalDate today, OpenTaskTally tally) {
    LocalDate weekEnds = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    Map<String, Figures> byAssignee = new LinkedHashMap<>();
    Figures unassigned = Figures.NONE;
    Figures total = Figures.NONE;
    for (OpenTaskTally.Row row : tally.rows()) {
      if (row.assignee() == null) {
        unassigned = unassigned.plus(row, today, weekEnds);
      } else {
        byAssignee.put(row.assignee(), byAssignee.getOrDefault(row.assignee(), Figures.NONE).plus(row, today, weekEnds));
      }
      total = total.plus(row, today, weekEnds);
    }
    List<AssigneeFigures> assignees = new ArrayList<>();
    byAssignee.forEach((assignee, figures) -> assignees.add(new AssigneeFigures(assignee, figures)));
    assignees.sort(ORDER);
    return new OpenTasksByAssignee(today, weekEnds, assignees, unassigned, total);
  }
}

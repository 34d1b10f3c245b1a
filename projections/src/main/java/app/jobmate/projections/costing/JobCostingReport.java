package app.jobmate.projections.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /reports/job-costing}: the jobs reported from {@code from} to {@code to} (a completed job on
 * the London day it was completed, any other on the day it was created), each job's totals, and the
 * totals of each month (every month of the range, including those with no job) and of the range. A job's
 * figures are all of its costs, whenever incurred: a job's profit is booked in the month it is completed.
 */
public record JobCostingReport(LocalDate from, LocalDate to, JobStage status, List<JobLine> jobs, List<Month> months,
                               Totals totals) {

  /** At most a year of months. */
  public static final int MAX_MONTHS = 12;
  /** At most as many jobs: a small business completes far fewer in a year. */
  public static final int MAX_JOBS = 1000;

  /** One job's totals. */
  public record JobLine(String jobId, String title, JobStage stage, LocalDate reportedOn, String month,
                        boolean valueAgreed, long value, long staffMinutes, long staffCost, long expensesCost,
                        long costs, long profit, BigDecimal margin, boolean unpricedTime) {

    static JobLine of(CostedJob job, JobCosting c) {
      return new JobLine(c.jobId(), c.title(), c.stage(), job.reportedOn(), job.month(), c.agreedValue() != null,
          c.value(), c.staffMinutes(), c.staffCost(), c.expensesCost(), c.costs(), c.profit(), c.margin(),
          c.unpricedTime());
    }
  }

  /** The totals of a month's jobs. */
  public record Month(String month, int jobs, long value, long staffCost, long expensesCost, long costs, long profit,
                      BigDecimal margin) {
  }

  /** The totals of the range. */
  public record Totals(int jobs, long value, long staffCost, long expensesCost, long costs, long profit,
                       BigDecimal margin) {
  }

  /** The report of {@code lines}, each of a job reported within the range. */
  public static JobCostingReport of(LocalDate from, LocalDate to, JobStage status, List<JobLine> lines) {
    Map<String, List<JobLine>> byMonth = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      byMonth.put(m.toString(), new ArrayList<>());
    }
    for (JobLine line : lines) {
      byMonth.get(line.month()).add(line);
    }
    List<Month> months = new ArrayList<>();
    byMonth.forEach((month, jobs) -> {
      Totals t = totals(jobs);
      months.add(new Month(month, t.jobs(), t.value(), t.staffCost(), t.expensesCost(), t.costs(), t.profit(),
          t.margin()));
    });
    return new JobCostingReport(from, to, status, List.copyOf(lines), months, totals(lines));
  }

  private static Totals totals(List<JobLine> lines) {
    long value = 0;
    long staff = 0;
    long expenses = 0;
    for (JobLine line : lines) {
      value += line.value();
      staff += line.staffCost();
      expenses += line.expensesCost();
    }
    long costs = staff + expenses;
    return new Totals(lines.size(), value, staff, expenses, costs, value - costs, JobCosting.margin(value - costs,
        value));
  }
}

package app.jobmate.projections.adapter.lambda;

import app.jobmate.projections.audit.AuditReadSide;
import app.jobmate.projections.business.BusinessReadSide;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.ReadSide;
import app.jobmate.projections.costing.CostingExpensesReadSide;
import app.jobmate.projections.costing.CostingJobsReadSide;
import app.jobmate.projections.costing.CostingRatesReadSide;
import app.jobmate.projections.costing.CostingVisitsReadSide;
import app.jobmate.projections.query.Membership;
import app.jobmate.projections.customers.CustomerReadSide;
import app.jobmate.projections.expenses.ExpenseReadSide;
import app.jobmate.projections.mileage.MileageReadSide;
import app.jobmate.projections.diary.AppointmentReadSide;
import app.jobmate.projections.diary.DiaryReadSide;
import app.jobmate.projections.jobs.JobReadSide;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.reports.ReportReadSide;
import app.jobmate.projections.resources.ResourceReadSide;
import app.jobmate.projections.staff.StaffReadSide;
import app.jobmate.projections.tasks.TaskReadSide;
import app.jobmate.projections.team.TeamMembership;
import app.jobmate.projections.team.TeamReadSide;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The composition root of the read side: every context's read side, one line each. The projector
 * function runs the one its {@code READ_SIDE} setting names, the rebuild knows every projection of
 * every one, and the document store the indexes of all their collections.
 */
public final class ReadSides {

  public static final List<ReadSide> ALL = List.of(
      new QuoteReadSide(),
      new TaskReadSide(),
      new JobReadSide(),
      new CustomerReadSide(),
      new TeamReadSide(),
      new BusinessReadSide(),
      new ExpenseReadSide(),
      new ReportReadSide(),
      new MileageReadSide(),
      new DiaryReadSide(),
      new AppointmentReadSide(),
      new ResourceReadSide(),
      new StaffReadSide(),
      // job costing: a read side per stream type it follows
      new CostingJobsReadSide(),
      new CostingVisitsReadSide(),
      new CostingRatesReadSide(),
      new CostingExpensesReadSide(),
      new AuditReadSide());

  private ReadSides() {
  }

  /** @throws IllegalArgumentException when no read side has that name */
  public static ReadSide named(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no read side named " + name + "; the read sides are "
            + ALL.stream().map(ReadSide::name).collect(Collectors.joining(", "))));
  }

  /** Who the read side knows to have left a team: the team read side's documents. */
  public static Membership membership(ReadModels readModels) {
    return new TeamMembership(readModels);
  }

  /** Every projection of every read side. */
  public static List<Projection<?, ?>> projections() {
    return ALL.stream().flatMap(r -> r.projections().stream()).toList();
  }
}

package app.jobmate.projections.costing;

import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;

/**
 * The read sides of job costing, listed (docs/decisions/job-costing.md): what the costing needs of four contexts'
 * streams, each kept as one document per stream (jobs with their agreed value and completion day,
 * appointments with their members, minutes and day, members' rate histories, expenses with their job
 * and amounts). A read side's projector primes every one of its projections with one event, so each
 * stream type has a read side (and a projector, queue and bus rule) of its own, as the diary's and the
 * resources' two do. Nothing is summed per message: a job's costing is computed when read
 * ({@link JobCosting}), so duplicates, reordering and rebuilds are safe, and which visits are completed
 * follows the clock, not the last event.
 */
public final class CostingReadSides {

  private CostingReadSides() {
  }

  /** The four, in the order the composition root lists them. */
  public static List<ReadSide> all() {
    return List.of(new CostingJobsReadSide(), new CostingVisitsReadSide(), new CostingRatesReadSide(),
        new CostingExpensesReadSide());
  }

  /** Every costing projection, of the four read sides. */
  public static List<Projection<?, ?>> allProjections() {
    return all().stream().<Projection<?, ?>>flatMap(r -> r.projections().stream()).toList();
  }
}

package app.jobmate.projections.costing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An appointment as the costing sees it (collection {@code costing_visit}, one per appointment, built by
 * {@link CostedVisitProjection}): the job it visits (absent for a meeting or blocked time, which no job
 * pays for), the members it books, its instants, the London day it starts on (whose hourly cost prices
 * it), its minutes from the instants (so a visit across a clock change counts the time that passed),
 * and whether it was cancelled. Whether it is completed depends on when it is asked
 * ({@link JobCosting#completed}), so it is not stored.
 */
public record CostedVisit(String jobId, List<String> members, Instant startsAt, Instant endsAt, LocalDate day,
                          long minutes, boolean cancelled, Instant updatedAt) {

  public CostedVisit {
    members = List.copyOf(members);
  }
}

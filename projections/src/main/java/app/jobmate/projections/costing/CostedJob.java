package app.jobmate.projections.costing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A job as the costing sees it (collection {@code costing_job}, one per job, built from the job events by
 * {@link CostedJobProjection}): its title, stage, the value agreed with the customer (pence; absent when
 * none was agreed), and the London days it was created and completed. {@code reportedOn} (the
 * completion day of a completed job, otherwise the day it was created) and its {@code month} are
 * derived here, so they cannot disagree; the costing report selects and groups on them.
 */
public record CostedJob(String title, JobStage stage, Long agreedNet, Long agreedVat, Long agreedGross,
                        LocalDate createdOn, LocalDate completedOn, LocalDate reportedOn, String month,
                        Instant updatedAt) {

  public CostedJob {
    reportedOn = completedOn != null ? completedOn : createdOn;
    month = YearMonth.from(reportedOn).toString();
  }

  CostedJob at(JobStage next, LocalDate completed, Instant at) {
    return new CostedJob(title, next, agreedNet, agreedVat, agreedGross, createdOn, completed, null, null, at);
  }

  CostedJob titled(String newTitle, Instant at) {
    return new CostedJob(newTitle, stage, agreedNet, agreedVat, agreedGross, createdOn, completedOn, null, null, at);
  }

  CostedJob valued(long net, long vat, long gross, Instant at) {
    return new CostedJob(title, stage, net, vat, gross, createdOn, completedOn, null, null, at);
  }

  /** Whether a value was agreed with the customer. */
  public boolean hasAgreedValue() {
    return agreedGross != null;
  }
}

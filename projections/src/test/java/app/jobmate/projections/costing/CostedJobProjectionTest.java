package app.jobmate.projections.costing;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent.JobCompleted;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.jobs.JobEvent.JobValueAgreed;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The costing's job follows the value agreed: set after creation, changed by a variation, never lost by a stage. */
class CostedJobProjectionTest {

  private static final JobId JOB = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");
  private static final CustomerId CUSTOMER = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");
  private final CostedJobProjection projection = new CostedJobProjection();

  private static EventEnvelope envelope(long version, DomainEvent event) {
    EventType<?> type = EventTypes.of(event.getClass());
    return new EventEnvelope(UUID.randomUUID().toString(), type.name(), type.schemaVersion(), TenantId.of("t-acme"),
        type.streamType(), JOB.toString(), version, AT.plusSeconds(version), "cmd-" + version, "corr", null,
        new Actor(UserId.of("u-owner"), List.of(Role.OWNER)), EventCodec.standard().encode(event));
  }

  private CostedJob apply(CostedJob job, long version, DomainEvent event) {
    return projection.evolve(job, envelope(version, event), (app.jobmate.events.jobs.JobEvent) event);
  }

  private static AgreedValue value(long net, long vat) {
    return new AgreedValue(Money.ofPence(net), Money.ofPence(vat), Money.ofPence(net + vat));
  }

  @Test
  void a_job_created_without_a_value_takes_the_one_agreed_later_and_a_variation_replaces_it_whole() {
    CostedJob created = apply(null, 1, new JobCreated(JOB, CUSTOMER, null, "Fit a radiator", null, null, AT));
    CostedJob agreed = apply(created, 2, new JobValueAgreed(JOB, value(40_000, 8_000), null, AT.plusSeconds(60)));
    CostedJob completed = apply(agreed, 3, new JobCompleted(JOB, Instant.parse("2026-12-08T15:00:00Z")));
    CostedJob varied = apply(completed, 4, new JobValueAgreed(JOB, value(45_000, 9_000), "A second valve",
        Instant.parse("2026-12-08T16:00:00Z")));

    assertThat(created.hasAgreedValue()).isFalse();
    assertThat(agreed.agreedGross()).isEqualTo(48_000);
    assertThat(varied.agreedNet()).isEqualTo(45_000);
    assertThat(varied.agreedVat()).isEqualTo(9_000);
    assertThat(varied.agreedGross()).isEqualTo(54_000);
    assertThat(varied.stage()).isEqualTo(JobStage.COMPLETED);
    assertThat(varied.completedOn()).as("the completion day is kept").isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(varied.month()).isEqualTo("2026-12");
  }
}

package app.jobmate.projections.costing;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCostingTest {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
  private static final Instant END = Instant.parse("2026-11-02T10:30:00Z");

  private static Versioned<CostedJob> job(Long net, Long gross) {
    return new Versioned<>(DocumentId.of(ACME, "job-1"), 3, new CostedJob("A job", JobStage.IN_PROGRESS, net,
        net == null ? null : gross - net, gross, LocalDate.of(2026, 11, 1), null, null, null, START));
  }

  private static Versioned<CostedVisit> visit(String id, boolean cancelled, String... members) {
    return new Versioned<>(DocumentId.of(ACME, id), 1, new CostedVisit("job-1", List.of(members), START, END,
        LocalDate.of(2026, 11, 2), 90, cancelled, START));
  }

  @Test
  void a_member_with_no_rate_in_force_on_the_visits_day_is_shown_unpriced_and_costs_nothing() {
    MemberRates later = new MemberRates("ann", List.of(new MemberRates.Rate(2_000, LocalDate.of(2026, 11, 3))), START);

    JobCosting c = JobCosting.of(job(10_000L, 12_000L), List.of(visit("v1", false, "ann")), List.of(),
        Map.of("ann", later), VatRegistration.NOT_REGISTERED, END);

    assertThat(c.visits().getFirst().members().getFirst().unpriced()).isTrue();
    assertThat(c.visits().getFirst().members().getFirst().hourlyCost()).isNull();
    assertThat(c.staffCost()).isZero();
    assertThat(c.unpricedTime()).isTrue();
    assertThat(c.staffMinutes()).isEqualTo(90);
  }

  @Test
  void a_visit_counts_from_the_moment_it_ends_and_never_once_cancelled() {
    MemberRates ann = new MemberRates("ann", List.of(new MemberRates.Rate(2_000, LocalDate.of(2026, 1, 1))), START);

    JobCosting before = JobCosting.of(job(10_000L, 12_000L), List.of(visit("v1", false, "ann")), List.of(),
        Map.of("ann", ann), VatRegistration.NOT_REGISTERED, END.minusMillis(1));
    JobCosting after = JobCosting.of(job(10_000L, 12_000L), List.of(visit("v1", false, "ann"),
        visit("v2", true, "ann")), List.of(), Map.of("ann", ann), VatRegistration.NOT_REGISTERED, END);

    assertThat(before.visits()).isEmpty();
    assertThat(before.visitsToCome()).isEqualTo(1);
    assertThat(after.visits()).hasSize(1);
    assertThat(after.visitsToCome()).isZero();
    assertThat(after.staffCost()).isEqualTo(3_000);
  }

  @Test
  void a_job_with_no_agreed_value_has_a_value_of_nothing_its_costs_as_a_loss_and_no_margin() {
    JobCosting c = JobCosting.of(job(null, null), List.of(), List.of(new Versioned<>(DocumentId.of(ACME, "x1"), 1,
        new CostedExpense("job-1", LocalDate.of(2026, 11, 2), "Supplier", null, 1_000, 200, 1_200, "approved", false,
            START))), Map.of(), VatRegistration.NOT_REGISTERED, END);

    assertThat(c.agreedValue()).isNull();
    assertThat(c.value()).isZero();
    assertThat(c.profit()).isEqualTo(-1_200);
    assertThat(c.margin()).isNull();
  }

  @Test
  void time_is_costed_to_the_nearest_penny_half_a_penny_up() {
    assertThat(JobCosting.cost(1, 1_530)).as("25.5p").isEqualTo(26);
    assertThat(JobCosting.cost(1, 1_529)).as("25.48p").isEqualTo(25);
    assertThat(JobCosting.cost(60, 1_529)).isEqualTo(1_529);
  }
}

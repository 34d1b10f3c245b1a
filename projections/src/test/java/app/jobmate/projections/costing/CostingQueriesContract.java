package app.jobmate.projections.costing;

import static app.jobmate.projections.costing.CostingScript.ANN;
import static app.jobmate.projections.costing.CostingScript.BOB;
import static app.jobmate.projections.costing.CostingScript.JOB;
import static app.jobmate.projections.costing.CostingScript.NOW;
import static app.jobmate.projections.costing.CostingScript.OTHER_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.core.ReadModels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link CostingQueries} must answer, over {@link CostingScript} projected by
 * the costing read side: the scripted job costed to the penny whether or not the business is VAT
 * registered (and when it registered part way), of the tenant asked only; the same costing when every
 * message is delivered one to three times in shuffled order; the report's jobs by the day they are
 * reported, their status, and their months.
 */
public abstract class CostingQueriesContract {

  private static final TenantId ACME = TenantId.of(CostingScript.TENANT);

  /** The read models, the queries over them, and how a business's VAT registration from a day is told to them. */
  public interface Fixture {
    ReadModels readModels();

    CostingQueries queries();

    void registerForVat(TenantId tenantId, LocalDate from);
  }

  protected abstract Fixture newFixture();

  private final CostingScript script = new CostingScript();

  private Fixture projected(List<EventEnvelope> deliveries) {
    Fixture fixture = newFixture();
    InMemoryEventHistory history = new InMemoryEventHistory();
    script.commits().forEach(history::append);
    Projector projector = new Projector(fixture.readModels(), history, EventCodec.standard(),
        CostingReadSides.allProjections());
    for (int i = 0; i < deliveries.size(); i += 10) {
      assertThat(projector.project(deliveries.subList(i, Math.min(deliveries.size(), i + 10))).allApplied()).isTrue();
    }
    return fixture;
  }

  private Fixture inOrder() {
    return projected(script.commits().stream().flatMap(List::stream).toList());
  }

  private static JobCosting costing(Fixture fixture, TenantId tenant) {
    return new Costings(fixture.queries()).ofJob(tenant, JOB.toString(), NOW).orElseThrow();
  }

  @Test
  void the_scripted_job_is_costed_to_the_penny_net_of_vat_when_the_business_is_vat_registered() {
    Fixture fixture = inOrder();
    fixture.registerForVat(ACME, LocalDate.of(2020, 1, 1));

    JobCosting c = costing(fixture, ACME);

    assertThat(c.vatRegistered()).isTrue();
    assertThat(c.value()).as("the agreed net").isEqualTo(250_000);
    assertThat(c.visits()).as("the two completed visits, in time order: not the cancelled one, the meeting or the "
        + "one to come").extracting(JobCosting.VisitCost::appointmentId)
        .containsExactly(CostingScript.appointment(1).toString(), CostingScript.appointment(2).toString());
    JobCosting.VisitCost acrossTheClockChange = c.visits().get(0);
    assertThat(acrossTheClockChange.day()).isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(acrossTheClockChange.minutes()).as("00:30 BST to 03:30 GMT is four hours").isEqualTo(240);
    assertThat(acrossTheClockChange.members()).containsExactly(
        new JobCosting.MemberCost(ANN, 240, 2_000L, LocalDate.of(2026, 1, 1), CostingScript.ANN_VISIT_1, false),
        new JobCosting.MemberCost(BOB, 240, 1_525L, LocalDate.of(2026, 1, 1), CostingScript.BOB_VISIT_1, false));
    assertThat(c.visits().get(1).members()).containsExactly(
        new JobCosting.MemberCost(ANN, 167, 2_400L, LocalDate.of(2026, 10, 27), CostingScript.ANN_VISIT_2, false),
        new JobCosting.MemberCost(BOB, 167, 1_525L, LocalDate.of(2026, 1, 1), CostingScript.BOB_VISIT_2, false));
    assertThat(c.visitsToCome()).isEqualTo(1);
    assertThat(c.staffMinutes()).isEqualTo(CostingScript.STAFF_MINUTES);
    assertThat(c.staffCost()).isEqualTo(25_025);
    assertThat(c.expenses()).extracting(JobCosting.ExpenseCost::stage, JobCosting.ExpenseCost::counted,
            JobCosting.ExpenseCost::cost)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("approved", true, 12_000L),
            org.assertj.core.groups.Tuple.tuple("refused", false, 0L),
            org.assertj.core.groups.Tuple.tuple("submitted", true, 2_500L));
    assertThat(c.expensesCost()).isEqualTo(CostingScript.EXPENSES_NET);
    assertThat(c.costs()).isEqualTo(39_525);
    assertThat(c.profit()).isEqualTo(210_475);
    assertThat(c.margin()).isEqualByComparingTo(new BigDecimal("0.8419"));
    assertThat(c.unpricedTime()).isFalse();
    assertThat(c.stage()).isEqualTo(JobStage.COMPLETED);
    assertThat(c.completedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
  }

  @Test
  void the_scripted_job_is_costed_gross_when_the_business_is_not_vat_registered() {
    JobCosting c = costing(inOrder(), ACME);

    assertThat(c.vatRegistered()).isFalse();
    assertThat(c.value()).as("the agreed gross").isEqualTo(300_000);
    assertThat(c.staffCost()).isEqualTo(CostingScript.STAFF);
    assertThat(c.expensesCost()).isEqualTo(CostingScript.EXPENSES_GROSS);
    assertThat(c.costs()).isEqualTo(42_425);
    assertThat(c.profit()).isEqualTo(257_575);
    assertThat(c.margin()).isEqualByComparingTo(new BigDecimal("0.8586"));
  }

  @Test
  void a_purchase_made_before_the_business_registered_for_vat_costs_its_gross() {
    Fixture fixture = inOrder();
    fixture.registerForVat(ACME, LocalDate.of(2026, 11, 1));

    JobCosting c = costing(fixture, ACME);

    assertThat(c.expensesCost()).as("26 October gross, 3 November net").isEqualTo(14_400 + 2_500);
  }

  @Test
  void another_business_with_a_job_of_the_same_id_has_none_of_these_costs() {
    JobCosting theirs = costing(inOrder(), TenantId.of(CostingScript.OTHER_TENANT));

    assertThat(theirs.visits()).isEmpty();
    assertThat(theirs.expenses()).isEmpty();
    assertThat(theirs.costs()).isZero();
    assertThat(new Costings(inOrder().queries()).ofJob(ACME, "0193c5a0-0000-7000-8000-00000000dead", NOW)).isEmpty();
  }

  @Test
  void every_message_delivered_one_to_three_times_in_shuffled_order_gives_the_same_costing() {
    Random random = new Random(11);
    List<EventEnvelope> deliveries = new ArrayList<>();
    for (List<EventEnvelope> commit : script.commits()) {
      for (EventEnvelope envelope : commit) {
        for (int times = 1 + random.nextInt(3); times > 0; times--) {
          deliveries.add(envelope);
        }
      }
    }
    Collections.shuffle(deliveries, random);

    assertThat(costing(projected(deliveries), ACME)).isEqualTo(costing(inOrder(), ACME));
  }

  @Test
  void the_report_lists_the_jobs_reported_in_the_range_with_each_months_totals() {
    Fixture fixture = inOrder();
    Costings costings = new Costings(fixture.queries());

    JobCostingReport report = costings.report(ACME, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), null, NOW);

    assertThat(report.jobs()).extracting(JobCostingReport.JobLine::jobId, JobCostingReport.JobLine::month)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OTHER_JOB.toString(), "2026-10"),
            org.assertj.core.groups.Tuple.tuple(JOB.toString(), "2026-11"));
    JobCostingReport.JobLine other = report.jobs().getFirst();
    assertThat(other.valueAgreed()).isFalse();
    assertThat(other.staffCost()).as("an hour of Bob").isEqualTo(1_525);
    assertThat(other.expensesCost()).isEqualTo(11_880);
    assertThat(other.profit()).isEqualTo(-(1_525 + 11_880));
    assertThat(other.margin()).isNull();
    assertThat(report.months()).extracting(JobCostingReport.Month::month, JobCostingReport.Month::jobs,
            JobCostingReport.Month::profit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-10", 1, -(1_525L + 11_880)),
            org.assertj.core.groups.Tuple.tuple("2026-11", 1, 257_575L));
    assertThat(report.totals().profit()).isEqualTo(257_575 - 1_525 - 11_880);

    assertThat(costings.report(ACME, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), JobStage.COMPLETED, NOW)
        .jobs()).extracting(JobCostingReport.JobLine::jobId).containsExactly(JOB.toString());
    assertThat(costings.report(ACME, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 31), null, NOW).jobs())
        .as("completed on 3 November, created in October").isEmpty();
    assertThat(costings.report(TenantId.of("t-nobody"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
        NOW).months()).hasSize(12).allSatisfy(m -> assertThat(m.jobs()).isZero());
  }
}

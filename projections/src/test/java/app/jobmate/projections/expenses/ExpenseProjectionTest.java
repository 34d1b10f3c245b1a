package app.jobmate.projections.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.expenses.Journey;
import app.jobmate.events.expenses.MileageClaim;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.Vehicle;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.testing.ExpenseStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given expense events, then the expense document. */
class ExpenseProjectionTest {

  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private final ExpenseProjection projection = new ExpenseProjection();

  private Expense fold(List<EventEnvelope> envelopes) {
    Expense expense = null;
    for (EventEnvelope e : envelopes) {
      expense = projection.evolve(expense, e, (ExpenseEvent) EventCodec.standard().decode(e));
    }
    return expense;
  }

  @Test
  void a_logged_expense_is_a_draft_with_its_amounts_and_its_people() {
    ExpenseStream s = new ExpenseStream("t-acme", ExpenseStream.id(1), START);

    Expense x = fold(List.of(s.logged(SAM, DAY, "City Plumbing", ExpenseCategory.MATERIALS, 5_400, SAM, null)));

    assertThat(x.status()).isEqualTo(ExpenseStatus.DRAFT);
    assertThat(x.amounts().net()).isEqualTo(4_500);
    assertThat(x.amounts().vat()).isEqualTo(900);
    assertThat(x.amounts().entered()).isEqualTo("gross");
    assertThat(x.people()).containsExactly(SAM);
    assertThat(x.loggedAt()).isEqualTo(START);
  }

  @Test
  void a_mileage_claim_shows_its_journeys_and_its_parts_per_tax_year_through_its_life() {
    ExpenseStream s = new ExpenseStream("t-acme", ExpenseStream.id(1), START);
    List<Journey> journeys = List.of(
        new Journey(LocalDate.of(2027, 4, 5), "Depot, Leeds", "Harrogate", "Boiler service", 60),
        new Journey(LocalDate.of(2027, 4, 6), "Depot, Leeds", "York", "Survey", 120));
    MileageClaim claim = new MileageClaim(Vehicle.CAR_OR_VAN, 1, journeys, List.of(
        MileageRates.carPart(new TaxYear(2026), 60, 0, 1), MileageRates.carPart(new TaxYear(2027), 100, 20, 1)));
    var logged = s.append(new ExpenseLogged(s.expenseId(), UserId.of(SAM), claim.lastDay(), "Mileage allowance", null,
        ExpenseCategory.MILEAGE, ExpensePricing.of(VatCode.OUTSIDE_SCOPE, AmountEntered.NET,
        Money.ofPence(claim.pence()), claim.lastDay()), PaidBy.MEMBER, UserId.of(SAM), null, claim));
    var submitted = s.append(new ExpenseSubmitted(s.expenseId(), START.plusSeconds(60)));

    Expense x = fold(List.of(logged, submitted));

    assertThat(x.status()).isEqualTo(ExpenseStatus.SUBMITTED);
    assertThat(x.amounts().gross()).isEqualTo(60 * 45 + 100 * 45 + 20 * 25 + 180 * 5);
    assertThat(x.mileage().vehicle()).isEqualTo("car-or-van");
    assertThat(x.mileage().passengers()).isEqualTo(1);
    assertThat(x.mileage().journeys()).extracting(Expense.Journey::to).containsExactly("Harrogate", "York");
    assertThat(x.mileage().parts()).containsExactly(new Expense.Part("2026-27", 60, 0, 60, 60 * 45 + 60 * 5),
        new Expense.Part("2027-28", 100, 20, 120, 100 * 45 + 20 * 25 + 120 * 5));
  }

  @Test
  void a_mileage_claim_changed_while_a_draft_shows_its_new_journeys_and_parts() {
    ExpenseStream s = new ExpenseStream("t-acme", ExpenseStream.id(1), START);
    MileageClaim first = new MileageClaim(Vehicle.CAR_OR_VAN, 0, List.of(
        new Journey(LocalDate.of(2026, 6, 1), "Depot, Leeds", "Harrogate", "Boiler service", 60)),
        List.of(MileageRates.carPart(new TaxYear(2026), 60, 0, 0)));
    MileageClaim second = new MileageClaim(Vehicle.BICYCLE, 0, List.of(
        new Journey(LocalDate.of(2026, 6, 2), "Depot, Leeds", "Chapel Allerton", "Survey", 8)),
        List.of(MileageRates.flatPart(Vehicle.BICYCLE, new TaxYear(2026), 8)));
    var logged = s.append(new ExpenseLogged(s.expenseId(), UserId.of(SAM), first.lastDay(), "Mileage allowance", null,
        ExpenseCategory.MILEAGE, ExpensePricing.of(VatCode.OUTSIDE_SCOPE, AmountEntered.NET,
        Money.ofPence(first.pence()), first.lastDay()), PaidBy.MEMBER, UserId.of(SAM), null, first));
    var changed = s.append(new ExpenseChanged(s.expenseId(), second.lastDay(), "Mileage allowance", "By bike",
        ExpenseCategory.MILEAGE, ExpensePricing.of(VatCode.OUTSIDE_SCOPE, AmountEntered.NET,
        Money.ofPence(second.pence()), second.lastDay()), PaidBy.MEMBER, UserId.of(SAM), null, second));

    Expense x = fold(List.of(logged, changed));

    assertThat(x.amounts().gross()).isEqualTo(8 * 20);
    assertThat(x.date()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(x.mileage().vehicle()).isEqualTo("bicycle");
    assertThat(x.mileage().journeys()).extracting(Expense.Journey::to).containsExactly("Chapel Allerton");
    assertThat(x.mileage().parts()).hasSize(1);
  }

  @Test
  void the_life_of_an_expense_is_recorded_step_by_step() {
    ExpenseStream s = new ExpenseStream("t-acme", ExpenseStream.id(1), START);
    var logged = s.logged("u-owner", DAY, "City Plumbing", ExpenseCategory.MATERIALS, 5_400, SAM, null);
    var changed = s.append(new ExpenseChanged(s.expenseId(), DAY, "Screwfix", "Drill bits", ExpenseCategory.TOOLS,
        ExpensePricing.of(VatCode.REDUCED, AmountEntered.NET, Money.ofPence(1_000), DAY), PaidBy.MEMBER,
        UserId.of(SAM), null));
    var submitted = s.append(new ExpenseSubmitted(s.expenseId(), Instant.parse("2026-12-01T10:00:00.123456Z")));
    var approved = s.append(new ExpenseApproved(s.expenseId(), UserId.of("u-admin"), START.plusSeconds(7200)));
    var reimbursed = s.append(new ExpenseReimbursed(s.expenseId(), UserId.of(SAM), Money.ofPence(1_050),
        START.plusSeconds(9000)));

    Expense x = fold(List.of(logged, changed, submitted, approved, reimbursed));

    assertThat(x.supplier()).isEqualTo("Screwfix");
    assertThat(x.amounts().gross()).isEqualTo(1_050);
    assertThat(x.people()).containsExactly("u-owner", SAM);
    assertThat(x.submittedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00.123Z"));
    assertThat(x.approvedBy()).isEqualTo("u-admin");
    assertThat(x.status()).isEqualTo(ExpenseStatus.REIMBURSED);
    assertThat(x.reimbursedAmount()).isEqualTo(1_050L);
    assertThat(x.updatedAt()).isEqualTo(reimbursed.occurredAt());
  }

  @Test
  void a_refusal_keeps_its_reason_and_who_refused() {
    ExpenseStream s = new ExpenseStream("t-acme", ExpenseStream.id(1), START);
    Expense x = fold(List.of(s.logged(SAM, DAY, "Cafe", ExpenseCategory.SUBSISTENCE, 900, null, null),
        s.append(new ExpenseSubmitted(s.expenseId(), START)),
        s.append(new ExpenseRefused(s.expenseId(), UserId.of("u-owner"), START, "Lunch is not on us"))));

    assertThat(x.status()).isEqualTo(ExpenseStatus.REFUSED);
    assertThat(x.refusalReason()).isEqualTo("Lunch is not on us");
    assertThat(x.refusedBy()).isEqualTo("u-owner");
  }
}

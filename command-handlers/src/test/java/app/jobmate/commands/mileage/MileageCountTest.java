package app.jobmate.commands.mileage;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.mileage.MileageCountCommand.CountMiles;
import app.jobmate.commands.mileage.MileageCountCommand.ReleaseMiles;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.mileage.MileageEvent;
import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.mileage.MileageEvent.MileageReleased;
import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.UserId;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.Vehicle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given counts, when miles are counted or released, then events: a person's count of miles in one tax year. */
class MileageCountTest {

  static final TaxYear YEAR = new TaxYear(2026);
  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final ExpenseId FIRST = ExpenseId.of("0193b2a0-1111-7abc-8def-000000000001");
  static final ExpenseId SECOND = ExpenseId.of("0193b2a0-1111-7abc-8def-000000000002");
  static final ExpenseId THIRD = ExpenseId.of("0193b2a0-1111-7abc-8def-000000000003");

  private final MileageCountDecider decider = new MileageCountDecider(YEAR);

  private MileageCount given(MileageEvent... events) {
    MileageCount count = decider.initialState();
    for (MileageEvent e : events) {
      count = decider.evolve(count, e);
    }
    return count;
  }

  @Test
  void the_first_claim_of_the_year_takes_its_miles_at_45p() {
    assertThat(decider.decide(new CountMiles(FIRST, SAM, 300), given()))
        .containsExactly(new MileageCounted(FIRST.value(), SAM, YEAR, 300, 300, 0));
  }

  @Test
  void a_claim_that_crosses_the_10000_miles_takes_what_is_left_at_45p_and_the_rest_at_25p() {
    MileageCount count = given(new MileageCounted(FIRST.value(), SAM, YEAR, 9_900, 9_900, 0));

    assertThat(decider.decide(new CountMiles(SECOND, SAM, 250), count))
        .containsExactly(new MileageCounted(SECOND.value(), SAM, YEAR, 250, 100, 150));
    assertThat(given(new MileageCounted(FIRST.value(), SAM, YEAR, 9_900, 9_900, 0),
        new MileageCounted(SECOND.value(), SAM, YEAR, 250, 100, 150)).cheapMilesLeft()).isZero();
  }

  @Test
  void after_the_10000_miles_every_mile_is_at_25p() {
    MileageCount count = given(new MileageCounted(FIRST.value(), SAM, YEAR, 10_500, 10_000, 500));

    assertThat(decider.decide(new CountMiles(SECOND, SAM, 40), count))
        .containsExactly(new MileageCounted(SECOND.value(), SAM, YEAR, 40, 0, 40));
  }

  @Test
  void counting_the_same_miles_for_an_expense_again_decides_nothing_and_keeps_its_first_split() {
    MileageCount count = given(new MileageCounted(FIRST.value(), SAM, YEAR, 9_900, 9_900, 0),
        new MileageCounted(SECOND.value(), SAM, YEAR, 250, 100, 150));

    assertThat(decider.decide(new CountMiles(SECOND, SAM, 250), count)).isEmpty();
  }

  @Test
  void counting_other_miles_for_an_expense_releases_its_count_and_counts_anew_from_what_others_took() {
    MileageCount count = given(new MileageCounted(FIRST.value(), SAM, YEAR, 9_900, 9_900, 0),
        new MileageCounted(SECOND.value(), SAM, YEAR, 250, 100, 150));

    assertThat(decider.decide(new CountMiles(SECOND, SAM, 50), count)).containsExactly(
        new MileageReleased(SECOND.value(), SAM, YEAR, 250, 100, 150),
        new MileageCounted(SECOND.value(), SAM, YEAR, 50, 50, 0));
  }

  @Test
  void released_miles_are_free_again_for_the_next_claim_and_a_later_claim_keeps_its_price() {
    MileageCount count = given(new MileageCounted(FIRST.value(), SAM, YEAR, 9_000, 9_000, 0),
        new MileageCounted(SECOND.value(), SAM, YEAR, 1_500, 1_000, 500),
        new MileageReleased(FIRST.value(), SAM, YEAR, 9_000, 9_000, 0));

    assertThat(count.standing()).containsOnlyKeys(SECOND.value());
    assertThat(count.cheapMilesLeft()).isEqualTo(9_000);
    assertThat(decider.decide(new CountMiles(THIRD, SAM, 9_500), count))
        .containsExactly(new MileageCounted(THIRD.value(), SAM, YEAR, 9_500, 9_000, 500));
  }

  @Test
  void any_year_of_claims_takes_at_most_10000_cheap_miles_and_costs_what_one_claim_of_its_miles_would() {
    Random random = new Random(12);
    for (int year = 0; year < 500; year++) {
      MileageCount count = given();
      int total = 0;
      long pence = 0;
      for (int claim = 0; claim < 1 + random.nextInt(40); claim++) {
        int miles = 1 + random.nextInt(1_500);
        ExpenseId expense = new ExpenseId(UUID.randomUUID());
        MileageCounted counted = (MileageCounted) decider.decide(new CountMiles(expense, SAM, miles), count).getFirst();
        count = decider.evolve(count, counted);
        total += miles;
        pence += MileageRates.carPart(YEAR, counted.cheapMiles(), counted.dearMiles(), 0).pence();
      }
      List<MileageRates.Leg> asOneClaim = new ArrayList<>();
      for (int left = total; left > 0; left -= 2_000) {
        asOneClaim.add(new MileageRates.Leg(YEAR.firstDay(), Math.min(left, 2_000)));
      }
      assertThat(count.cheapMilesTaken()).isEqualTo(Math.min(total, 10_000));
      assertThat(pence).isEqualTo(MileageRates.total(MileageRates.price(Vehicle.CAR_OR_VAN, 0, asOneClaim, y -> 0)));
    }
  }

  @Test
  void releasing_what_is_not_counted_decides_nothing() {
    assertThat(decider.decide(new ReleaseMiles(FIRST, SAM), given())).isEmpty();
    assertThat(decider.decide(new ReleaseMiles(FIRST, SAM), given(new MileageCounted(FIRST.value(), SAM, YEAR, 10, 10, 0),
        new MileageReleased(FIRST.value(), SAM, YEAR, 10, 10, 0)))).isEmpty();
  }
}

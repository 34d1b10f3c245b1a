package app.jobmate.events.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.values.TaxYear;
import app.jobmate.events.expenses.MileageRates.Leg;
import app.jobmate.events.expenses.MileageRates.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MileageRatesTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

  private static List<Part> car(int counted, Leg... legs) {
    return MileageRates.price(Vehicle.CAR_OR_VAN, 0, List.of(legs), year -> counted);
  }

  @Test
  void a_car_below_the_threshold_is_45p_a_mile() {
    assertThat(MileageRates.total(car(0, new Leg(JUNE, 100)))).isEqualTo(4_500);
  }

  @Test
  void a_claim_crossing_the_10000_miles_is_split_between_45p_and_25p() {
    List<Part> parts = car(9_990, new Leg(JUNE, 30));

    assertThat(parts).singleElement().satisfies(p -> {
      assertThat(p.cheapMiles()).isEqualTo(10);
      assertThat(p.dearMiles()).isEqualTo(20);
      assertThat(p.pence()).isEqualTo(10 * 45 + 20 * 25);
    });
  }

  @Test
  void past_the_threshold_every_mile_is_25p() {
    assertThat(MileageRates.total(car(12_000, new Leg(JUNE, 40)))).isEqualTo(1_000);
  }

  @Test
  void legs_either_side_of_5_and_6_april_count_each_in_its_own_tax_year() {
    Map<TaxYear, Integer> counted = Map.of(new TaxYear(2025), 9_995, new TaxYear(2026), 0);

    List<Part> parts = MileageRates.price(Vehicle.CAR_OR_VAN, 0,
        List.of(new Leg(LocalDate.of(2026, 4, 5), 20), new Leg(LocalDate.of(2026, 4, 6), 20)), counted::get);

    assertThat(parts).extracting(Part::taxYear).containsExactly(new TaxYear(2025), new TaxYear(2026));
    assertThat(parts.get(0).cheapMiles()).isEqualTo(5);
    assertThat(parts.get(0).dearMiles()).isEqualTo(15);
    assertThat(parts.get(1).cheapMiles()).isEqualTo(20);
    assertThat(MileageRates.total(parts)).isEqualTo(5 * 45 + 15 * 25 + 20 * 45);
  }

  @Test
  void motorcycles_and_bicycles_have_one_rate_and_carry_no_passengers() {
    assertThat(MileageRates.total(MileageRates.price(Vehicle.MOTORCYCLE, 0, List.of(new Leg(JUNE, 50)), y -> 20_000)))
        .isEqualTo(50 * 24);
    assertThat(MileageRates.total(MileageRates.price(Vehicle.BICYCLE, 0, List.of(new Leg(JUNE, 7)), y -> 0)))
        .isEqualTo(7 * 20);
    assertThatThrownBy(() -> MileageRates.price(Vehicle.BICYCLE, 1, List.of(new Leg(JUNE, 7)), y -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void each_passenger_adds_5p_a_mile_whichever_rate_the_miles_take() {
    List<Part> parts = MileageRates.price(Vehicle.CAR_OR_VAN, 2, List.of(new Leg(JUNE, 30)), y -> 9_990);

    assertThat(MileageRates.total(parts)).isEqualTo(10 * 45 + 20 * 25 + 2 * 30 * 5);
  }

  @Test
  void the_tax_year_starts_on_6_april() {
    assertThat(TaxYear.of(LocalDate.of(2027, 4, 5))).isEqualTo(new TaxYear(2026));
    assertThat(TaxYear.of(LocalDate.of(2027, 4, 6))).isEqualTo(new TaxYear(2027));
    assertThat(new TaxYear(2026)).hasToString("2026-27");
  }

  /**
   * Property: however a person's year of car journeys is cut into claims, and in whatever order the
   * claims are counted, they take exactly min(total, 10,000) miles at 45p and are worth the same as one
   * claim of all the miles.
   */
  @Test
  void however_a_year_s_miles_are_cut_into_claims_the_first_10000_are_45p_and_no_more() {
    Random random = new Random(6_4_2026);
    for (int run = 0; run < 2_000; run++) {
      List<Leg> legs = new ArrayList<>();
      int claims = 1 + random.nextInt(40);
      for (int i = 0; i < claims; i++) {
        legs.add(new Leg(LocalDate.of(2026, 4, 6).plusDays(random.nextInt(365)), 1 + random.nextInt(2_000)));
      }
      Map<TaxYear, Integer> counted = new HashMap<>();
      long pence = 0;
      int cheap = 0;
      for (Leg leg : legs) {
        List<Part> parts = MileageRates.price(Vehicle.CAR_OR_VAN, 0, List.of(leg), y -> counted.getOrDefault(y, 0));
        for (Part p : parts) {
          counted.merge(p.taxYear(), p.miles(), Integer::sum);
          cheap += p.cheapMiles();
          assertThat(p.cheapMiles() + p.dearMiles()).isEqualTo(leg.miles());
        }
        pence += MileageRates.total(parts);
      }
      int total = legs.stream().mapToInt(Leg::miles).sum();
      assertThat(cheap).isEqualTo(Math.min(total, MileageRates.CAR_FIRST_MILES));
      assertThat(pence).isEqualTo(MileageRates.total(MileageRates.price(Vehicle.CAR_OR_VAN, 0, legs, y -> 0)));
    }
  }

  @Test
  void a_claim_without_legs_or_with_a_mile_count_out_of_bounds_is_refused() {
    assertThatThrownBy(() -> car(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Leg(JUNE, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Leg(JUNE, 2_001)).isInstanceOf(IllegalArgumentException.class);
  }
}

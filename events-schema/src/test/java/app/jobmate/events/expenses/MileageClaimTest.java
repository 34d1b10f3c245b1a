package app.jobmate.events.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.values.TaxYear;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MileageClaimTest {

  private static final TaxYear Y2026 = new TaxYear(2026);

  private static Journey journey(LocalDate date, int miles) {
    return new Journey(date, "Depot", "Site", "Boiler service", miles);
  }

  @Test
  void a_claim_is_worth_the_pence_of_its_parts() {
    MileageClaim claim = new MileageClaim(Vehicle.CAR_OR_VAN, 2, List.of(journey(LocalDate.of(2026, 6, 1), 30)),
        List.of(MileageRates.carPart(Y2026, 10, 20, 2)));

    assertThat(claim.pence()).isEqualTo(10 * 45 + 20 * 25 + 2 * 30 * 5);
  }

  @Test
  void a_part_that_is_not_what_its_miles_are_worth_is_refused() {
    MileageRates.Part padded = new MileageRates.Part(Y2026, 30, 0, 0, 30 * 45 + 1);

    assertThatThrownBy(() -> new MileageClaim(Vehicle.CAR_OR_VAN, 0, List.of(journey(LocalDate.of(2026, 6, 1), 30)),
        List.of(padded))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-27");
  }

  @Test
  void a_part_must_hold_the_miles_of_its_tax_year() {
    assertThatThrownBy(() -> new MileageClaim(Vehicle.CAR_OR_VAN, 0, List.of(journey(LocalDate.of(2026, 6, 1), 30)),
        List.of(MileageRates.carPart(Y2026, 20, 0, 0)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_claim_across_the_fifth_of_april_has_a_part_in_each_tax_year_in_order() {
    List<Journey> journeys = List.of(journey(LocalDate.of(2027, 4, 6), 10), journey(LocalDate.of(2027, 4, 5), 20));

    assertThatThrownBy(() -> new MileageClaim(Vehicle.BICYCLE, 0, journeys,
        List.of(MileageRates.flatPart(Vehicle.BICYCLE, new TaxYear(2027), 10),
            MileageRates.flatPart(Vehicle.BICYCLE, Y2026, 20)))).isInstanceOf(IllegalArgumentException.class);
    MileageClaim claim = new MileageClaim(Vehicle.BICYCLE, 0, journeys,
        List.of(MileageRates.flatPart(Vehicle.BICYCLE, Y2026, 20),
            MileageRates.flatPart(Vehicle.BICYCLE, new TaxYear(2027), 10)));
    assertThat(claim.pence()).isEqualTo(30 * 20);
    assertThat(claim.lastDay()).isEqualTo(LocalDate.of(2027, 4, 6));
  }

  @Test
  void passengers_ride_in_a_car_or_van_only() {
    assertThatThrownBy(() -> new MileageClaim(Vehicle.MOTORCYCLE, 1, List.of(journey(LocalDate.of(2026, 6, 1), 30)),
        List.of(MileageRates.flatPart(Vehicle.MOTORCYCLE, Y2026, 30)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_tax_year_is_written_as_hmrc_writes_it_and_read_back() {
    assertThat(TaxYear.parse("2026-27")).isEqualTo(Y2026);
    assertThat(TaxYear.parse("2099-00")).isEqualTo(new TaxYear(2099));
    assertThatThrownBy(() -> TaxYear.parse("2026-28")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaxYear.parse("2026")).isInstanceOf(IllegalArgumentException.class);
  }
}

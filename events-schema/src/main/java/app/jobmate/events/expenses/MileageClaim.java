package app.jobmate.events.expenses;

import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.Require;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a mileage expense claims (docs/decisions/mileage-threshold.md): the vehicle, the fellow employees
 * carried (car or van only), the journeys, and the claim priced part by part, one part per tax year its
 * journeys fall in, at HMRC's rates ({@link MileageRates}). A car or van's split at the 10,000 miles was
 * taken from the person's count for that year; the parts are checked against the journeys and the rates,
 * so the pence of an expense are always what its miles are worth.
 */
public record MileageClaim(Vehicle vehicle, int passengers, List<Journey> journeys, List<MileageRates.Part> parts) {

  public static final int MAX_JOURNEYS = 100;

  public MileageClaim {
    Require.present(vehicle, "vehicle");
    Require.present(journeys, "journeys");
    Require.present(parts, "parts");
    journeys = List.copyOf(journeys);
    parts = List.copyOf(parts);
    if (journeys.isEmpty() || journeys.size() > MAX_JOURNEYS) {
      throw new IllegalArgumentException("a mileage claim has 1 to " + MAX_JOURNEYS + " journeys");
    }
    if (passengers < 0 || passengers > MileageRates.MAX_PASSENGERS || (passengers > 0 && vehicle != Vehicle.CAR_OR_VAN)) {
      throw new IllegalArgumentException("passengers must be 0 to " + MileageRates.MAX_PASSENGERS
          + ", and are carried in a car or van only");
    }
    Map<TaxYear, Integer> miles = milesByTaxYear(journeys);
    if (!parts.stream().map(MileageRates.Part::taxYear).toList().equals(List.copyOf(miles.keySet()))) {
      throw new IllegalArgumentException("parts must be one per tax year of the journeys, in order: " + miles.keySet());
    }
    for (MileageRates.Part part : parts) {
      if (part.miles() != miles.get(part.taxYear()) || !part.equals(priced(vehicle, passengers, part))) {
        throw new IllegalArgumentException("part " + part.taxYear() + " is not what its journeys' "
            + miles.get(part.taxYear()) + " miles are worth at HMRC's rates");
      }
    }
  }

  /** The journeys' business miles in each tax year, in order. */
  public static Map<TaxYear, Integer> milesByTaxYear(List<Journey> journeys) {
    Map<TaxYear, Integer> miles = new TreeMap<>();
    journeys.forEach(j -> miles.merge(TaxYear.of(j.date()), j.miles(), Integer::sum));
    return miles;
  }

  /** The claim's worth in pence: the sum of its parts. */
  public long pence() {
    return MileageRates.total(parts);
  }

  /** The day of its last journey: the expense's date. */
  public LocalDate lastDay() {
    return journeys.stream().map(Journey::date).max(Comparator.naturalOrder()).orElseThrow();
  }

  private static MileageRates.Part priced(Vehicle vehicle, int passengers, MileageRates.Part part) {
    return vehicle == Vehicle.CAR_OR_VAN
        ? MileageRates.carPart(part.taxYear(), part.cheapMiles(), part.dearMiles(), passengers)
        : MileageRates.flatPart(vehicle, part.taxYear(), part.miles());
  }
}

package app.jobmate.events.expenses;

import app.jobmate.events.values.TaxYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * HMRC's approved mileage allowance payments (EIM31240, "Travel — mileage and fuel rates and allowances"):
 * cars and vans 45p a business mile for the first 10,000 miles in the tax year, 25p a mile after;
 * motorcycles 24p; bicycles 20p; and 5p a mile for each fellow employee carried as a passenger in a car
 * or van. The 10,000 miles are counted per person per tax year (6 April to 5 April) across all their
 * car and van claims: a claim that crosses them is split, and the legs of a claim on either side of
 * 5/6 April count in their own tax years. Miles are whole, so every amount is whole pence.
 */
public final class MileageRates {

  public static final int CAR_FIRST_MILES = 10_000;
  public static final int CAR_PENCE_FIRST = 45;
  public static final int CAR_PENCE_AFTER = 25;
  public static final int MOTORCYCLE_PENCE = 24;
  public static final int BICYCLE_PENCE = 20;
  public static final int PASSENGER_PENCE = 5;
  /** At most this many passengers: more than a van carries. */
  public static final int MAX_PASSENGERS = 8;

  private MileageRates() {
  }

  /** One day's business miles of a claim. */
  public record Leg(LocalDate date, int miles) {
    public Leg {
      if (date == null || miles < 1 || miles > 2_000) {
        throw new IllegalArgumentException("a leg is a date and 1 to 2,000 miles");
      }
    }
  }

  /**
   * The part of a claim in one tax year: its miles at the first rate and after the threshold
   * ({@code dearMiles} is 0 but for cars and vans), the passenger miles, and the pence due.
   */
  public record Part(TaxYear taxYear, int cheapMiles, int dearMiles, int passengerMiles, long pence) {
    public int miles() {
      return cheapMiles + dearMiles;
    }
  }

  /**
   * What a claim is worth, part by part, given the car and van miles {@code counted} before it in each
   * tax year (for the same person): parts in tax-year order.
   */
  public static List<Part> price(Vehicle vehicle, int passengers, List<Leg> legs, Function<TaxYear, Integer> counted) {
    if (vehicle == null || legs == null || legs.isEmpty()) {
      throw new IllegalArgumentException("a vehicle and at least one leg");
    }
    if (passengers < 0 || passengers > MAX_PASSENGERS || (passengers > 0 && vehicle != Vehicle.CAR_OR_VAN)) {
      throw new IllegalArgumentException("0 to " + MAX_PASSENGERS + " passengers, in a car or van only");
    }
    Map<TaxYear, Integer> milesByYear = new TreeMap<>();
    for (Leg leg : legs) {
      milesByYear.merge(TaxYear.of(leg.date()), leg.miles(), Integer::sum);
    }
    List<Part> parts = new ArrayList<>();
    milesByYear.forEach((year, miles) -> parts.add(part(vehicle, passengers, year, miles, counted.apply(year))));
    return List.copyOf(parts);
  }

  private static Part part(Vehicle vehicle, int passengers, TaxYear year, int miles, int countedBefore) {
    if (countedBefore < 0) {
      throw new IllegalArgumentException("miles counted before cannot be negative");
    }
    return switch (vehicle) {
      case CAR_OR_VAN -> {
        int cheap = Math.min(miles, Math.max(0, CAR_FIRST_MILES - countedBefore));
        yield carPart(year, cheap, miles - cheap, passengers);
      }
      case MOTORCYCLE, BICYCLE -> flatPart(vehicle, year, miles);
    };
  }

  /** A motorcycle's or bicycle's part of a claim in a tax year: one rate, not counted towards the threshold. */
  public static Part flatPart(Vehicle vehicle, TaxYear year, int miles) {
    return switch (vehicle) {
      case MOTORCYCLE -> new Part(year, miles, 0, 0, (long) miles * MOTORCYCLE_PENCE);
      case BICYCLE -> new Part(year, miles, 0, 0, (long) miles * BICYCLE_PENCE);
      case CAR_OR_VAN -> throw new IllegalArgumentException("a car or van's miles are split at the threshold");
    };
  }

  /**
   * A car or van's part of a claim in a tax year whose split at the threshold is known (counted in the
   * person's mileage count): {@code cheap} miles at 45p, {@code dear} at 25p, 5p a mile per passenger.
   */
  public static Part carPart(TaxYear year, int cheap, int dear, int passengers) {
    if (cheap < 0 || dear < 0 || cheap > CAR_FIRST_MILES || passengers < 0 || passengers > MAX_PASSENGERS) {
      throw new IllegalArgumentException("0 to " + CAR_FIRST_MILES + " cheap miles, dear miles not negative, 0 to "
          + MAX_PASSENGERS + " passengers");
    }
    int miles = cheap + dear;
    return new Part(year, cheap, dear, passengers * miles, (long) cheap * CAR_PENCE_FIRST + (long) dear * CAR_PENCE_AFTER
        + (long) passengers * miles * PASSENGER_PENCE);
  }

  /** The pence of all the parts. */
  public static long total(List<Part> parts) {
    return parts.stream().mapToLong(Part::pence).sum();
  }

  /** Whether a claim in this vehicle counts towards (and is priced by) the 10,000 miles. */
  public static boolean countsTowardsTheThreshold(Vehicle vehicle) {
    return vehicle == Vehicle.CAR_OR_VAN;
  }
}

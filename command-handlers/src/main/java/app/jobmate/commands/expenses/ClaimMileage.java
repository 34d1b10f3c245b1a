package app.jobmate.commands.expenses;

import app.jobmate.events.Actor;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.Journey;
import app.jobmate.events.expenses.MileageClaim;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.expenses.Vehicle;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.util.List;

/**
 * A new mileage expense as asked: the journeys driven (or ridden) by {@code member}, whom it is paid
 * back to (the actor, unless an owner or admin names a member). Its amount is not asked: it is priced
 * from the member's count of miles ({@link MileageClaims}).
 */
public record ClaimMileage(ExpenseId expenseId, UserId member, Vehicle vehicle, int passengers, List<Journey> journeys,
                           String description, JobId jobId, Actor actor) {

  public ClaimMileage {
    Require.present(expenseId, "expenseId");
    Require.present(vehicle, "vehicle");
    Require.present(journeys, "journeys");
    Require.present(actor, "actor");
    journeys = List.copyOf(journeys);
    if (journeys.isEmpty() || journeys.size() > MileageClaim.MAX_JOURNEYS) {
      throw new IllegalArgumentException("1 to " + MileageClaim.MAX_JOURNEYS + " journeys");
    }
    if (passengers < 0 || passengers > MileageRates.MAX_PASSENGERS || (passengers > 0 && vehicle != Vehicle.CAR_OR_VAN)) {
      throw new IllegalArgumentException("0 to " + MileageRates.MAX_PASSENGERS + " passengers, in a car or van only");
    }
    description = Require.optionalText(description, ExpenseEvent.MAX_DESCRIPTION, "description");
  }

  /** Whom the claim is paid back to: the member named, or the actor. */
  public UserId claimant() {
    return member != null ? member : actor.userId();
  }
}

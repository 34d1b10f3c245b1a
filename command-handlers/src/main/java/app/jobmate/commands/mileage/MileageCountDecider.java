package app.jobmate.commands.mileage;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.mileage.MileageCountCommand.CountMiles;
import app.jobmate.commands.mileage.MileageCountCommand.ReleaseMiles;
import app.jobmate.events.mileage.MileageEvent;
import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.mileage.MileageEvent.MileageReleased;
import app.jobmate.events.expenses.MileageRates;
import app.jobmate.events.values.TaxYear;
import java.util.ArrayList;
import java.util.List;

/**
 * The count of a person's car and van miles in one tax year (docs/decisions/mileage-threshold.md), as a
 * pure decider: an expense's miles take the cheap miles left ({@code 10,000 −} the cheap miles of the
 * counts standing) and the rest are dear. Counting the same miles for an expense again decides nothing
 * (a retry completes the claim with the split first counted); other miles release the old count and
 * count anew, in one commit. The command service appends at the version it read, so two claims never
 * take the same cheap miles.
 */
public final class MileageCountDecider implements Decider<MileageCountCommand, MileageCount, MileageEvent> {

  private final TaxYear year;

  public MileageCountDecider(TaxYear year) {
    this.year = year;
  }

  @Override
  public MileageCount initialState() {
    return MileageCount.none();
  }

  @Override
  public Class<MileageEvent> eventType() {
    return MileageEvent.class;
  }

  @Override
  public List<MileageEvent> decide(MileageCountCommand command, MileageCount count) {
    MileageCounted standing = count.standing().get(command.expenseId().value());
    return switch (command) {
      case CountMiles c when standing != null && standing.miles() == c.miles() -> List.of();
      case CountMiles c -> {
        List<MileageEvent> events = new ArrayList<>();
        int cheapTaken = count.cheapMilesTaken();
        if (standing != null) {
          events.add(released(standing));
          cheapTaken -= standing.cheapMiles();
        }
        int cheap = Math.min(c.miles(), Math.max(0, MileageRates.CAR_FIRST_MILES - cheapTaken));
        events.add(new MileageCounted(c.expenseId().value(), c.member(), year, c.miles(), cheap, c.miles() - cheap));
        yield events;
      }
      case ReleaseMiles c when standing == null -> List.of();
      case ReleaseMiles c -> List.of(released(standing));
    };
  }

  @Override
  public MileageCount evolve(MileageCount count, MileageEvent event) {
    return switch (event) {
      case MileageCounted e -> count.with(e);
      case MileageReleased e -> count.without(e.expenseId(), e.taxYear());
    };
  }

  private static MileageReleased released(MileageCounted counted) {
    return new MileageReleased(counted.expenseId(), counted.member(), counted.taxYear(), counted.miles(),
        counted.cheapMiles(), counted.dearMiles());
  }
}

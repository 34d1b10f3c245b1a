package app.jobmate.projections.mileage;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.mileage.MileageEvent;
import app.jobmate.events.mileage.MileageEvent.MileageCounted;
import app.jobmate.events.mileage.MileageEvent.MileageReleased;
import app.jobmate.events.mileage.MileageEvents;
import app.jobmate.projections.core.Projection;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The mileage documents: a count's claims as they stand, taking every count event (a claim keyed by its expense). */
public final class MileageProjection implements Projection<MileageYear, MileageEvent> {

  public static final String NAME = "mileage";

  private static final Set<String> TAKEN = EventTypes.namesOf(MileageEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<MileageYear> documentType() {
    return MileageYear.class;
  }

  @Override
  public Class<MileageEvent> eventClass() {
    return MileageEvent.class;
  }

  @Override
  public String streamType() {
    return MileageEvents.STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public MileageYear evolve(MileageYear year, EventEnvelope envelope, MileageEvent event) {
    List<MileageYear.Claim> claims = new ArrayList<>(year == null ? List.of() : year.claims());
    claims.removeIf(c -> c.expenseId().equals(event.expenseId().toString()));
    switch (event) {
      case MileageCounted e -> claims.add(new MileageYear.Claim(e.expenseId().toString(), e.miles(), e.cheapMiles(),
          e.dearMiles()));
      case MileageReleased e -> {
      }
    }
    return new MileageYear(event.member().value(), event.taxYear().toString(), 0, 0, 0, claims,
        envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS));
  }
}

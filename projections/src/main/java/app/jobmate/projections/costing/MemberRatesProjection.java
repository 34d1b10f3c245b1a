package app.jobmate.projections.costing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.resources.ResourceEvents;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceCancelled;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The members' rate histories: take every staff event; a rate set again for its day replaces it. */
public final class MemberRatesProjection implements Projection<MemberRates, StaffProfileEvent> {

  public static final String NAME = "costing_rate";

  private static final Set<String> TAKEN = EventTypes.namesOf(ResourceEvents.STAFF_STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<MemberRates> documentType() {
    return MemberRates.class;
  }

  @Override
  public Class<StaffProfileEvent> eventClass() {
    return StaffProfileEvent.class;
  }

  @Override
  public String streamType() {
    return ResourceEvents.STAFF_STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public MemberRates evolve(MemberRates rates, EventEnvelope envelope, StaffProfileEvent event) {
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    MemberRates r = rates != null ? rates : new MemberRates(event.member().value(), List.of(), at);
    return switch (event) {
      case StaffProfileSet e -> r; // skills and working hours cost nothing
      case AbsenceRecorded e -> r; // an absence is not paid time on a job
      case AbsenceCancelled e -> r;
      case StaffHourlyCostSet e -> {
        List<MemberRates.Rate> history = new ArrayList<>(r.rates());
        history.removeIf(rate -> rate.effectiveFrom().equals(e.effectiveFrom()));
        history.add(new MemberRates.Rate(e.hourlyCost().pence(), e.effectiveFrom()));
        history.sort(Comparator.comparing(MemberRates.Rate::effectiveFrom));
        yield new MemberRates(r.member(), history, at);
      }
    };
  }
}

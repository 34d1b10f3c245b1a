package app.jobmate.projections.staff;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.resources.ResourceEvents;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceCancelled;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The staff profile documents: take every staff profile event; a rate set again for its day replaces it; an
 * absence stands until cancelled (recorded again under its id, it replaces itself: redelivery is harmless).
 */
public final class StaffProfileProjection implements Projection<StaffProfile, StaffProfileEvent> {

  public static final String NAME = "staff-profile";

  private static final Set<String> TAKEN = EventTypes.namesOf(ResourceEvents.STAFF_STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<StaffProfile> documentType() {
    return StaffProfile.class;
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
  public StaffProfile evolve(StaffProfile profile, EventEnvelope envelope, StaffProfileEvent event) {
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    StaffProfile p = profile != null ? profile
        : new StaffProfile(event.member().value(), List.of(), WorkingWeek.NONE, List.of(), List.of(), at);
    return switch (event) {
      case StaffProfileSet e -> new StaffProfile(p.member(), e.skills(), e.workingHours(), p.hourlyCosts(),
          p.absences(), at);
      case StaffHourlyCostSet e -> {
        List<StaffProfile.Rate> rates = new ArrayList<>(p.hourlyCosts());
        rates.removeIf(r -> r.effectiveFrom().equals(e.effectiveFrom()));
        rates.add(new StaffProfile.Rate(e.hourlyCost().pence(), e.effectiveFrom()));
        rates.sort(Comparator.comparing(StaffProfile.Rate::effectiveFrom));
        yield new StaffProfile(p.member(), p.skills(), p.workingHours(), rates, p.absences(), at);
      }
      case AbsenceRecorded e -> {
        List<StaffProfile.Away> absences = new ArrayList<>(p.absences());
        absences.removeIf(a -> a.absenceId().equals(e.absenceId().toString()));
        absences.add(StaffProfile.Away.of(e.absenceId().toString(), e.absence()));
        absences.sort(Comparator.comparing(StaffProfile.Away::startsAt));
        yield new StaffProfile(p.member(), p.skills(), p.workingHours(), p.hourlyCosts(), absences, at);
      }
      case AbsenceCancelled e -> {
        List<StaffProfile.Away> absences = new ArrayList<>(p.absences());
        absences.removeIf(a -> a.absenceId().equals(e.absenceId().toString()));
        yield new StaffProfile(p.member(), p.skills(), p.workingHours(), p.hourlyCosts(), absences, at);
      }
    };
  }
}

package app.jobmate.commands.resources;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.resources.StaffProfileCommand.CancelAbsence;
import app.jobmate.commands.resources.StaffProfileCommand.RecordAbsence;
import app.jobmate.commands.resources.StaffProfileCommand.SetHourlyCost;
import app.jobmate.commands.resources.StaffProfileCommand.SetStaffProfile;
import app.jobmate.events.Role;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceCancelled;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of a member of staff as a resource (docs/business-rules.md, resources), as a pure decider.
 * Owners and admins set a member's skills and working hours (whole) and hourly cost. A cost applies from
 * its date on, never to the past: a date before today (London) is 422 naming {@code effectiveFrom}.
 * Setting what is already there records nothing. Absences (docs/decisions/availability.md) are recorded
 * and cancelled by owners and admins too: one never overlaps another standing (409
 * {@code resource.absence-overlaps}); recording the same absence again, or cancelling a cancelled one,
 * records nothing; an id is never reused for another absence (409 {@code resource.absence-exists}).
 */
public final class StaffProfileDecider
    implements Decider<StaffProfileCommand, StaffProfileDecider.State, StaffProfileEvent> {

  public static final StaffProfileDecider INSTANCE = new StaffProfileDecider();

  /**
   * The profile as it stands ({@code null} skills: never set), the rates by the day they apply from, the
   * absences standing and the ids of those cancelled.
   */
  public record State(List<String> skills, WorkingWeek workingHours, Map<LocalDate, Money> rates,
                      Map<AbsenceId, Absence> absences, Set<AbsenceId> cancelled) {
    public State {
      rates = Map.copyOf(rates);
      absences = Map.copyOf(absences);
      cancelled = Set.copyOf(cancelled);
    }

    State withRates(Map<LocalDate, Money> newRates) {
      return new State(skills, workingHours, newRates, absences, cancelled);
    }
  }

  private StaffProfileDecider() {
  }

  @Override
  public State initialState() {
    return new State(null, null, Map.of(), Map.of(), Set.of());
  }

  @Override
  public Class<StaffProfileEvent> eventType() {
    return StaffProfileEvent.class;
  }

  @Override
  public List<StaffProfileEvent> decide(StaffProfileCommand command, State state) {
    if (!command.actor().roles().contains(Role.OWNER) && !command.actor().roles().contains(Role.ADMIN)) {
      throw Rejection.forbidden("resource.forbidden",
          "only an owner or admin sets a member's skills, hours and cost and records their absences");
    }
    return switch (command) {
      case SetStaffProfile c -> c.skills().equals(state.skills()) && c.workingHours().equals(state.workingHours())
          ? List.of() : List.of(new StaffProfileSet(c.member(), c.skills(), c.workingHours()));
      case SetHourlyCost c -> {
        if (c.effectiveFrom().isBefore(c.today())) {
          throw Rejection.unprocessable("resource.cost-in-the-past", "a cost applies from today or a later day, "
              + "never to the past: effectiveFrom " + c.effectiveFrom() + " is before " + c.today(), "effectiveFrom");
        }
        yield c.hourlyCost().equals(state.rates().get(c.effectiveFrom())) ? List.of()
            : List.of(new StaffHourlyCostSet(c.member(), c.hourlyCost(), c.effectiveFrom()));
      }
      case RecordAbsence c -> record(c, state);
      case CancelAbsence c -> {
        if (state.cancelled().contains(c.absenceId())) {
          yield List.of();
        }
        if (!state.absences().containsKey(c.absenceId())) {
          throw Rejection.notFound("resource.absence-not-found", "member " + c.member() + " has no absence "
              + c.absenceId());
        }
        yield List.of(new AbsenceCancelled(c.member(), c.absenceId()));
      }
    };
  }

  private static List<StaffProfileEvent> record(RecordAbsence c, State state) {
    Absence standing = state.absences().get(c.absenceId());
    if (c.absence().equals(standing)) {
      return List.of();
    }
    if (standing != null || state.cancelled().contains(c.absenceId())) {
      throw Rejection.conflict("resource.absence-exists", "absence " + c.absenceId()
          + " was recorded already, for another time; record a new one with a new id");
    }
    for (Map.Entry<AbsenceId, Absence> other : state.absences().entrySet()) {
      if (other.getValue().overlaps(c.absence())) {
        throw Rejection.conflict("resource.absence-overlaps", "the member is already away from "
            + other.getValue().start() + " to " + other.getValue().end() + " (London; absence " + other.getKey()
            + "); cancel that one first or record only the time outside it");
      }
    }
    return List.of(new AbsenceRecorded(c.member(), c.absenceId(), c.absence()));
  }

  @Override
  public State evolve(State state, StaffProfileEvent event) {
    return switch (event) {
      case StaffProfileSet e -> new State(e.skills(), e.workingHours(), state.rates(), state.absences(),
          state.cancelled());
      case StaffHourlyCostSet e -> {
        Map<LocalDate, Money> rates = new TreeMap<>(state.rates());
        rates.put(e.effectiveFrom(), e.hourlyCost());
        yield state.withRates(rates);
      }
      case AbsenceRecorded e -> {
        Map<AbsenceId, Absence> absences = new HashMap<>(state.absences());
        absences.put(e.absenceId(), e.absence());
        yield new State(state.skills(), state.workingHours(), state.rates(), absences, state.cancelled());
      }
      case AbsenceCancelled e -> {
        Map<AbsenceId, Absence> absences = new HashMap<>(state.absences());
        absences.remove(e.absenceId());
        Set<AbsenceId> cancelled = new HashSet<>(state.cancelled());
        cancelled.add(e.absenceId());
        yield new State(state.skills(), state.workingHours(), state.rates(), absences, cancelled);
      }
    };
  }
}

package app.jobmate.commands.resources;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.resources.StaffProfileCommand.SetHourlyCost;
import app.jobmate.commands.resources.StaffProfileCommand.SetStaffProfile;
import app.jobmate.events.Role;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of a member of staff as a resource (docs/business-rules.md, resources), as a pure decider.
 * Owners and admins set a member's skills and working hours (whole) and hourly cost. A cost applies from
 * its date on, never to the past: a date before today (London) is 422 naming {@code effectiveFrom}.
 * Setting what is already there records nothing.
 */
public final class StaffProfileDecider
    implements Decider<StaffProfileCommand, StaffProfileDecider.State, StaffProfileEvent> {

  public static final StaffProfileDecider INSTANCE = new StaffProfileDecider();

  /** The profile as it stands ({@code null} skills: never set) and the rates by the day they apply from. */
  public record State(List<String> skills, WorkingWeek workingHours, Map<LocalDate, Money> rates) {
    public State {
      rates = Map.copyOf(rates);
    }
  }

  private StaffProfileDecider() {
  }

  @Override
  public State initialState() {
    return new State(null, null, Map.of());
  }

  @Override
  public Class<StaffProfileEvent> eventType() {
    return StaffProfileEvent.class;
  }

  @Override
  public List<StaffProfileEvent> decide(StaffProfileCommand command, State state) {
    if (!command.actor().roles().contains(Role.OWNER) && !command.actor().roles().contains(Role.ADMIN)) {
      throw Rejection.forbidden("resource.forbidden", "only an owner or admin sets a member's skills, hours and cost");
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
    };
  }

  @Override
  public State evolve(State state, StaffProfileEvent event) {
    return switch (event) {
      case StaffProfileSet e -> new State(e.skills(), e.workingHours(), state.rates());
      case StaffHourlyCostSet e -> {
        Map<LocalDate, Money> rates = new TreeMap<>(state.rates());
        rates.put(e.effectiveFrom(), e.hourlyCost());
        yield new State(state.skills(), state.workingHours(), rates);
      }
    };
  }
}

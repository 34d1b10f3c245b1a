package app.jobmate.commands.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.resources.StaffProfileCommand.SetHourlyCost;
import app.jobmate.commands.resources.StaffProfileCommand.SetStaffProfile;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events or a rejection: a member of staff as a resource. */
class SettingAMembersCostTest {

  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  static final Actor SAM_STAFF = new Actor(SAM, List.of(Role.STAFF));
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  static final WorkingWeek WEEKDAYS = new WorkingWeek(List.of(new TimeRange("08:00", "16:30")),
      List.of(new TimeRange("08:00", "16:30")), List.of(), List.of(), List.of(), List.of(), List.of());

  private final StaffProfileDecider decider = StaffProfileDecider.INSTANCE;

  private StaffProfileDecider.State given(StaffProfileEvent... events) {
    StaffProfileDecider.State state = decider.initialState();
    for (StaffProfileEvent e : events) {
      state = decider.evolve(state, e);
    }
    return state;
  }

  @Test
  void a_rate_from_a_later_day_is_recorded_with_its_date_and_earlier_rates_stand() {
    StaffHourlyCostSet january = new StaffHourlyCostSet(SAM, Money.ofPence(1_850), LocalDate.of(2027, 1, 1));

    assertThat(decider.decide(new SetHourlyCost(SAM, Money.ofPence(2_000), LocalDate.of(2027, 4, 6), TODAY, OWNER),
        given(january))).containsExactly(new StaffHourlyCostSet(SAM, Money.ofPence(2_000), LocalDate.of(2027, 4, 6)));
  }

  @Test
  void a_rate_is_never_set_for_a_past_day() {
    Rejection rejection = catchThrowableOfType(Rejection.class, () -> decider.decide(
        new SetHourlyCost(SAM, Money.ofPence(1_850), TODAY.minusDays(1), TODAY, OWNER), given()));

    assertThat(rejection.code()).isEqualTo("resource.cost-in-the-past");
    assertThat(rejection.field()).isEqualTo("effectiveFrom");
  }

  @Test
  void the_same_rate_for_the_same_day_records_nothing_and_another_rate_replaces_it() {
    StaffHourlyCostSet set = new StaffHourlyCostSet(SAM, Money.ofPence(1_850), TODAY);

    assertThat(decider.decide(new SetHourlyCost(SAM, Money.ofPence(1_850), TODAY, TODAY, OWNER), given(set))).isEmpty();
    assertThat(decider.decide(new SetHourlyCost(SAM, Money.ofPence(1_900), TODAY, TODAY, OWNER), given(set)))
        .containsExactly(new StaffHourlyCostSet(SAM, Money.ofPence(1_900), TODAY));
  }

  @Test
  void a_profile_is_set_whole_and_the_same_profile_again_records_nothing() {
    StaffProfileSet set = new StaffProfileSet(SAM, List.of("gas safe"), WEEKDAYS);

    assertThat(decider.decide(new SetStaffProfile(SAM, List.of("Gas  Safe"), WEEKDAYS, OWNER), given())).containsExactly(set);
    assertThat(decider.decide(new SetStaffProfile(SAM, List.of("gas safe"), WEEKDAYS, OWNER), given(set))).isEmpty();
  }

  @Test
  void staff_set_neither_their_own_hours_nor_their_cost() {
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(
        new SetStaffProfile(SAM, List.of(), WEEKDAYS, SAM_STAFF), given())).code()).isEqualTo("resource.forbidden");
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(
        new SetHourlyCost(SAM, Money.ofPence(5_000), TODAY, TODAY, SAM_STAFF), given())).code())
        .isEqualTo("resource.forbidden");
  }
}

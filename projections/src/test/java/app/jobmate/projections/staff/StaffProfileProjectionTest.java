package app.jobmate.projections.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.AbsenceKind;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceCancelled;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.resources.StaffProfileEvent.StaffHourlyCostSet;
import app.jobmate.events.resources.StaffProfileEvent.StaffProfileSet;
import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffProfileProjectionTest {

  private static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  private final StaffProfileProjection projection = new StaffProfileProjection();
  private long version;

  private StaffProfile apply(StaffProfile profile, StaffProfileEvent event) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    version++;
    EventEnvelope envelope = new EventEnvelope("0193c1a0-0000-7000-8000-00000000000" + version, type.name(), 1,
        TenantId.of("t-acme"), "staff", SAM.value(), version, Instant.parse("2026-12-01T09:00:00Z").plusSeconds(version),
        "cmd", "corr", null, new Actor(UserId.of("u-owner"), List.of(Role.OWNER)), EventCodec.standard().encode(event));
    return projection.evolve(profile, envelope, (StaffProfileEvent) EventCodec.standard().decode(envelope));
  }

  private static StaffHourlyCostSet rate(long pence, LocalDate from) {
    return new StaffHourlyCostSet(SAM, Money.ofPence(pence), from);
  }

  @Test
  void rates_are_kept_in_date_order_and_a_rate_set_again_for_its_day_replaces_it() {
    StaffProfile p = apply(null, rate(2_000, LocalDate.of(2027, 4, 6)));
    p = apply(p, rate(1_850, LocalDate.of(2027, 1, 1)));
    p = apply(p, rate(2_100, LocalDate.of(2027, 4, 6)));

    assertThat(p.hourlyCosts()).containsExactly(new StaffProfile.Rate(1_850, LocalDate.of(2027, 1, 1)),
        new StaffProfile.Rate(2_100, LocalDate.of(2027, 4, 6)));
    assertThat(p.workingHours()).isEqualTo(WorkingWeek.NONE);
  }

  @Test
  void the_rate_of_a_day_is_the_one_in_force_on_it_and_none_before_the_first() {
    StaffProfile p = apply(apply(null, rate(1_850, LocalDate.of(2027, 1, 1))), rate(2_000, LocalDate.of(2027, 4, 6)));

    assertThat(p.rateOn(LocalDate.of(2026, 12, 31))).isNull();
    assertThat(p.rateOn(LocalDate.of(2027, 4, 5)).pence()).isEqualTo(1_850);
    assertThat(p.rateOn(LocalDate.of(2027, 4, 6)).pence()).isEqualTo(2_000);
  }

  @Test
  void a_profile_set_keeps_the_costs_and_replaces_skills_and_hours_whole() {
    WorkingWeek mondays = new WorkingWeek(List.of(new TimeRange("08:00", "16:30")), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    StaffProfile p = apply(null, rate(1_850, LocalDate.of(2027, 1, 1)));
    p = apply(p, new StaffProfileSet(SAM, List.of("gas safe"), mondays));
    p = apply(p, new StaffProfileSet(SAM, List.of("electrics"), mondays));

    assertThat(p.skills()).containsExactly("electrics");
    assertThat(p.workingHours().monday()).containsExactly(new TimeRange("08:00", "16:30"));
    assertThat(p.hourlyCosts()).hasSize(1);
    assertThat(p.member()).isEqualTo(SAM.value());
  }

  @Test
  void absences_stand_by_start_until_cancelled_and_one_delivered_twice_is_kept_once() {
    AbsenceId august = AbsenceId.of("0193c1a0-6666-7abc-8def-0123456789ab");
    AbsenceId may = AbsenceId.of("0193c1a0-7777-7abc-8def-0123456789ab");
    AbsenceRecorded holiday = new AbsenceRecorded(SAM, august,
        Absence.days(AbsenceKind.HOLIDAY, LocalDate.of(2027, 8, 9), LocalDate.of(2027, 8, 13)));
    StaffProfile p = apply(null, holiday);
    p = apply(p, new AbsenceRecorded(SAM, may,
        Absence.days(AbsenceKind.SICKNESS, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 3))));
    p = apply(p, holiday);

    assertThat(p.absences()).extracting(StaffProfile.Away::absenceId).containsExactly(may.toString(), august.toString());
    assertThat(p.absences().get(1)).isEqualTo(new StaffProfile.Away(august.toString(), "holiday", true,
        "2027-08-09T00:00", "2027-08-14T00:00", Instant.parse("2027-08-08T23:00:00Z"),
        Instant.parse("2027-08-13T23:00:00Z")));

    p = apply(p, new AbsenceCancelled(SAM, may));
    assertThat(p.absences()).extracting(StaffProfile.Away::absenceId).containsExactly(august.toString());
  }
}

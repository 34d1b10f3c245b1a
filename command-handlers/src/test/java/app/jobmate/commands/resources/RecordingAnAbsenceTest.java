package app.jobmate.commands.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.resources.StaffProfileCommand.CancelAbsence;
import app.jobmate.commands.resources.StaffProfileCommand.RecordAbsence;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.AbsenceKind;
import app.jobmate.events.resources.StaffProfileEvent;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceCancelled;
import app.jobmate.events.resources.StaffProfileEvent.AbsenceRecorded;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events or a rejection: a member's absences. */
class RecordingAnAbsenceTest {

  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final Actor ADMIN = new Actor(UserId.of("7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918"), List.of(Role.ADMIN));
  static final Actor SAM_STAFF = new Actor(SAM, List.of(Role.STAFF));
  static final AbsenceId HOLIDAY = AbsenceId.of("0193c1a0-6666-7abc-8def-0123456789ab");
  static final AbsenceId TRAINING = AbsenceId.of("0193c1a0-7777-7abc-8def-0123456789ab");
  static final Absence AUGUST_WEEK = Absence.days(AbsenceKind.HOLIDAY, LocalDate.of(2027, 8, 9), LocalDate.of(2027, 8, 13));

  private final StaffProfileDecider decider = StaffProfileDecider.INSTANCE;

  private StaffProfileDecider.State given(StaffProfileEvent... events) {
    StaffProfileDecider.State state = decider.initialState();
    for (StaffProfileEvent e : events) {
      state = decider.evolve(state, e);
    }
    return state;
  }

  private static Absence afternoon(LocalDate day, int startHour) {
    LocalDateTime start = day.atTime(startHour, 0);
    LocalDateTime end = day.atTime(17, 0);
    return new Absence(AbsenceKind.TRAINING, false, start, end, start.atZone(Absence.LONDON).toInstant(),
        end.atZone(Absence.LONDON).toInstant());
  }

  @Test
  void an_absence_is_recorded_and_the_same_absence_again_records_nothing() {
    AbsenceRecorded recorded = new AbsenceRecorded(SAM, HOLIDAY, AUGUST_WEEK);

    assertThat(decider.decide(new RecordAbsence(SAM, HOLIDAY, AUGUST_WEEK, ADMIN), given())).containsExactly(recorded);
    assertThat(decider.decide(new RecordAbsence(SAM, HOLIDAY, AUGUST_WEEK, ADMIN), given(recorded))).isEmpty();
  }

  @Test
  void an_absence_never_overlaps_one_standing_but_may_touch_it_or_take_a_cancelled_ones_time() {
    AbsenceRecorded holiday = new AbsenceRecorded(SAM, HOLIDAY, AUGUST_WEEK);

    Rejection overlap = catchThrowableOfType(Rejection.class, () -> decider.decide(
        new RecordAbsence(SAM, TRAINING, afternoon(LocalDate.of(2027, 8, 13), 13), ADMIN), given(holiday)));
    assertThat(overlap.code()).isEqualTo("resource.absence-overlaps");
    assertThat(overlap.getMessage()).contains(HOLIDAY.toString());

    assertThat(decider.decide(new RecordAbsence(SAM, TRAINING, afternoon(LocalDate.of(2027, 8, 14), 0), ADMIN),
        given(holiday))).as("from the midnight the holiday ends at").hasSize(1);
    assertThat(decider.decide(new RecordAbsence(SAM, TRAINING, afternoon(LocalDate.of(2027, 8, 13), 13), ADMIN),
        given(holiday, new AbsenceCancelled(SAM, HOLIDAY)))).hasSize(1);
  }

  @Test
  void an_id_is_never_reused_for_another_time_even_once_cancelled() {
    AbsenceRecorded holiday = new AbsenceRecorded(SAM, HOLIDAY, AUGUST_WEEK);
    Absence september = Absence.days(AbsenceKind.HOLIDAY, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 3));

    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(new RecordAbsence(SAM, HOLIDAY, september,
        ADMIN), given(holiday))).code()).isEqualTo("resource.absence-exists");
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(new RecordAbsence(SAM, HOLIDAY, september,
        ADMIN), given(holiday, new AbsenceCancelled(SAM, HOLIDAY)))).code()).isEqualTo("resource.absence-exists");
  }

  @Test
  void cancelling_an_unknown_absence_is_not_found_and_a_cancelled_one_again_records_nothing() {
    AbsenceRecorded holiday = new AbsenceRecorded(SAM, HOLIDAY, AUGUST_WEEK);
    AbsenceCancelled cancelled = new AbsenceCancelled(SAM, HOLIDAY);

    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(new CancelAbsence(SAM, TRAINING, ADMIN),
        given(holiday))).code()).isEqualTo("resource.absence-not-found");
    assertThat(decider.decide(new CancelAbsence(SAM, HOLIDAY, ADMIN), given(holiday))).containsExactly(cancelled);
    assertThat(decider.decide(new CancelAbsence(SAM, HOLIDAY, ADMIN), given(holiday, cancelled))).isEmpty();
  }

  @Test
  void staff_neither_record_nor_cancel_absences_even_their_own() {
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(
        new RecordAbsence(SAM, HOLIDAY, AUGUST_WEEK, SAM_STAFF), given())).code()).isEqualTo("resource.forbidden");
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(new CancelAbsence(SAM, HOLIDAY, SAM_STAFF),
        given(new AbsenceRecorded(SAM, HOLIDAY, AUGUST_WEEK)))).code()).isEqualTo("resource.forbidden");
  }

  @Test
  void an_absence_keeps_its_clock_and_its_instants_in_step_and_its_bounds() {
    LocalDateTime start = LocalDateTime.of(2027, 3, 4, 13, 0);
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new Absence(AbsenceKind.OTHER, false, start,
        start.plusHours(2), Instant.parse("2027-03-04T12:00:00Z"), Instant.parse("2027-03-04T15:00:00Z")))).isNotNull();
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Absence.days(AbsenceKind.HOLIDAY,
        LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 2)))).as("367 days").isNotNull();
    assertThat(Absence.days(AbsenceKind.HOLIDAY, LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28)).length())
        .as("the day the clocks go forward is 23 hours long").hasHours(23);
  }
}

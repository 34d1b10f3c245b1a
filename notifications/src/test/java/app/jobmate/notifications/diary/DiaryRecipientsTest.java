package app.jobmate.notifications.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.messages.MessageJson;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given what people were told of an appointment, when more happens within one window, who is told what. */
class DiaryRecipientsTest {

  private static final AppointmentId VISIT = AppointmentId.of("0193b2a0-4444-7abc-8def-0123456789ab");
  private static final UserId SAM = TestEvents.ALICE;
  private static final UserId PRIYA = TestEvents.BOB;

  private final DiaryRecipients rules = new DiaryRecipients();
  private final List<Changes.Change<DiaryEvent>> history = new ArrayList<>();

  private static Booking visit(UserId... members) {
    LocalDateTime start = LocalDateTime.parse("2027-07-01T09:00");
    return new Booking(AppointmentKind.JOB_VISIT, start, start.plusHours(2), Instant.parse("2027-07-01T08:00:00Z"),
        Instant.parse("2027-07-01T10:00:00Z"), List.of(members), null, "Fit the new boiler", null);
  }

  private Changes.Change<DiaryEvent> change(UserId actor, Role role, DiaryEvent event) {
    EventEnvelope envelope = TestEvents.envelope(TestEvents.ACME, history.size() + 1, event, actor, role);
    return new Changes.Change<>(envelope, (DiaryEvent) EventCodec.standard().decode(envelope));
  }

  private void given(UserId actor, Role role, DiaryEvent... events) {
    for (DiaryEvent event : events) {
      history.add(change(actor, role, event));
    }
  }

  private List<Notice> when(UserId actor, Role role, DiaryEvent... events) {
    DiarySummary before = rules.empty(new StreamId(TestEvents.ACME, "appointment", VISIT.toString()));
    for (Changes.Change<DiaryEvent> c : history) {
      before = rules.apply(before, c.envelope(), c.event());
    }
    long told = history.size();
    DiarySummary after = before;
    List<Changes.Change<DiaryEvent>> fresh = new ArrayList<>();
    for (DiaryEvent event : events) {
      Changes.Change<DiaryEvent> c = change(actor, role, event);
      history.add(c);
      fresh.add(c);
      after = rules.apply(after, c.envelope(), c.event());
    }
    return rules.notices(new Changes<>(told, before, after, fresh));
  }

  @Test
  void a_booking_tells_each_member_booked_with_the_local_times_and_instants_and_no_price() {
    List<Notice> notices = when(TestEvents.OWNER, Role.OWNER,
        new AppointmentBooked(VISIT, visit(SAM, PRIYA), null, TestEvents.OWNER));

    assertThat(notices).extracting(Notice::audience)
        .containsExactly(new Audience.Person(SAM), new Audience.Person(PRIYA));
    DiaryMessage message = (DiaryMessage) notices.getFirst().message();
    assertThat(message.type()).isEqualTo("appointment.booked");
    assertThat(message.start()).isEqualTo("2027-07-01T09:00");
    assertThat(message.startsAt()).isEqualTo(Instant.parse("2027-07-01T08:00:00Z"));
    assertThat(message.showsPrices()).isFalse();
    assertThat(MessageJson.write(message)).contains("\"type\":\"appointment.booked\"")
        .contains("\"appointmentId\":\"" + VISIT + "\"").doesNotContain("price");
  }

  @Test
  void the_member_who_blocks_their_own_time_is_told_too_with_by_so_the_acting_device_stays_quiet() {
    List<Notice> notices = when(SAM, Role.STAFF, new AppointmentBooked(VISIT,
        new Booking(AppointmentKind.BLOCKED, LocalDateTime.parse("2027-07-01T13:00"), LocalDateTime.parse("2027-07-01T14:00"),
            Instant.parse("2027-07-01T12:00:00Z"), Instant.parse("2027-07-01T13:00:00Z"), List.of(SAM), null, "Dentist",
            null), null, SAM));

    assertThat(notices).extracting(Notice::audience).containsExactly(new Audience.Person(SAM));
    assertThat(((DiaryMessage) notices.getFirst().message()).by()).isEqualTo(SAM);
    assertThat(((DiaryMessage) notices.getFirst().message()).kind()).isEqualTo("blocked");
  }

  @Test
  void a_cancellation_tells_the_members_cancelled_and_a_booking_cancelled_within_the_window_tells_only_that() {
    given(TestEvents.OWNER, Role.OWNER, new AppointmentBooked(VISIT, visit(SAM), null, TestEvents.OWNER));

    List<Notice> cancelled = when(TestEvents.OWNER, Role.OWNER,
        new AppointmentCancelled(VISIT, visit(SAM), Instant.parse("2027-06-30T10:00:00Z"), null, TestEvents.OWNER));

    assertThat(cancelled).hasSize(1);
    assertThat(cancelled.getFirst().message().type()).isEqualTo("appointment.cancelled");
    assertThat(cancelled.getFirst().message().version()).isEqualTo(2);
  }

  @Test
  void a_move_tells_the_members_it_books_now_its_new_time_and_a_member_taken_off_that_it_is_no_longer_theirs() {
    given(TestEvents.OWNER, Role.OWNER, new AppointmentBooked(VISIT, visit(SAM, PRIYA), null, TestEvents.OWNER));
    Booking later = visit(SAM).movedTo(LocalDateTime.parse("2027-07-02T14:00"), LocalDateTime.parse("2027-07-02T16:00"),
        Instant.parse("2027-07-02T13:00:00Z"), Instant.parse("2027-07-02T15:00:00Z"), List.of(SAM));

    List<Notice> notices = when(TestEvents.OWNER, Role.OWNER,
        new AppointmentMoved(VISIT, 2, later, visit(SAM, PRIYA), null, TestEvents.OWNER));

    assertThat(notices).extracting(Notice::audience)
        .containsExactly(new Audience.Person(SAM), new Audience.Person(PRIYA));
    DiaryMessage toSam = (DiaryMessage) notices.get(0).message();
    DiaryMessage toPriya = (DiaryMessage) notices.get(1).message();
    assertThat(toSam.type()).isEqualTo("appointment.moved");
    assertThat(toSam.start()).isEqualTo("2027-07-02T14:00");
    assertThat(toPriya.type()).isEqualTo("appointment.unassigned");
    assertThat(toPriya.start()).isEqualTo("2027-07-01T09:00");
    assertThat(toPriya.by()).isEqualTo(TestEvents.OWNER);
  }

  @Test
  void a_booking_moved_within_the_window_is_told_as_a_booking_at_its_new_time_to_its_members_only() {
    Booking later = visit(SAM).movedTo(LocalDateTime.parse("2027-07-02T14:00"), LocalDateTime.parse("2027-07-02T16:00"),
        Instant.parse("2027-07-02T13:00:00Z"), Instant.parse("2027-07-02T15:00:00Z"), List.of(SAM));

    List<Notice> notices = when(TestEvents.OWNER, Role.OWNER,
        new AppointmentBooked(VISIT, visit(SAM, PRIYA), null, TestEvents.OWNER),
        new AppointmentMoved(VISIT, 2, later, visit(SAM, PRIYA), null, TestEvents.OWNER));

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.audience()).isEqualTo(new Audience.Person(SAM));
      assertThat(n.message().type()).isEqualTo("appointment.booked");
      assertThat(((DiaryMessage) n.message()).start()).isEqualTo("2027-07-02T14:00");
    });
  }
}

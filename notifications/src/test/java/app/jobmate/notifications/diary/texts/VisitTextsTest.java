package app.jobmate.notifications.diary.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryTextLog;
import app.jobmate.notifications.adapter.memory.InMemoryTextMessages;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Delivered;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Today's visits moved or cancelled, texted to the members concerned who have no open connection. */
class VisitTextsTest {

  private static final AppointmentId VISIT = AppointmentId.of("0193b2a0-4444-7abc-8def-0123456789ab");
  private static final UserId SAM = TestEvents.ALICE;
  private static final UserId PRIYA = TestEvents.BOB;
  private static final MobileNumber SAMS_MOBILE = MobileNumber.of("07700 900123");
  private static final MobileNumber PRIYAS_MOBILE = MobileNumber.of("07700 900456");
  /** 26 November 2026 (London on GMT), a minute after the envelopes' NOW. */
  private static final Instant AT = TestEvents.NOW.plusSeconds(60);

  private final TestClock clock = new TestClock(AT);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryTextLog log = new InMemoryTextLog(clock, Duration.ofMinutes(2));
  private final InMemoryTextMessages texts = new InMemoryTextMessages();
  private final VisitTexts visitTexts = new VisitTexts(registry, new TextNumbers(history, EventCodec.standard()), log,
      texts, clock);
  private final List<Delivered> stream = new ArrayList<>();

  VisitTextsTest() {
    team(new TeamEvent.TeamFounded(TestEvents.OWNER, EmailAddress.of("o@acme.example"), "Olivia"),
        new TeamEvent.MemberInvited(SAM, EmailAddress.of("sam@acme.example"), "Sam", Role.STAFF),
        new TeamEvent.MemberInvited(PRIYA, EmailAddress.of("priya@acme.example"), "Priya", Role.STAFF),
        new TeamEvent.TextMessagesSet(SAM, SAMS_MOBILE, true),
        new TeamEvent.TextMessagesSet(PRIYA, PRIYAS_MOBILE, true));
  }

  private int teamVersion;

  private void team(TeamEvent... events) {
    List<EventEnvelope> commit = new ArrayList<>();
    for (TeamEvent event : events) {
      commit.add(TestEvents.envelope(TestEvents.ACME, ++teamVersion, event, TestEvents.OWNER, Role.OWNER));
    }
    history.append(commit);
  }

  private static Booking visit(String start, String title, UserId... members) {
    LocalDateTime at = LocalDateTime.parse(start);
    return new Booking(AppointmentKind.JOB_VISIT, at, at.plusHours(1), at.toInstant(ZoneOffset.UTC),
        at.plusHours(1).toInstant(ZoneOffset.UTC), List.of(members), null, title, null);
  }

  private static Booking meeting(String start, UserId... members) {
    LocalDateTime at = LocalDateTime.parse(start);
    return new Booking(AppointmentKind.MEETING, at, at.plusHours(1), at.toInstant(ZoneOffset.UTC),
        at.plusHours(1).toInstant(ZoneOffset.UTC), List.of(members), null, "Team meeting", null);
  }

  /** The event, recorded a second before the clock's now. */
  private void happened(DiaryEvent event) {
    happened(event, TestEvents.OWNER, Role.OWNER);
  }

  private void happened(DiaryEvent event, UserId actor, Role role) {
    EventEnvelope e = TestEvents.envelope(TestEvents.ACME, stream.size() + 1, event, actor, role);
    stream.add(new Delivered(new EventEnvelope(e.eventId(), e.eventType(), e.schemaVersion(), e.tenantId(), e.streamType(),
        e.streamId(), e.version(), clock.instant().minusSeconds(1), e.commandId(), e.correlationId(), e.causationId(),
        e.actor(), e.data()), event));
  }

  private void flushed() {
    visitTexts.flushed(new StreamId(TestEvents.ACME, "appointment", VISIT.toString()), List.copyOf(stream));
  }

  private AppointmentMoved moved(Booking from, Booking to) {
    return new AppointmentMoved(VISIT, stream.size() + 2, to, from, null, TestEvents.OWNER);
  }

  private void connected(UserId member) {
    registry.add(new Connection(ConnectionId.of("conn-" + member.value()), TestEvents.ACME, member, Set.of(Role.STAFF), AT));
  }

  @Test
  void a_visit_of_today_moved_texts_its_member_with_the_old_and_new_london_times_and_its_title() {
    Booking before = visit("2026-11-26T14:00", "Boiler service", SAM);
    happened(new AppointmentBooked(VISIT, before, null, TestEvents.OWNER));
    happened(moved(before, visit("2026-11-26T15:30", "Boiler service", SAM)));

    flushed();

    assertThat(texts.sent()).containsExactly(new InMemoryTextMessages.Sent(SAMS_MOBILE,
        "Jobmate: your 14:00 visit (Boiler service) today was moved to 15:30."));
  }

  @Test
  void a_visit_moved_from_another_day_to_today_or_from_today_to_another_day_says_which_day() {
    Booking tomorrow = visit("2026-11-27T09:00", "Leak", SAM);
    happened(moved(tomorrow, visit("2026-11-26T16:00", "Leak", SAM)));
    flushed();
    Booking today = visit("2026-11-26T11:00", "Tap", PRIYA);
    stream.clear();
    happened(moved(today, visit("2026-12-01T08:00", "Tap", PRIYA)));
    flushed();

    assertThat(texts.sent()).extracting(InMemoryTextMessages.Sent::body).containsExactly(
        "Jobmate: your Fri 27 Nov 09:00 visit (Leak) was moved to today 16:00.",
        "Jobmate: your 11:00 visit (Tap) today was moved to Tue 1 Dec 08:00.");
  }

  @Test
  void a_visit_moved_from_tomorrow_to_next_week_texts_nobody() {
    happened(moved(visit("2026-11-27T09:00", "Leak", SAM), visit("2026-12-03T09:00", "Leak", SAM)));

    flushed();

    assertThat(texts.sent()).isEmpty();
  }

  @Test
  void a_member_taken_off_todays_visit_is_told_it_is_no_longer_theirs_and_one_added_is_not_texted() {
    happened(moved(visit("2026-11-26T14:00", "Boiler service", SAM), visit("2026-11-26T14:00", "Boiler service", PRIYA)));

    flushed();

    assertThat(texts.sent()).containsExactly(new InMemoryTextMessages.Sent(SAMS_MOBILE,
        "Jobmate: your 14:00 visit (Boiler service) today is no longer yours."));
  }

  @Test
  void todays_visit_cancelled_texts_each_of_its_members() {
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Boiler service", SAM, PRIYA), AT, null,
        TestEvents.OWNER));

    flushed();

    assertThat(texts.sent()).containsExactlyInAnyOrder(
        new InMemoryTextMessages.Sent(SAMS_MOBILE, "Jobmate: your 14:00 visit (Boiler service) today was cancelled."),
        new InMemoryTextMessages.Sent(PRIYAS_MOBILE, "Jobmate: your 14:00 visit (Boiler service) today was cancelled."));
  }

  @Test
  void a_member_with_an_open_connection_is_told_in_the_app_and_not_texted() {
    connected(SAM);
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Boiler service", SAM, PRIYA), AT, null,
        TestEvents.OWNER));

    flushed();

    assertThat(texts.sent()).extracting(InMemoryTextMessages.Sent::to).containsExactly(PRIYAS_MOBILE);
  }

  @Test
  void a_member_opted_out_or_whose_number_was_cleared_or_who_never_set_one_is_not_texted() {
    team(new TeamEvent.TextMessagesSet(SAM, SAMS_MOBILE, false), new TeamEvent.TextMessagesCleared(PRIYA));
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Boiler service", SAM, PRIYA, TestEvents.CAROL),
        AT, null, TestEvents.OWNER));

    flushed();

    assertThat(texts.sent()).isEmpty();
  }

  @Test
  void the_member_who_made_the_change_is_not_texted_about_it() {
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Boiler service", SAM), AT, null, SAM), SAM,
        Role.STAFF);

    flushed();

    assertThat(texts.sent()).isEmpty();
  }

  @Test
  void a_meeting_moved_texts_nobody_it_is_not_a_visit() {
    happened(moved(meeting("2026-11-26T14:00", SAM), meeting("2026-11-26T16:00", SAM)));

    flushed();

    assertThat(texts.sent()).isEmpty();
  }

  @Test
  void a_duplicate_delivery_or_a_flush_run_again_texts_each_member_once_per_change() {
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Boiler service", SAM), AT, null, TestEvents.OWNER));

    flushed();
    flushed();
    clock.advance(Duration.ofMinutes(20));
    flushed();

    assertThat(texts.sent()).hasSize(1);
  }

  @Test
  void a_change_older_than_half_an_hour_when_flushed_again_is_not_texted() {
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Boiler service", SAM), AT, null, TestEvents.OWNER));
    clock.advance(VisitTexts.FRESH.plusSeconds(2));

    flushed();

    assertThat(texts.sent()).isEmpty();
  }

  @Test
  void a_second_change_within_ten_minutes_is_dropped_and_one_after_them_is_sent() {
    Booking first = visit("2026-11-26T14:00", "Boiler service", SAM);
    Booking second = visit("2026-11-26T15:00", "Boiler service", SAM);
    Booking third = visit("2026-11-26T16:00", "Boiler service", SAM);
    happened(moved(first, second));
    flushed();
    clock.advance(Duration.ofMinutes(5));
    happened(moved(second, third));
    flushed();
    clock.advance(Duration.ofMinutes(6));
    happened(moved(third, first));
    flushed();

    assertThat(texts.sent()).extracting(InMemoryTextMessages.Sent::body).containsExactly(
        "Jobmate: your 14:00 visit (Boiler service) today was moved to 15:00.",
        "Jobmate: your 16:00 visit (Boiler service) today was moved to 14:00.");
  }

  @Test
  void at_most_ten_texts_a_day_reach_a_member() {
    for (int i = 0; i < 12; i++) {
      stream.clear();
      happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Visit " + i, SAM), AT, null, TestEvents.OWNER));
      flushed();
      clock.advance(Duration.ofMinutes(11));
    }

    assertThat(texts.sent()).hasSize(TextLog.PER_DAY);
  }

  @Test
  void a_text_the_service_did_not_accept_fails_the_flush_and_is_sent_when_it_runs_again() {
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", "Boiler service", SAM), AT, null, TestEvents.OWNER));
    texts.failNext(1);

    assertThatThrownBy(this::flushed).isInstanceOf(IllegalStateException.class);
    assertThat(texts.sent()).isEmpty();

    flushed();
    assertThat(texts.sent()).hasSize(1);
  }

  @Test
  void a_long_title_or_one_with_emoji_is_cut_to_fit_one_text_in_gsm_characters() {
    String title = "Boiler service 🔥 at the big house on the hill, with the cellar, the annexe, the garage, "
        + "the summer house and the stables, all of them";
    happened(new AppointmentCancelled(VISIT, visit("2026-11-26T14:00", title, SAM), AT, null, TestEvents.OWNER));

    flushed();

    String body = texts.sent().getFirst().body();
    assertThat(Gsm.length(body)).isLessThanOrEqualTo(160);
    assertThat(body).startsWith("Jobmate: your 14:00 visit (Boiler service ? at the big house")
        .endsWith("...) today was cancelled.");
  }
}

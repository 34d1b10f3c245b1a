package app.jobmate.notifications.adapter.lambda;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.adapter.lambda.PushFunctionTest.failed;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.apigateway.FakeManagementApi;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryFlushScheduler;
import app.jobmate.notifications.adapter.memory.InMemoryPendingNotices;
import app.jobmate.notifications.adapter.memory.InMemoryTextLog;
import app.jobmate.notifications.adapter.memory.InMemoryTextMessages;
import app.jobmate.notifications.adapter.sqs.FlushMessage;
import app.jobmate.notifications.diary.texts.TextNumbers;
import app.jobmate.notifications.diary.texts.VisitTexts;
import app.jobmate.notifications.push.PushService;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/** The flush queue's SQS batch, as Lambda hands it over, for a visit of today cancelled: its member texted once. */
class PushFlushTextsFunctionTest {

  private static final AppointmentId VISIT = AppointmentId.of("0193b2a0-4444-7abc-8def-0123456789ab");
  private static final String VISIT_FLUSH = FlushMessage.write(new StreamId(ACME, "appointment", VISIT.toString()));
  private static final MobileNumber ALICES_MOBILE = MobileNumber.of("07700 900123");

  private final FakeManagementApi api = FakeManagementApi.start();
  private final ApiGatewayManagementApiClient client = api.client();
  private final TestClock clock = new TestClock(TestEvents.NOW.plusSeconds(60));
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryTextMessages texts = new InMemoryTextMessages();
  private final VisitTexts visitTexts = new VisitTexts(registry, new TextNumbers(history, EventCodec.standard()),
      new InMemoryTextLog(clock, Duration.ofSeconds(62)), texts, clock);
  private final PushFlushFunction function = new PushFlushFunction(new PushService(
      Contexts.notifying(new InMemoryDueTasks(), new InMemoryDayVisits(), List.of(visitTexts)), registry, history,
      new InMemoryPendingNotices(clock, Duration.ofSeconds(62)), new InMemoryFlushScheduler(clock, Duration.ofSeconds(2)),
      new ApiGatewayConnections(client), EventCodec.standard()));

  PushFlushTextsFunctionTest() {
    history.append(List.of(
        TestEvents.envelope(ACME, 1, new TeamEvent.TeamFounded(OWNER, EmailAddress.of("o@acme.example"), "Olivia"), OWNER, Role.OWNER),
        TestEvents.envelope(ACME, 2, new TeamEvent.MemberInvited(ALICE, EmailAddress.of("alice@acme.example"), "Alice",
            Role.STAFF), OWNER, Role.OWNER),
        TestEvents.envelope(ACME, 3, new TeamEvent.TextMessagesSet(ALICE, ALICES_MOBILE, true), ALICE, Role.STAFF)));
    LocalDateTime start = LocalDateTime.parse("2026-11-26T14:00");
    Booking booking = new Booking(AppointmentKind.JOB_VISIT, start, start.plusHours(1), Instant.parse("2026-11-26T14:00:00Z"),
        Instant.parse("2026-11-26T15:00:00Z"), List.of(ALICE), null, "Boiler service", null);
    EventEnvelope booked = TestEvents.envelope(ACME, 1, new AppointmentBooked(VISIT, booking, null, OWNER), OWNER, Role.OWNER);
    EventEnvelope cancelled = TestEvents.envelope(ACME, 2, new AppointmentCancelled(VISIT, booking, TestEvents.NOW, null, OWNER),
        OWNER, Role.OWNER);
    history.append(List.of(booked));
    history.append(List.of(cancelled));
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  private SQSBatchResponse handle(String... bodies) {
    return function.handleRequest(LambdaEvents.sqs("sqs-flush-event.json", bodies), new TestContext());
  }

  @Test
  void a_member_with_no_open_connection_is_texted_once_though_the_flush_is_delivered_twice() {
    assertThat(handle(VISIT_FLUSH).getBatchItemFailures()).isEmpty();
    assertThat(handle(VISIT_FLUSH).getBatchItemFailures()).isEmpty();

    assertThat(texts.sent()).containsExactly(new InMemoryTextMessages.Sent(ALICES_MOBILE,
        "Jobmate: your 14:00 visit (Boiler service) today was cancelled."));
  }

  @Test
  void a_text_sns_did_not_accept_fails_that_flush_message_and_goes_out_when_it_is_delivered_again() {
    texts.failNext(1);

    SQSBatchResponse first = handle(VISIT_FLUSH);

    assertThat(failed(first)).hasSize(1);
    assertThat(texts.sent()).isEmpty();
    assertThat(handle(VISIT_FLUSH).getBatchItemFailures()).isEmpty();
    assertThat(texts.sent()).hasSize(1);
  }
}

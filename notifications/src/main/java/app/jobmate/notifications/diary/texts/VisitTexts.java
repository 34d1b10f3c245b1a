package app.jobmate.notifications.diary.texts;

import app.jobmate.events.StreamId;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.push.AfterFlush;
import app.jobmate.notifications.push.Delivered;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Texts for today's visits moved or cancelled, kept by every flush of an appointment (after its
 * people were told over their connections): for each move or cancellation of the stream that
 * happened in the last {@link #FRESH} and that {@link VisitChangeTexts} says a member is due a text
 * about, a member with no open connection at that moment and opted in with a mobile number is sent
 * it — once per event and member whatever the redeliveries ({@link TextLog#claim}), and within
 * their allowance (one per ten minutes, ten per London day: a text beyond it is dropped, and the
 * change is there in the app when they open it).
 *
 * <p>A text whose sending failed is given back and the flush fails, so that the flush runs again and
 * the text is sent then. A sender that dies between sending and recording it sent leaves a claim that
 * lapses, and the text may be sent twice: SNS's Publish takes no idempotency key.
 */
public final class VisitTexts implements AfterFlush {

  /** A change older than this is not texted: a flush run again much later tells of it in the app only. */
  public static final Duration FRESH = Duration.ofMinutes(30);

  private final ConnectionRegistry registry;
  private final TextNumbers numbers;
  private final TextLog log;
  private final TextMessages texts;
  private final Clock clock;

  public VisitTexts(ConnectionRegistry registry, TextNumbers numbers, TextLog log, TextMessages texts, Clock clock) {
    this.registry = registry;
    this.numbers = numbers;
    this.log = log;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public void flushed(StreamId subject, List<Delivered> stream) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Booking.LONDON);
    TenantId tenant = subject.tenantId();
    Map<UserId, MobileNumber> optedIn = null;
    for (Delivered delivered : stream) {
      if (delivered.envelope().occurredAt().isBefore(now.minus(FRESH)) || !(delivered.event() instanceof DiaryEvent event)) {
        continue;
      }
      UserId actor = delivered.envelope().actor() == null ? null : delivered.envelope().actor().userId();
      for (VisitChangeTexts.Due due : VisitChangeTexts.of(event, today, actor)) {
        if (!registry.ofUser(tenant, due.member()).isEmpty()) {
          continue; // connected: told in the app
        }
        if (optedIn == null) {
          optedIn = numbers.optedIn(tenant);
        }
        MobileNumber mobile = optedIn.get(due.member());
        if (mobile != null) {
          send(tenant, delivered.envelope().eventId(), due, mobile, now);
        }
      }
    }
  }

  private void send(TenantId tenant, String eventId, VisitChangeTexts.Due due, MobileNumber mobile, Instant now) {
    Optional<TextLog.Claim> claimed = log.claim(tenant, eventId, due.member());
    if (claimed.isEmpty()) {
      return; // sent, dropped, or being sent
    }
    TextLog.Claim claim = claimed.get();
    if (!log.takeAllowance(tenant, due.member(), now)) {
      log.dropped(claim);
      return;
    }
    try {
      texts.send(mobile, due.body());
    } catch (RuntimeException e) {
      log.giveBackAllowance(tenant, due.member(), now);
      log.giveBack(claim);
      throw e;
    }
    log.sent(claim);
  }
}

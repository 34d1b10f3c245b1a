package app.jobmate.notifications.diary.texts;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.team.TeamEvents;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.push.EventHistory;
import java.util.HashMap;
import java.util.Map;

/**
 * The mobile numbers of the members who opted in to texts, folded from the business's team stream
 * at the moment a text is due (docs/decisions/staff-mobile-numbers.md): a handful of items, read
 * strongly consistent, so a member who opted out a moment ago is not texted. A member removed from
 * the team is texted nothing.
 */
public final class TextNumbers {

  private final EventHistory history;
  private final EventCodec codec;

  public TextNumbers(EventHistory history, EventCodec codec) {
    this.history = history;
    this.codec = codec;
  }

  /** The members of {@code tenant} opted in with a number, read once for one flush. */
  public Map<UserId, MobileNumber> optedIn(TenantId tenant) {
    Map<UserId, MobileNumber> numbers = new HashMap<>();
    for (EventEnvelope envelope : codec.upcast(history.read(new StreamId(tenant, TeamEvents.TEAM_STREAM, tenant.value()), 1))) {
      switch ((TeamEvent) codec.decode(envelope)) {
        case TeamEvent.TextMessagesSet e -> {
          if (e.optIn()) {
            numbers.put(e.userId(), e.mobile());
          } else {
            numbers.remove(e.userId());
          }
        }
        case TeamEvent.TextMessagesCleared e -> numbers.remove(e.userId());
        case TeamEvent.MemberRemoved e -> numbers.remove(e.userId());
        case TeamEvent.TeamFounded e -> {
          // a new team has no numbers
        }
        case TeamEvent.MemberInvited e -> {
          // an invitation sets no number
        }
        case TeamEvent.MemberRoleChanged e -> {
          // a role changes nothing of a member's texts
        }
        case TeamEvent.ApiClientAdded e -> {
          // programs are not texted
        }
        case TeamEvent.ApiClientRevoked e -> {
          // nor are revoked ones
        }
      }
    }
    return Map.copyOf(numbers);
  }
}

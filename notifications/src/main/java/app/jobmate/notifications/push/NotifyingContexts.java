package app.jobmate.notifications.push;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contexts the composition root lists, found by the type of one of their events. */
final class NotifyingContexts {

  private final Map<Class<? extends DomainEvent>, NotifyingContext> byEventType = new HashMap<>();

  NotifyingContexts(List<NotifyingContext> contexts) {
    for (NotifyingContext context : contexts) {
      for (EventType<?> type : context.events().types()) {
        if (byEventType.put(type.recordType(), context) != null) {
          throw new IllegalArgumentException(type.name() + " is followed twice (" + context.events().name() + ")");
        }
      }
    }
  }

  /** The context that publishes events of {@code eventType}, if notifications follow it. */
  Optional<NotifyingContext> of(Class<? extends DomainEvent> eventType) {
    return Optional.ofNullable(byEventType.get(eventType));
  }
}

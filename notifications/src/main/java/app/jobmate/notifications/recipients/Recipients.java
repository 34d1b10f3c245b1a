package app.jobmate.notifications.recipients;

import app.jobmate.events.DomainEvent;
import app.jobmate.notifications.quotes.QuoteRecipients;
import app.jobmate.notifications.tasks.TaskRecipients;
import java.util.List;
import java.util.Optional;

/**
 * The notice rules of every context. Diary and expense notifications arrive as rules of their own
 * here, each an exhaustive switch over its context's sealed event type.
 */
public final class Recipients {

  private static final List<NoticeRules<?, ?>> ALL = List.of(new TaskRecipients(), new QuoteRecipients());

  private Recipients() {
  }

  /** The rules for events of {@code recordType}, if notifications know its context. */
  public static Optional<NoticeRules<?, ?>> forType(Class<? extends DomainEvent> recordType) {
    return ALL.stream().<NoticeRules<?, ?>>map(r -> r).filter(r -> r.eventType().isAssignableFrom(recordType)).findFirst();
  }
}

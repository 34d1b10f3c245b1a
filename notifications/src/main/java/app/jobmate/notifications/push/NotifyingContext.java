package app.jobmate.notifications.push;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.List;
import java.util.Set;

/**
 * A context whose events people are told of in real time, as it declares itself once, in its own
 * package ({@code quotes.QuoteNotifications}, {@code tasks.TaskNotifications}): the events it
 * publishes, who is told what about them, which of them tell someone and which nobody, and what a
 * flush of one of its subjects keeps besides. The composition root lists the contexts, one line
 * each; the push and flush code knows them only through this.
 */
public interface NotifyingContext {

  /** The context as the published language declares it: its name, event types and stream types. */
  EventContext events();

  /** Who is told what about its events: its summary folds every event type of {@link #events()}. */
  NoticeRules<?, ?> rules();

  /**
   * The event types of {@link #events()} that may tell someone: the bus must deliver them. With
   * {@link #notNotified()}, every type of the context exactly once — declared type by type, so
   * that a new event type is a decision made here ({@code ContextWiringTest} checks it).
   */
  Set<Class<? extends DomainEvent>> notified();

  /**
   * The event types of {@link #events()} that tell nobody by themselves: a flush still folds them
   * from the store for what the messages show, but the bus need not deliver them.
   */
  Set<Class<? extends DomainEvent>> notNotified();

  /** What every flush of one of its subjects keeps besides telling people; nothing by default. */
  default List<AfterFlush> afterFlush() {
    return List.of();
  }
}

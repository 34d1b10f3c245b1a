package app.jobmate.notifications.recipients;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;
import app.jobmate.notifications.summaries.Subject;
import java.util.List;

/**
 * Who is told what about the events of one context (tasks, quotes, ...): the summary kept per
 * subject, how an event changes it, and the notices of an event given the summary after every
 * event of the batch about that subject has been applied. All pure.
 *
 * @param <E> the context's sealed event type
 * @param <S> its summary, a record that can be stored as JSON
 */
public interface NoticeRules<E extends DomainEvent, S> {

  Class<E> eventType();

  S empty(Subject subject);

  S apply(S summary, EventEnvelope envelope, E event);

  List<Notice> notices(EventEnvelope envelope, E event, S summary);
}

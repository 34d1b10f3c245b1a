package app.jobmate.notifications.recipients;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import java.util.List;

/**
 * Who is told what about the events of one context (tasks, quotes, ...): the summary folded from
 * a subject's stream, and the notices of the changes since its people were last told. All pure.
 *
 * @param <E> the context's sealed event type
 * @param <S> its summary
 */
public interface NoticeRules<E extends DomainEvent, S> {

  Class<E> eventType();

  S empty(StreamId subject);

  /** The summary with the next event of the stream applied. */
  S apply(S summary, EventEnvelope envelope, E event);

  /**
   * What {@code changes} tell whom: at most one notice per person or audience, saying what
   * happened as they see it and showing the subject as it now stands ({@code changes.after()}),
   * so that changes within one coalescing window become one message.
   */
  List<Notice> notices(Changes<E, S> changes);
}

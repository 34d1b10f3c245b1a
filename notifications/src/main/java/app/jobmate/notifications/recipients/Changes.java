package app.jobmate.notifications.recipients;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;
import java.util.List;

/**
 * What happened to one subject since its people were last told, folded from its stream in the
 * event store: the summary as they were told it ({@code before}, every event up to
 * {@code toldVersion}), the summary now ({@code after}, every event), and the events in between,
 * in version order.
 *
 * @param toldVersion the version people were last told of; 0 if never
 * @param <E>         the context's sealed event type
 * @param <S>         its summary
 */
public record Changes<E extends DomainEvent, S>(long toldVersion, S before, S after, List<Change<E>> events) {

  /** One event of the stream and its envelope. */
  public record Change<E extends DomainEvent>(EventEnvelope envelope, E event) {

    public Change {
      if (envelope == null || event == null) {
        throw new IllegalArgumentException("envelope and event are required");
      }
    }
  }

  public Changes {
    if (before == null || after == null || events == null || events.isEmpty()) {
      throw new IllegalArgumentException("before, after and at least one event are required");
    }
    events = List.copyOf(events);
    if (events.getFirst().envelope().version() <= toldVersion) {
      throw new IllegalArgumentException("the changes start after version " + toldVersion);
    }
  }

  /** The envelope of the latest event: when it happened and who did it. */
  public EventEnvelope latest() {
    return events.getLast().envelope();
  }

  public E latestEvent() {
    return events.getLast().event();
  }
}

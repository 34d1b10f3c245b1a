package app.jobmate.notifications.push;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import java.util.List;

/** An event as the push function receives it: its envelope at the current schema version, and its record. */
public record Delivered(EventEnvelope envelope, DomainEvent event) {

  public Delivered {
    if (envelope == null || event == null) {
      throw new IllegalArgumentException("envelope and event are required");
    }
  }

  /**
   * The stored envelope upcast and decoded.
   *
   * @throws RuntimeException for an event this code cannot read (an unknown type or version, a bad payload)
   */
  public static Delivered read(EventEnvelope stored, EventCodec codec) {
    EventEnvelope current = codec.upcast(List.of(stored)).getFirst();
    return new Delivered(current, codec.decode(current));
  }
}

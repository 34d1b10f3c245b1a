package app.jobmate.events.upcasting;

import app.jobmate.events.EventEnvelope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings stored envelopes to the current schema version of their type, one version at a time
 * through the {@link Upcaster}s registered for each type and version. Every read of an event store
 * goes through here. An envelope with no upcaster for its version is already current (or of a
 * version the registry will refuse when it decodes it).
 */
public final class EventUpcasters {

  private static final List<Upcaster> ALL = List.of(new QuoteDeclinedV1ToV2());

  private final Map<String, Upcaster> byTypeAndVersion = new HashMap<>();

  public EventUpcasters(List<? extends Upcaster> upcasters) {
    for (Upcaster upcaster : upcasters) {
      if (byTypeAndVersion.put(key(upcaster.eventType(), upcaster.fromVersion()), upcaster) != null) {
        throw new IllegalArgumentException("two upcasters read " + upcaster.eventType() + " v" + upcaster.fromVersion());
      }
    }
  }

  /** The chain of every upcaster Jobmate has. */
  public static EventUpcasters standard() {
    return new EventUpcasters(ALL);
  }

  /** The envelopes with their payloads at the current version, in the same order. */
  public List<EventEnvelope> upcast(List<EventEnvelope> stored) {
    return stored.stream().map(this::upcast).toList();
  }

  private EventEnvelope upcast(EventEnvelope envelope) {
    EventEnvelope current = envelope;
    for (Upcaster next = next(current); next != null; next = next(current)) {
      current = current.upcastTo(current.eventType(), current.schemaVersion() + 1, next.upcast(current.data()));
    }
    return current;
  }

  private Upcaster next(EventEnvelope envelope) {
    return byTypeAndVersion.get(key(envelope.eventType(), envelope.schemaVersion()));
  }

  private static String key(String eventType, int version) {
    return eventType + "@" + version;
  }
}

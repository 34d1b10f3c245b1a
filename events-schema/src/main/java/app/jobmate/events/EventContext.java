package app.jobmate.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bounded context as the published language knows it: its name, which is also its bus source
 * ({@code jobmate.<name>}) and the folder of its schemas, and the event types it publishes. Each
 * context declares itself once, in its own package ({@code QuoteEvents.CONTEXT}); {@link EventTypes}
 * lists the contexts, one line each.
 */
public record EventContext(String name, List<EventType<?>> types) {

  public EventContext {
    if (name == null || !name.matches("[a-z][a-z-]*")) {
      throw new IllegalArgumentException("a context's name is lower-case kebab: " + name);
    }
    types = List.copyOf(types);
    for (EventType<?> type : types) {
      if (!type.context().equals(name)) {
        throw new IllegalArgumentException(type.name() + " belongs to " + type.context() + ", not " + name);
      }
    }
  }

  /** The EventBridge source of the context's events. */
  public String source() {
    return "jobmate." + name;
  }

  /** The stream types (aggregates) of the context. */
  public Set<String> streamTypes() {
    return types.stream().map(EventType::streamType).collect(Collectors.toUnmodifiableSet());
  }
}

package app.jobmate.events;

import app.jobmate.events.customers.CustomerEvents;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.expenses.ExpenseEvents;
import app.jobmate.events.mileage.MileageEvents;
import app.jobmate.events.jobs.JobEvents;
import app.jobmate.events.quotes.QuoteEvents;
import app.jobmate.events.resources.ResourceEvents;
import app.jobmate.events.tasks.TaskEvents;
import app.jobmate.events.team.TeamEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry of every published event type: the contexts, one line each, each declaring its
 * types in its own package. Wire names are written there once and never derived from class names,
 * so renaming a record never changes what consumers see. Raising a schema version needs an upcaster
 * from the previous one (see {@code upcasting}).
 */
public final class EventTypes {

  private static final List<EventContext> CONTEXTS = List.of(
      QuoteEvents.CONTEXT,
      TaskEvents.CONTEXT,
      JobEvents.CONTEXT,
      CustomerEvents.CONTEXT,
      TeamEvents.CONTEXT,
      ExpenseEvents.CONTEXT,
      MileageEvents.CONTEXT,
      DiaryEvents.CONTEXT,
      ResourceEvents.CONTEXT);

  private static final List<EventType<?>> ALL = CONTEXTS.stream().<EventType<?>>flatMap(c -> c.types().stream()).toList();
  private static final Map<String, EventType<?>> BY_NAME = index();

  private EventTypes() {
  }

  public static List<EventContext> contexts() {
    return CONTEXTS;
  }

  public static List<EventType<?>> all() {
    return ALL;
  }

  /** The wire names of every event type of a stream type, e.g. every {@code quote} event. */
  public static Set<String> namesOf(String streamType) {
    return ALL.stream()
        .filter(t -> t.streamType().equals(streamType))
        .map(EventType::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  public static Optional<EventType<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  @SuppressWarnings("unchecked")
  public static <E extends DomainEvent> EventType<E> of(Class<E> recordType) {
    return (EventType<E>) ALL.stream().filter(t -> t.recordType() == recordType).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(recordType.getName() + " is not a registered event type"));
  }

  private static Map<String, EventType<?>> index() {
    Map<String, EventType<?>> byName = new LinkedHashMap<>();
    for (EventType<?> type : ALL) {
      if (byName.put(type.name(), type) != null) {
        throw new IllegalStateException("event type " + type.name() + " is registered twice");
      }
    }
    return Map.copyOf(byName);
  }
}

package app.jobmate.events;

import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.tasks.TaskEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry of every published event type. Wire names are written here once and never derived
 * from class names, so renaming a record never changes what consumers see. Raising a schema
 * version needs an upcaster from the previous one (see {@code upcasting}).
 */
public final class EventTypes {

  public static final String QUOTE_STREAM = "quote";
  public static final String TASK_STREAM = "task";

  private static final List<EventType<?>> ALL = List.of(
      quote("QuoteDrafted", 1, QuoteEvent.QuoteDrafted.class),
      quote("QuoteDetailsChanged", 1, QuoteEvent.QuoteDetailsChanged.class),
      quote("QuoteLineAdded", 1, QuoteEvent.QuoteLineAdded.class),
      quote("QuoteLineChanged", 1, QuoteEvent.QuoteLineChanged.class),
      quote("QuoteLineRemoved", 1, QuoteEvent.QuoteLineRemoved.class),
      quote("QuoteIssued", 1, QuoteEvent.QuoteIssued.class),
      quote("QuoteViewed", 1, QuoteEvent.QuoteViewed.class),
      quote("QuoteAccepted", 1, QuoteEvent.QuoteAccepted.class),
      quote("QuoteDeclined", 2, QuoteEvent.QuoteDeclined.class),
      quote("QuoteExpired", 1, QuoteEvent.QuoteExpired.class),
      quote("QuoteWithdrawn", 1, QuoteEvent.QuoteWithdrawn.class),
      quote("QuoteRevised", 1, QuoteEvent.QuoteRevised.class),
      quote("QuoteConvertedToJob", 1, QuoteEvent.QuoteConvertedToJob.class),
      task("TaskCreated", 1, TaskEvent.TaskCreated.class),
      task("TaskAssigned", 1, TaskEvent.TaskAssigned.class),
      task("TaskReassigned", 1, TaskEvent.TaskReassigned.class),
      task("TaskUnassigned", 1, TaskEvent.TaskUnassigned.class),
      task("TaskChanged", 1, TaskEvent.TaskChanged.class),
      task("TaskChecklistItemAdded", 1, TaskEvent.TaskChecklistItemAdded.class),
      task("TaskChecklistItemTicked", 1, TaskEvent.TaskChecklistItemTicked.class),
      task("TaskChecklistItemUnticked", 1, TaskEvent.TaskChecklistItemUnticked.class),
      task("TaskChecklistItemRemoved", 1, TaskEvent.TaskChecklistItemRemoved.class),
      task("TaskStarted", 1, TaskEvent.TaskStarted.class),
      task("TaskCompleted", 1, TaskEvent.TaskCompleted.class),
      task("TaskCancelled", 1, TaskEvent.TaskCancelled.class));

  private static final Map<String, EventType<?>> BY_NAME = index();

  private EventTypes() {
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

  private static <E extends QuoteEvent> EventType<E> quote(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "quotes", QUOTE_STREAM, type);
  }

  private static <E extends TaskEvent> EventType<E> task(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "tasks", TASK_STREAM, type);
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

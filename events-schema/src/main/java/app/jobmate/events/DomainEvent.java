package app.jobmate.events;

/**
 * A fact of the business, recorded in an event store stream and published on the bus. Each
 * context has its own sealed interface of records (for example {@code QuoteEvent}); the wire name
 * and schema version of each record are registered once in {@link EventTypes}.
 */
public interface DomainEvent {
}

package app.jobmate.projections.core;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;
import java.util.Set;

/**
 * A read model: one document per stream, built by a pure {@link #evolve} from that stream's events.
 *
 * <p>The projector owns the document's identity and version ({@link Versioned}); the projection owns
 * only its content. Every event of {@link #streamType()} advances the stored version, but only the
 * types in {@link #eventTypes()} are given to {@code evolve}: for the others the content stays as
 * it is. So the version guard stays exact for a document that ignores some event types.
 *
 * <p>Each document belongs to one stream: its id is the stream's {@link DocumentId}.
 *
 * @param <D> the document record
 * @param <E> the events of the stream type
 */
public interface Projection<D extends Record, E extends DomainEvent> {

  /** The projection's name, also the name of its collection until a rebuild swaps in another. */
  String name();

  Class<D> documentType();

  Class<E> eventClass();

  /** The streams this projection follows, e.g. {@code quote}. */
  String streamType();

  /**
   * Every stream type it follows, which a rebuild reads: {@link #streamType()} alone, unless it
   * follows several (the audit trail follows them all).
   */
  default Set<String> streamTypes() {
    return Set.of(streamType());
  }

  /** Whether it follows streams of {@code streamType}. */
  default boolean follows(String streamType) {
    return streamTypes().contains(streamType);
  }

  /**
   * Whether it keeps one document per event instead of one per stream: the document's id is the
   * event's place in its stream ({@link DocumentId#ofEvent}), it is written once at version 1
   * and never changed, and {@code evolve} always gets {@code null} for the document. Writing it again
   * (a duplicate, a redelivery, a rebuild racing live traffic) finds it there and changes nothing.
   */
  default boolean perEvent() {
    return false;
  }

  /** The event types (wire names) that change the document; the first event of a stream must be one. */
  Set<String> eventTypes();

  /**
   * The document after {@code event}. {@code document} is {@code null} before the stream's first
   * event. Pure: the same inputs always give the same document.
   */
  D evolve(D document, EventEnvelope envelope, E event);
}

package app.jobmate.projections.testing;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.projections.core.Projection;
import java.util.List;

/** A projection's document after a stream's events, as the projector folds them (taken types only). */
public final class Fold {

  private Fold() {
  }

  public static <D extends Record, E extends DomainEvent> D fold(Projection<D, E> projection, List<EventEnvelope> envelopes) {
    D document = null;
    for (EventEnvelope envelope : EventCodec.standard().upcast(envelopes)) {
      if (projection.eventTypes().contains(envelope.eventType())) {
        document = projection.evolve(document, envelope, projection.eventClass().cast(EventCodec.standard().decode(envelope)));
      }
    }
    return document;
  }
}

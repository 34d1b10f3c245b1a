package app.jobmate.projections.core;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;

/**
 * Turns a decoded event into what a read side's projections take, before {@code evolve}: for
 * personal data, the event with its sealed values opened, or marked erased when its key is gone
 * (docs/decisions/personal-data.md). It may do I/O; {@code evolve} stays pure. Most read sides need
 * none ({@link #NONE}).
 */
@FunctionalInterface
public interface EventOpener {

  EventOpener NONE = (envelope, event) -> event;

  DomainEvent open(EventEnvelope envelope, DomainEvent event);
}

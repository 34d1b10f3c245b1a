package app.jobmate.commands.core;

import app.jobmate.events.DomainEvent;
import java.util.List;

/**
 * The rules of one aggregate as pure functions (the Decider pattern): what a command decides
 * given the state, and how each event changes the state. No clock, no ids, no I/O: the time and
 * new ids arrive on the command. A refused command throws {@link Rejection}.
 */
public interface Decider<C, S, E extends DomainEvent> {

  S initialState();

  List<E> decide(C command, S state);

  S evolve(S state, E event);

  /** The events this decider folds, so the command service can check what it reads. */
  Class<E> eventType();
}

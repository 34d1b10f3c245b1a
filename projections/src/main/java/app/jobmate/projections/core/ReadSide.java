package app.jobmate.projections.core;

import app.jobmate.events.DomainEvent;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A context's read side, declared once, in the context's own package: the projections its projector
 * function runs, the indexes of their collections, how that function primes itself, and which of its
 * events none of them takes. The composition root lists every read side, one line each; the
 * projector function, the rebuild and the document store take theirs from that list.
 */
public interface ReadSide {

  /** Its name, such as {@code quotes}: also what the projector function's {@code READ_SIDE} setting says. */
  String name();

  /** Its projections, each with its own collection; their names are unique across every read side. */
  List<Projection<?, ?>> projections();

  /**
   * The indexes of each projection's collection, by projection name, every projection named: an
   * empty list says the collection needs none (its documents are read by id only).
   */
  Map<String, List<Index>> indexes();

  /**
   * The first event of a stream with id {@code streamId}: SnapStart priming decodes it, folds it into
   * each projection's document in memory, and looks that document up, writing nothing.
   */
  DomainEvent primingEvent(String streamId);

  /**
   * How its events are opened before its projections take them, given the customers' data keys:
   * {@link EventOpener#NONE} unless it shows personal data.
   */
  default EventOpener opener(PersonalDataKeys keys) {
    return EventOpener.NONE;
  }

  /** Whether it shows personal data, so that its projector function needs the customers' data keys. */
  default boolean opensPersonalData() {
    return false;
  }

  /** The event types (wire names) of the streams it follows that none of its projections takes, on purpose. */
  default Set<String> notProjected() {
    return Set.of();
  }
}

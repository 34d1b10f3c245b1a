package app.jobmate.projections.resources;

import app.jobmate.projections.core.Versioned;
import java.util.List;

/** Reads the resource list (the active {@code resource} collection). */
public interface ResourceQueries {

  /**
   * The resources {@code query} matches, in its name order: at most {@link ListResources#MAX} + 1 (the
   * first by id), so that the caller can tell the list was cut short.
   */
  List<Versioned<Resource>> list(ListResources query);
}

package app.jobmate.projections.resources.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.resources.ListResources;
import app.jobmate.projections.resources.Resource;
import app.jobmate.projections.resources.ResourceProjection;
import app.jobmate.projections.resources.ResourceQueries;
import java.util.Comparator;
import java.util.List;

/** The resource list over {@link InMemoryReadModels}, by the query's own definition. */
public final class InMemoryResourceQueries implements ResourceQueries {

  private final InMemoryReadModels readModels;

  public InMemoryResourceQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Versioned<Resource>> list(ListResources query) {
    String active = readModels.placement(ResourceProjection.NAME).active();
    return readModels.documents(active).stream().map(d -> (Versioned<Resource>) d).filter(query::matches)
        .sorted(Comparator.comparing(Versioned::id)).limit(ListResources.MAX + 1L)
        .sorted(ListResources.BY_NAME).toList();
  }
}

package app.jobmate.projections.resources;

import app.jobmate.events.resources.ResourceKind;
import app.jobmate.projections.core.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The resource list as the API answers it, in name order; {@code truncated} when there were more than
 * {@link ListResources#MAX}. Staff rows carry the id, name, kind and busy flag only (absent fields).
 */
public record ResourceListView(List<Row> items, boolean truncated) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Row(String resourceId, Long version, String name, ResourceKind kind, Boolean busy, String registration,
                    LocalDate motDue, LocalDate serviceDue, Boolean retired) {
  }

  public static ResourceListView of(List<Versioned<Resource>> found, boolean everything) {
    List<Row> rows = found.stream().limit(ListResources.MAX).map(v -> row(v, everything)).toList();
    return new ResourceListView(rows, found.size() > ListResources.MAX);
  }

  static Row row(Versioned<Resource> v, boolean everything) {
    Resource r = v.document();
    return everything
        ? new Row(v.streamId(), v.version(), r.name(), r.kind(), r.busy(), r.registration(), r.motDue(), r.serviceDue(),
            r.retired())
        : new Row(v.streamId(), null, r.name(), r.kind(), r.busy(), null, null, null, null);
  }
}

package app.jobmate.projections.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a projection's documents are: {@code active}, which queries read, and, while a rebuild
 * runs, {@code rebuilding}, which the rebuild fills and which live projectors write to as well.
 * {@code previous} is the collection the last rebuild replaced (kept until the next one starts).
 */
public record Placement(String projection, String active, Optional<String> rebuilding, Optional<String> previous) {

  public Placement {
    if (projection == null || active == null || rebuilding == null || previous == null) {
      throw new IllegalArgumentException("projection, active, rebuilding and previous are required");
    }
  }

  /** A projection that was never rebuilt: its collection has its name. */
  public static Placement initial(String projection) {
    return new Placement(projection, projection, Optional.empty(), Optional.empty());
  }

  /** The collections every event must be applied to. */
  public List<String> writeTargets() {
    List<String> targets = new ArrayList<>(List.of(active));
    rebuilding.ifPresent(targets::add);
    return List.copyOf(targets);
  }
}

package app.jobmate.projections.team.view;

import app.jobmate.events.values.TenantId;
import java.util.Optional;

/**
 * The business's name as its settings say, for {@code GET /me}: a port of the team's read side whose
 * MongoDB adapter reads the business read model by its stored shape
 * (docs/decisions/reading-across-read-sides.md). Absent while the owner never set it.
 */
public interface BusinessNames {

  Optional<String> nameOf(TenantId tenant);
}

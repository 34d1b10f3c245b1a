package app.jobmate.projections.query;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.Optional;

/**
 * How the read side knows a caller from their business's team: every query function asks it before
 * answering (docs/decisions/membership-check.md).
 */
public interface Membership {

  /**
   * The caller as the team's read model knows them: removed, a member in a role (which wins over the
   * role in their token), or not named at all (the token's verified claims stand).
   */
  Standing standing(TenantId tenant, UserId user);

  /** Removed, or a member's role, or neither. */
  record Standing(boolean removed, Optional<Role> role) {

    public static final Standing UNKNOWN = new Standing(false, Optional.empty());

    public Standing {
      if (removed && role.isPresent()) {
        throw new IllegalArgumentException("a removed member has no role");
      }
    }
  }
}

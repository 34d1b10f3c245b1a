package app.jobmate.projections.query;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;

/**
 * Whether the read side knows a caller to have been removed from their business's team: every query
 * function asks it before answering (docs/decisions/membership-check.md).
 */
public interface Membership {

  /** True only when the team's read model lists this user as removed and not a member again. */
  boolean wasRemoved(TenantId tenant, UserId user);
}

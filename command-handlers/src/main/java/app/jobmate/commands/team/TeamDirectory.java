package app.jobmate.commands.team;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;

/**
 * Who belongs to a business: the people a task may be given to. A user of another business, a
 * disabled user and an id that names nobody are not members.
 */
public interface TeamDirectory {

  boolean isMember(TenantId tenant, UserId user);
}

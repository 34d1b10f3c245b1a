package app.jobmate.notifications.recipients;

import app.jobmate.events.Role;
import app.jobmate.events.values.UserId;
import java.util.EnumSet;
import java.util.Set;

/** Who, within the event's tenant, is told: one person, or everyone with one of some roles. */
public sealed interface Audience {

  /** Owners and admins: they see quotes and prices (staff see neither). */
  Audience OFFICE = new Roles(EnumSet.of(Role.OWNER, Role.ADMIN));

  record Person(UserId userId) implements Audience {
    public Person {
      if (userId == null) {
        throw new IllegalArgumentException("userId is required");
      }
    }
  }

  record Roles(Set<Role> roles) implements Audience {
    public Roles {
      if (roles == null || roles.isEmpty()) {
        throw new IllegalArgumentException("at least one role");
      }
      roles = Set.copyOf(EnumSet.copyOf(roles));
    }
  }
}

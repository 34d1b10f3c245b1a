package app.jobmate.events;

import app.jobmate.events.values.UserId;
import java.util.List;

/** Who caused an event: the signed-in user and their roles at the time. */
public record Actor(UserId userId, List<Role> roles) {

  public Actor {
    if (userId == null) {
      throw new IllegalArgumentException("userId is required");
    }
    roles = List.copyOf(roles);
  }

  /** Jobmate itself, for example the sweeper that expires quotes. */
  public static Actor system(String process) {
    return new Actor(UserId.of("system:" + process), List.of());
  }
}
